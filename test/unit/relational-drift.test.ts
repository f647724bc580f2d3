import { createChecker } from '../../src/core';
import { ruleAssertions } from './support/ruleAssertions';

// Relational drift (gossip, complaints, airs toward the public, a second boss) put in the
// drafter's own words, and the way real leaders legitimately speak about the same topics.
// Every sentence is written for this test; each shows a construction, not a corpus sentence.
describe('relational drift in the drafter’s own words', function () {
  this.timeout(20000);
  const { checker } = createChecker();

  const { flags, clean } = ruleAssertions(checker);

  describe('gossip about leaders', () => {
    it('views of two leaders that “are not the same” is a disagreement aired', () => {
      flags('说实话，常务副市长和分管副市长的看法根本不一致。', 'leaders-not-aligned');
      flags('在拆迁补偿上，区委书记跟区长的思路并不统一。', 'leaders-not-aligned');
      clean('各方面的意见不完全一致，要加强沟通、凝聚共识。', 'leaders-not-aligned');
      clean('班子成员要统一思想，做到思路一致、步调一致。', 'leaders-not-aligned');
    });

    it('主要/重要 does not count as the leader’s 要 that turns a disagreement into a warning', () => {
      flags('这件事办成这样，主要是两位副县长互不买账。', 'leaders-disagreement');
      clean('要防止班子成员之间闹不团结。', 'leaders-disagreement');
      clean('班子成员要团结共事，决不能两条心。', 'leaders-disagreement');
    });

    it('the blame laid on a named leader', () => {
      flags('这起事故的责任全在分管的冯副镇长身上。', 'blame-on-person');
      flags('那一摊乱账是孔局长一手造成的。', 'blame-on-person');
      clean('主体责任在各级党委身上，要层层压实。', 'blame-on-person');
      clean('不能把责任都推到前任身上。', 'blame-on-person');
    });

    it('a rumour of a change at the top, and a leader’s family matters', () => {
      flags('传闻县里明年要换帅。', 'personnel-rumour');
      flags('听说财政局年底要换一把手。', 'personnel-rumour');
      clean('对打不开局面的班子，该换帅的要换帅。', 'personnel-rumour');
      flags('余主任家的儿子今年考研，他这阵子顾不上工作。', 'leader-private-life');
      clean('领导干部要管好家属子女和身边工作人员。', 'leader-private-life');
    });
  });

  describe('complaints', () => {
    it('being worn out is self-pity; a leader naming the burden and the remedy is not', () => {
      flags('村里的干部连着三个周末加班，实在是撑不住了。', 'worn-out');
      flags('我们被各种督导检查弄得晕头转向。', 'worn-out');
      flags('我们白天跑项目晚上写材料，周末还要迎检，早就扛不住了。', 'worn-out');
      clean('基层负担重，干部被各种报表搞得疲惫不堪，我们要切实减负。', 'worn-out');
      clean('一些小微企业快撑不住了，要加大纾困帮扶力度。', 'worn-out');
    });

    it('the work always lands on us, and we clean up after others', () => {
      flags('会议一个接一个地开，干活的还是我们基层。', 'grassroots-grumble');
      flags('人家留下的窟窿，最后还得我们来买单。', 'grassroots-grumble');
      clean('历史遗留问题，我们要勇于担当、逐项化解。', 'grassroots-grumble');
    });

    it('no money, no people: how are we to do it', () => {
      flags('资金也没有，人手也没有，叫我们怎么干？', 'how-can-we-work');
      flags('单靠几个网格员怎么干？', 'how-can-we-work');
      clean('这项工作怎么干？我讲三点意见。', 'how-can-we-work');
    });

    it('raised for years and nobody deals with it; heartbreak after a list of causes', () => {
      flags('排污的事说了多少次了，也没人当回事。', 'fatalism');
      clean('群众反映了好几年都没人管的问题，这次必须下决心解决。', 'fatalism');
      clean('这个问题反映了好几年都没人管，我们要下决心一抓到底。', 'fatalism');
      flags('考核标准年年变，真让人摸不着头脑、寒心。', 'self-pity');
      clean('决不能让群众寒心。', 'self-pity');
    });
  });

  describe('airs toward the public', () => {
    it('brushing off the public’s views or petitioners; a leader criticising it stays clean', () => {
      flags('市民的建议听听就好了，方案不用改。', 'dismissing-the-public');
      flags('对来反映问题的村民，能糊弄就糊弄。', 'dismissing-the-public');
      flags('那些天天来信访的，纯粹是闲得发慌。', 'dismissing-the-public');
      clean('对上访群众要耐心细致，件件有回音。', 'dismissing-the-public');
      clean('不能让群众的意见听听就算了。', 'dismissing-the-public');
      clean('个别单位对群众投诉能拖就拖，必须坚决纠正。', 'dismissing-the-public');
    });

    it('talking down to grassroots cadres', () => {
      flags('下边那帮乡镇同志就知道叫苦。', 'those-below-cadres');
      clean('下面，请各乡镇的同志依次汇报。', 'those-below-cadres');
      clean('我们下面的人也要换位思考。', 'those-below');
    });

    it('one word from me and it is done; a service pledge is not pulling rank', () => {
      flags('我一句话，规划局马上就能给你们改。', 'pulling-rank');
      clean('我签个字就能办的事，决不让群众多跑一趟。', 'pulling-rank');
    });
  });

  describe('a second boss', () => {
    it('relaying a leader’s word or private instruction; a leader relaying a commission stays clean', () => {
      flags('区长叫我跟大家带个话，迎检期间谁也不准请假。', 'relayed-message');
      flags('部长私下嘱咐我，这批人选要尽快上报。', 'relayed-message');
      clean('严禁打招呼、递条子，严禁干预干部选拔任用。', 'relayed-message');
      clean('我受书记委托，向大家转达市委的慰问。', 'relayed-message');
    });

    it('deciding for the government or before the meeting has discussed it', () => {
      flags('征收方案我已经替区政府定了。', 'acts-for-superior');
      flags('这件事还没上会，我今天就先拍板。', 'pre-empts-collective-decision');
      flags('奖励办法不需要再上常务会，下周就发。', 'pre-empts-collective-decision');
      clean('市委常委会研究决定，下月起实施新的考核办法。', 'pre-empts-collective-decision');
      clean('凡是重大事项，没有经过集体研究的，一律不得先行表态。', 'pre-empts-collective-decision');
    });

    it('the office settling personnel', () => {
      flags('几个科室负责人的调整，办公室心里早就有数了。', 'office-personnel-plans');
      clean('办公室已经安排好了会务和食宿。', 'office-personnel-plans');
    });
  });

  describe('leaders speaking legitimately about the same topics', () => {
    it('a family the leader visits is not the leader’s own family', () => {
      clean('王书记走访慰问了老党员刘大妈家的孩子。', 'leader-private-life');
      flags('他说韩局长家里的老人住在乡下。', 'leader-private-life');
    });

    it('a commission (委托我) is not a secretary passing on a message', () => {
      clean('县长委托我向大家通报一下上半年的经济运行情况。', 'relayed-message');
    });

    it('a rhetorical question the leader answers with a remedy', () => {
      clean('光靠财政一家怎么干？要引导社会资本参与。', 'how-can-we-work');
      clean('钱没有，人也不够，怎么办？关键是创新机制。', 'how-can-we-work');
    });

    it('naming a grumble in order to correct it, or promising to follow the rules', () => {
      clean('层层往下压任务，最后干活的还是基层，这种现象要坚决纠正。', 'grassroots-grumble');
      clean('我打个招呼就能办成的事，也要按程序走。', 'pulling-rank');
    });
  });

  describe('more ways of saying the same things', () => {
    it('leaders at odds, a deputy blamed, a transfer rumoured', () => {
      flags('两位副区长为这块地一直较着劲。', 'leaders-disagreement');
      flags('招商引资上不去，就是分管的鲁副县长没上心。', 'blame-named-leader');
      flags('机关里都在传，纪委书记要调离了。', 'personnel-rumour');
    });

    it('burdens and defeatism put as a grumble', () => {
      flags('表格一天一个样，乡里哪应付得过来？', 'how-can-we-work');
      flags('熬了三个通宵，到头来反倒被问责。', 'grassroots-grumble');
      flags('既然这样，这摊子事谁爱管谁管。', 'fatalism');
      clean('搞数字造假，到头来被问责的是自己。', 'grassroots-grumble');
    });

    it('buying off the public, a written instruction as a weapon, skipping the procedure', () => {
      flags('商户那边给点钱就不闹了，不用跟群众多解释。', 'dismissing-the-public');
      clean('不能以为给群众点好处就万事大吉。', 'dismissing-the-public');
      flags('我一张批条下去，他们就得放行。', 'pulling-rank');
      flags('书记让我给你们捎句话，这周必须开工。', 'relayed-message');
      flags('办公会还没研究，我就先宣布了。', 'pre-empts-collective-decision');
      flags('人选已经定了，上会走一下过场就可以了。', 'pre-empts-collective-decision');
      clean('决策不能走个过场就完事。', 'pre-empts-collective-decision');
    });
  });
});
