import { createChecker } from '../../src/core';
import { ruleAssertions } from './support/ruleAssertions';

// Classes of false positives and misses found by reading the checker's findings on real text it
// had never seen (leaders' speeches and colloquial reviews gathered outside the repository, see
// docs/accuracy.md). Each sentence here is written for the test and shows the same construction.
describe('constructions found in unseen real text', function () {
  this.timeout(20000);
  const { checker } = createChecker();

  const { clean, flagsOnly: flags } = ruleAssertions(checker);

  describe('leaders’ speeches stay clean', () => {
    it('a leader telling how a report was drafted is not the drafting group speaking', () => {
      clean('区政府抽调骨干，组建了专门的写作班子，反复修改形成了报告初稿。', 'drafting-group');
      clean('我们专门成立了起草小组，多次征求基层意见。', 'drafting-group');
      flags('写作班子认为，这一段可以删去。', 'drafting-group', '写作班子');
    });

    it('总觉得 describing a mindset the leader criticises is not the drafter’s feeling', () => {
      clean('有的单位总觉得防汛是水利部门的事，存在麻痹思想和侥幸心理。', 'subjective-feeling');
      flags('总觉得这个方案还可以再完善一下。', 'subjective-feeling', '总觉得');
    });

    it('可能 anticipating how some listeners react, or forecasting a trend, is not a hedge', () => {
      clean('讲到问题，可能有的同志心里不舒服，但问题必须摆到桌面上。', 'hedge-possibly');
      clean('今年冬季用电负荷可能突破历史峰值，电力部门务必早作安排。', 'hedge-possibly');
      flags('这项改革可能推不动。', 'hedge-possibly', '可能');
    });

    it('经研究，决定召开 the meeting under way is a recorded decision', () => {
      clean('为贯彻落实省委部署，经研究，决定召开这次全县乡村振兴推进会。', 'unrecorded-decision');
      flags('经研究，决定暂停这个项目的审批。', 'unrecorded-decision', '经研究，决定');
    });

    it('约 inside 签约 or 节约 is not an estimate stacked with 以上', () => {
      clean('今年全区签约亿元以上项目36个。', 'approx-stacked');
      clean('各单位要厉行节约，一万元以上的支出都要集体研究。', 'approx-stacked');
      flags('全县约有三千人以上参加了义务植树。', 'approx-stacked', '以上');
      flags('这次火灾造成财产损失约800万元左右。', 'approx-stacked', '左右');
    });

    it('an objection the leader anticipates (有的同志会问，…太…了？) is someone else’s voice', () => {
      clean('有的干部可能会问，今年的指标是不是定得太重了？我的回答是不重。', 'tai-le-exclamation');
      flags('这个月的任务太重了。', 'tai-le-exclamation', '太重了');
    });

    it('congratulating a session “隆重召开之际” is protocol, a meeting calling itself 隆重 is not', () => {
      clean('值此区人大三届四次会议隆重召开之际，我代表区委表示热烈祝贺。', 'grand-opening');
      flags('全区经济工作会议今天隆重召开。', 'grand-opening', '隆重召开');
    });
  });

  describe('colloquial verdicts of reviews and posts are flagged', () => {
    it('a diner’s 好吃/难吃, but not 好吃懒做 or 很难喝到 (hard to get)', () => {
      flags('新开的饺子馆味道好吃，价格也实在。', 'taste-verdict', '好吃');
      flags('汤是凉的，面条也难吃。', 'taste-verdict', '难吃');
      clean('要教育引导群众摒弃好吃懒做的陋习。', 'taste-verdict');
      clean('山区群众过去很难喝到干净的自来水。', 'taste-verdict');
      flags('这家的卤肉饭好难吃。', 'taste-verdict', '难吃');
    });

    it('hyperbole with 死, but not deaths counted in history', () => {
      flags('空调坏了一下午，热死了。', 'hyperbole-si', '热死了');
      clean('那场饥荒饿死了很多人，这段历史不能忘记。', 'hyperbole-si');
    });

    it('internet slang 醉了 and 服了, but not someone drunk', () => {
      flags('排了三个小时的队，醉了。', 'internet-slang', '醉了');
      flags('快递又送错了，真是服了。', 'internet-slang', '真是服了');
      clean('他喝醉了，被朋友送回家。', 'internet-slang');
    });

    it('casual praise and put-downs: 很棒, 好少, 不怎么样, 烂片, 真心不…', () => {
      flags('这次展览办得很棒。', 'casual-praise', '很棒');
      flags('停车位好少，转了半天才找到。', 'hao-intensifier', '好少');
      clean('推动经济又好又快发展。', 'hao-intensifier');
      flags('这家店的服务不怎么样。', 'casual-tag-phrases', '不怎么样');
      flags('这部电影就是个烂片。', 'slang-words', '烂片');
      flags('售后服务真心不行。', 'emphatic-zhende', '真心');
      clean('真心希望大家把工作抓实抓细。', 'emphatic-zhende');
    });

    it('interjections and the colloquial question particle 么', () => {
      flags('哎，又白跑了一趟。', 'filler-words', '哎，');
      flags('这件事你们跟群众商量过么？', 'colloquial-question-me', '么');
      clean('这是为什么？', 'colloquial-question-me');
    });

    it('a rating standing alone (好评, 差评, 五星), but not 赢得好评 or the 好差评 system', () => {
      flags('快递第二天就到了，包装完好，好评。', 'rating-tag', '好评');
      flags('客服一直不回消息，差评！', 'rating-tag', '差评');
      clean('新建的便民服务中心赢得了群众好评。', 'rating-tag');
      clean('全面推行政务服务好差评制度。', 'rating-tag');
    });

    it('more intensifiers: 超实惠, 慢得要命, and 很一般 as a verdict', () => {
      flags('这家超市的水果超实惠。', 'slang-intensifier', '超实惠');
      flags('排队的人多，队伍走得慢得要命。', 'slang-intensifier', '得要命');
      flags('酒店的早餐很一般。', 'casual-tag-phrases', '很一般');
      clean('推进超大城市治理现代化。', 'slang-intensifier');
    });
  });
});
