import * as assert from 'node:assert/strict';
import { createChecker, type Finding } from '../../src/core';
import { ruleAssertions } from './support/ruleAssertions';

// The register and norms packs (complaint, gossip, arrogance, colloquial, wording, number,
// punctuation) on sentences a drafter writes: exact ranges, fixes that produce the right text,
// and the traps that once drew false positives.
describe('register and norms rules', function () {
  this.timeout(20000);
  const { checker } = createChecker();

  const { findings, clean } = ruleAssertions(checker);

  /** The single finding of ruleId in text, checked to cover exactly `covered`. */
  function only(text: string, ruleId: string, covered: string): Finding {
    const found = findings(text, ruleId);
    assert.equal(found.length, 1, `${ruleId} in ${text}: ${JSON.stringify(found.map((f) => text.slice(f.start, f.end)))}`);
    assert.equal(text.slice(found[0].start, found[0].end), covered);
    assert.equal(found[0].start, text.indexOf(covered));
    return found[0];
  }

  /** Applies the finding's first fix to the text. */
  function fixed(text: string, ruleId: string, covered: string): string {
    const f = only(text, ruleId, covered);
    assert.ok(f.fixes.length > 0, `${ruleId} offers no fix`);
    return text.slice(0, f.start) + f.fixes[0].replacement + text.slice(f.end);
  }

  describe('colloquial', () => {
    it('flags internet slang and swearing as whole words', () => {
      only('这个消息真是喜大普奔。', 'internet-slang', '喜大普奔');
      assert.equal(fixed('这个项目搞得真NB。', 'abbreviated-swearing', 'NB'), '这个项目搞得真。');
      clean('推进NB-IoT窄带物联网建设。', 'abbreviated-swearing');
    });

    it('replaces trendy slang but leaves quoted slang and 内卷式 alone', () => {
      assert.equal(fixed('有的干部遇到困难就躺平。', 'trendy-slang', '躺平'), '有的干部遇到困难就消极懈怠。');
      assert.equal(fixed('大家要为基层干部打call。', 'trendy-slang', '打call'), '大家要为基层干部支持。');
      clean('防止出现“躺平”现象。', 'trendy-slang');
      clean('综合整治内卷式竞争。', 'trendy-slang');
      only('这个方案简直666。', 'trendy-slang', '666');
      clean('全县共有666户脱贫户。', 'trendy-slang');
    });

    it('tells 那个 the filler from 那个 the demonstrative', () => {
      assert.equal(fixed('那个，今天我讲三点意见。', 'filler-nage', '那个，'), '今天我讲三点意见。');
      clean('那个房间很大。', 'filler-nage');
    });

    it('tells English words in Chinese from OK镜, 卡拉OK and English sentences', () => {
      assert.equal(fixed('要把群众满意度纳入KPI。', 'english-words', 'KPI'), '要把群众满意度纳入考核指标。');
      clean('青少年配戴OK镜要到正规医院验配。', 'english-words');
      clean('听到一帮子人在西餐厅吼卡拉ok。', 'english-words');
      clean('The meeting is OK.', 'english-words');
    });

    it('flags 老板 for an official but not for the owner of a business', () => {
      assert.equal(fixed('这是我们老板交办的事。', 'boss-for-officials', '老板'), '这是我们主要负责同志交办的事。');
      clean('饭店老板热情地招呼客人。', 'boss-for-officials');
      clean('对于拖欠农民工工资的老板，要依法严肃查处。', 'boss-for-officials');
      clean('解决老大难问题。', 'boss-for-officials');
    });

    it('flags 挺 + adjective but not 挺 the verb', () => {
      assert.equal(fixed('房间挺干净的。', 'casual-degree-adverb', '挺'), '房间很干净的。');
      clean('要挺起脊梁，挺身而出，一定能挺过难关。', 'casual-degree-adverb');
    });

    it('flags 超 as an intensifier but not in 超过, 超长期, 超低排放', () => {
      only('服务超好。', 'slang-intensifier', '超好');
      clean('实施超长期特别国债，推动超低排放改造，超过预期目标。', 'slang-intensifier');
    });

    it('flags 太…了 and 太 + adjective, not 不太 or 太原', () => {
      only('房间太小了。', 'tai-le-exclamation', '太小了');
      only('价格太贵，', 'tai-adjective', '太贵');
      clean('步子不能迈得太大，房间不太小。', 'tai-adjective');
      clean('有的地方工作力度太小、进度太慢。', 'tai-adjective');
      clean('有的地方步子迈得太大了。', 'tai-le-exclamation');
      clean('太原市要加快转型。', 'tai-le-exclamation');
    });

    it('flags 不错 as an offhand verdict but not 不错过', () => {
      only('酒店位置不错。', 'casual-praise', '不错');
      clean('不错过任何一个发展机遇。', 'casual-praise');
    });

    it('deletes sentence-final particles in statements, not in questions or inside 网吧', () => {
      assert.equal(fixed('房间很干净哦。', 'sentence-final-particle', '哦'), '房间很干净。');
      clean('这是为什么呢？', 'sentence-final-particle');
      clean('是啊，这就是我们的乡愁，这是中华民族的传统啊。', 'sentence-final-particle');
      clean('有一个很不错的网吧。', 'sentence-final-particle');
    });

    it('flags chat marks: !!!, ~ as a drawl, emoticons; not ranges or forum noise', () => {
      assert.equal(fixed('一定要抓紧！！！', 'repeated-marks', '！！！'), '一定要抓紧！');
      assert.equal(fixed('欢迎大家再来~', 'tilde-tone', '~'), '欢迎大家再来');
      clean('气温5～10℃。', 'tilde-tone');
      clean('要持续优化营商环境。 # T7 e$ W2 j& M, ~! B* v', 'tilde-tone');
      only('下次还来^_^', 'emoji-emoticon', '^_^');
    });

    it('flags offhand verdicts even when a particle follows, not 还可以 + verb', () => {
      only('性价比一般般啦。', 'casual-tag-phrases', '一般般');
      clean('还可以申请专项补贴。', 'casual-tag-phrases');
      only('房间就是小了点。', 'understatement-le-dian', '小了点');
      clean('差一点就出了事故，要早一点谋划。', 'understatement-le-dian');
    });

    it('flags chatty emphasis, including 真是太 that jieba keeps as one word', () => {
      only('交通真是太方便了。', 'emphatic-zhende', '真是');
      clean('要真心实意为群众办实事，说真话、办实事。', 'emphatic-zhende');
    });

    it('flags 整 the verb, not 整改 or 整体', () => {
      only('各单位要尽快把方案整出来。', 'zheng-verb', '整出来');
      clean('要抓好整改落实，推进整体工作。', 'zheng-verb');
    });
  });

  describe('complaint, gossip, arrogance', () => {
    it('flags grumbling and complaining questions', () => {
      only('上级部门只管压任务，从来不管给钱。', 'grassroots-grumble', '上级部门只管压任务');
      only('经费这么少，让我们怎么干？', 'how-can-we-work', '让我们怎么干');
      only('真是没办法，各种表格填都填不完。', 'self-pity', '填都填不完');
      clean('要着力解决群众的烦心事、揪心事。', 'fed-up');
      only('反正干多干少一个样。', 'fatalism', '干多干少一个样');
      clean('要打破干多干少一个样的局面。', 'fatalism');
    });

    it('flags sarcasm in quotes but not a quoted spirit', () => {
      only('有的同志真是“聪明”，什么好处都想占。', 'sarcasm', '真是“聪明”');
      clean('要发扬“钉钉子”精神。', 'sarcasm');
    });

    it('flags disagreements only between named leaders', () => {
      only('张书记和李市长在这件事上意见不一。', 'leaders-disagreement', '意见不一');
      clean('各方面对这个问题存在分歧，要加强沟通协调。', 'leaders-disagreement');
      clean('一个班子不团结，什么事也干不成，要防止班子不团结。', 'leaders-disagreement');
      clean('对不作为的干部，各级党委书记要敢抓敢管。', 'blame-named-leader');
    });

    it('flags taking sides, not endorsing the main report', () => {
      assert.equal(findings('我支持王局长，不同意刘局长。', 'taking-sides').length, 1);
      clean('我完全同意李书记的讲话。', 'taking-sides');
    });

    it('flags 搞小动作 as gossip, not when it is forbidden', () => {
      only('有的领导背后搞小动作。', 'behind-the-back', '背后搞小动作');
      clean('不搞小圈子、不搞小动作。', 'behind-the-back');
    });

    it('flags contempt for the public, not firmness toward cadres', () => {
      only('这些刁民就是难缠。', 'contempt-labels', '刁民');
      only('不听话的一律严肃处理。', 'threaten-the-disobedient', '不听话的');
      clean('对失职失责的干部严肃问责，对违法违规行为依法依规处理。', 'threaten-the-disobedient');
      clean('党员要无条件服从组织决定。', 'order-the-public');
      assert.equal(fixed('管你是谁，违规就要处理。', 'whoever-you-are', '管你是谁'), '无论涉及谁，违规就要处理。');
    });

    it('does not read 都给我一种感觉 as a scolding', () => {
      clean('几次入住该酒店都给我一种“顾客是上帝”的感觉。', 'commanding-tone');
      only('让那些上访的人都老实点。', 'commanding-tone', '老实点');
    });
  });

  describe('wording', () => {
    it('replaces Xinhua banned terms', () => {
      assert.equal(fixed('要关心残废人的就业问题。', 'xinhua-disability-terms', '残废人'), '要关心残疾人的就业问题。');
      assert.equal(fixed('北朝鲜代表团访华。', 'xinhua-sovereignty-terms', '北朝鲜'), '朝鲜代表团访华。');
      assert.equal(fixed('要向残废军人致以崇高敬意。', 'xinhua-disability-terms', '残废军人'), '要向伤残军人致以崇高敬意。');
      clean('保护修缮天后宫等文物古迹。', 'xinhua-celebrity-titles');
    });

    it('flags 我亲自 but not 要亲自抓、负总责', () => {
      assert.equal(fixed('我亲自去现场看了。', 'self-praise-qinzi', '我亲自'), '我去现场看了。');
      clean('主要负责同志要亲自抓、负总责。', 'self-praise-qinzi');
    });

    it('flags 隆重召开 except for central meetings', () => {
      assert.equal(fixed('全市安全生产工作会议今天隆重召开。', 'grand-opening', '隆重召开'), '全市安全生产工作会议今天召开。');
      clean('中国共产党第二十次全国代表大会在北京隆重召开。', 'grand-opening');
    });

    it('flags absolute promises but not 绝对领导, 永远在路上 or 坚强保证', () => {
      only('这个问题一定能彻底根治。', 'absolute-promise', '彻底根治');
      clean('坚持党对人民军队的绝对领导，全面从严治党永远在路上，为发展提供坚强保证。', 'absolute-promise');
      clean('确保重大活动绝对安全、万无一失。', 'absolute-promise');
    });

    it('corrects 截止 before a date, and leaves 截止日期', () => {
      assert.equal(fixed('截止到上周五，全市已完成。', 'jiezhi-before-date', '截止到'), '截至上周五，全市已完成。');
      clean('申报截止日期为6月30日。', 'jiezhi-before-date');
    });

    it('removes a doubled level character, not 市市场监管局', () => {
      assert.equal(fixed('东莞市市委高度重视。', 'org-name-doubling', '市市'), '东莞市委高度重视。');
      clean('推进市市场监管局机构改革。', 'org-name-doubling');
    });

    it('reorders a fixed series', () => {
      assert.equal(
        fixed('要增强大局意识、政治意识、核心意识、看齐意识。', 'fixed-series-order', '大局意识、政治意识、核心意识、看齐意识'),
        '要增强政治意识、大局意识、核心意识、看齐意识。',
      );
      clean('坚定道路自信、理论自信、制度自信、文化自信。', 'fixed-series-order');
    });

    it('reports a run of more than five four-character slogans, not a short list', () => {
      const text = '统一思想、提高认识、加强领导、落实责任、强化措施、狠抓落实，确保年底前完成。';
      only(text, 'slogan-run', '统一思想、提高认识、加强领导、落实责任、强化措施、狠抓落实');
      clean('要统一思想、提高认识、落实责任，确保年底前完成。', 'slogan-run');
    });

    it('reports the third 进一步 in a paragraph', () => {
      const text = '要进一步提高认识，进一步加强领导，进一步落实责任。';
      const found = findings(text, 'stock-phrase-repeated');
      assert.deepEqual(found.map((f) => f.start), [text.lastIndexOf('进一步')]);
    });

    it('corrects confusable words', () => {
      assert.equal(fixed('要把重点放在急待解决的问题上。', 'confusable-words', '急待'), '要把重点放在亟待解决的问题上。');
      assert.equal(fixed('市委已就这项工作做出部署。', 'zuochu-abstract', '做出'), '市委已就这项工作作出部署。');
    });
  });

  describe('number', () => {
    it('writes shortened years in full, and leaves durations', () => {
      assert.equal(fixed('24年上半年，全市GDP增长5%。', 'short-year', '24年'), '2024年上半年，全市GDP增长5%。');
      assert.equal(fixed('21年以来，我们新建学校12所。', 'short-year', '21年'), '2021年以来，我们新建学校12所。');
      assert.equal(fixed('一九年以来，全县累计投入资金8亿元。', 'short-year', '一九年'), '2019年以来，全县累计投入资金8亿元。');
      clean('改革开放40年以来，工作了24年，五六年以来变化很大。', 'short-year');
    });

    it('keeps units on both ends of an ambiguous range', () => {
      assert.equal(fixed('安排9～16亿元。', 'range-unit', '9～16亿'), '安排9亿～16亿元。');
      assert.equal(fixed('提高15～30%。', 'range-unit', '15～30%'), '提高15%～30%。');
    });

    it('rewrites 3亿4500万 as 3.45亿', () => {
      assert.equal(fixed('投资3亿4500万元。', 'mixed-large-number', '3亿4500万'), '投资3.45亿元。');
      assert.equal(fixed('投资3亿500万元。', 'mixed-large-number', '3亿500万'), '投资3.05亿元。');
      assert.equal(fixed('投入资金2亿3千万元。', 'mixed-large-number', '2亿3千万'), '投入资金2.3亿元。');
      assert.equal(fixed('接待游客1千2百万人次。', 'mixed-large-number', '1千2百万'), '接待游客1200万人次。');
    });

    it('drops 左右 after 约, and leaves 5.5%左右 alone', () => {
      assert.equal(fixed('全县大约有500人左右参加。', 'approx-stacked', '左右'), '全县大约有500人参加。');
      clean('城镇调查失业率5.5%左右，强化预算约束。', 'approx-stacked');
      assert.equal(fixed('全市约有八成以上的村完成改造。', 'approx-stacked', '以上'), '全市约有八成的村完成改造。');
    });

    it('joins adjacent estimate numbers, not ordinals', () => {
      assert.equal(fixed('配备三、四名网格员。', 'estimate-with-dunhao', '三、四'), '配备三四名网格员。');
      clean('第一、二季度经济运行平稳，推动一、二、三产业融合发展。', 'estimate-with-dunhao');
    });

    it('turns the sequence marker 1、 into 1.', () => {
      assert.equal(fixed('1、提高政治站位', 'sequence-marker-dunhao', '、'), '1.提高政治站位');
      clean('完成1、2号线建设。', 'sequence-marker-dunhao');
    });
  });

  describe('punctuation', () => {
    it('writes the ellipsis as …… and reports dots once, not as half-width full stops', () => {
      const text = '春耕、备耕...各项工作都要抓紧。';
      assert.equal(fixed(text, 'ellipsis-form', '...'), '春耕、备耕……各项工作都要抓紧。');
      clean(text, 'half-width-punctuation');
    });

    it('drops an ellipsis used with 等', () => {
      assert.equal(fixed('加强道路、桥梁……等基础设施建设。', 'ellipsis-with-deng', '……'), '加强道路、桥梁等基础设施建设。');
    });

    it('drops book-title marks around a meeting, not around a document', () => {
      assert.equal(fixed('召开《全市安全生产工作会议》。', 'book-title-for-event', '《全市安全生产工作会议》'), '召开全市安全生产工作会议。');
      clean('贯彻《关于召开全市安全生产工作会议的通知》要求。', 'book-title-for-event');
    });

    it('drops a 顿号 between titles in book-title marks, not after a note', () => {
      assert.equal(fixed('学习《民法典》、《安全生产法》。', 'dunhao-between-titles', '、'), '学习《民法典》《安全生产法》。');
      clean('学习《民法典》（2020年）、《安全生产法》。', 'dunhao-between-titles');
    });

    it('turns ASCII single quotes around Chinese into “”', () => {
      assert.equal(fixed("大力弘扬'工匠精神'。", 'ascii-quotes', "'工匠精神'"), '大力弘扬“工匠精神”。');
    });

    it('uses ～ for a numeric range, not for a standard number', () => {
      assert.equal(fixed('每天锻炼1-2小时。', 'range-connector', '-'), '每天锻炼1～2小时。');
      clean('执行GB/T 9704-2012标准。', 'range-connector');
    });
  });

  it('gives exact ranges on CRLF text with astral characters', () => {
    const text = '同志们：\r\n𠮷祥如意，这事真是烦透了。\r\n截止到上周五，全市已完成。\r\n';
    only(text, 'fed-up', '烦透了');
    only(text, 'jiezhi-before-date', '截止到');
  });
});
