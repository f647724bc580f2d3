import * as assert from 'node:assert/strict';
import { createChecker } from '../../src/core';

// Relational drift (gossip, complaints, airs toward the public, a second boss) put in the
// drafter's own words, and the way real leaders legitimately speak about the same topics.
// Every sentence is written for this test; each shows a construction, not a corpus sentence.
describe('relational drift in the drafter’s own words', function () {
  this.timeout(20000);
  const { checker } = createChecker();

  /** The rule ids that flag text. */
  const rulesOn = (text: string): string[] => checker.check(text, 'plaintext').findings.map((f) => f.ruleId);
  const flags = (text: string, ruleId: string) => assert.ok(rulesOn(text).includes(ruleId), `${ruleId} expected in ${text}: ${rulesOn(text).join(', ')}`);
  const clean = (text: string, ruleId: string) => assert.ok(!rulesOn(text).includes(ruleId), `${ruleId} not expected in ${text}`);

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
});
