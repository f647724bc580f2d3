import * as assert from 'node:assert/strict';
import { builtInRules, createChecker } from '../../src/core/node';

// Every rule's own examples (bad, good, exact marks and fixes), run through the real checker with
// the real jieba.
describe('rule examples', () => {
  const { checker } = createChecker();
  const kindOf = (text: string) => (text.startsWith('---\n') || text.startsWith('# ') ? 'markdown' : 'plaintext');
  for (const rule of builtInRules()) {
    describe(rule.id, () => {
      for (const bad of rule.examples.bad) {
        it(`flags: ${bad.replace(/\n/g, '⏎').slice(0, 60)}`, () => {
          const ids = checker.check(bad, kindOf(bad)).findings.map((f) => f.ruleId);
          assert.ok(ids.includes(rule.id), `expected ${rule.id}, got [${ids.join(', ')}]`);
        });
      }
      for (const [text, covered] of rule.examples.marks ?? []) {
        it(`marks exactly “${covered}” in: ${text.replace(/\n/g, '⏎').slice(0, 50)}`, () => {
          const mine = checker.check(text, kindOf(text)).findings.filter((f) => f.ruleId === rule.id);
          assert.deepEqual(mine.map((f) => text.slice(f.start, f.end)), [covered]);
          assert.equal(mine[0].start, text.indexOf(covered));
        });
      }
      for (const [text, after] of rule.examples.fixed ?? []) {
        it(`fixes: ${text.replace(/\n/g, '⏎').slice(0, 40)} → ${after.replace(/\n/g, '⏎').slice(0, 40)}`, () => {
          const mine = checker.check(text, kindOf(text)).findings.filter((f) => f.ruleId === rule.id);
          assert.equal(mine.length, 1, `${rule.id} once in ${text}: ${JSON.stringify(mine.map((f) => f.text))}`);
          assert.ok(mine[0].fixes.length > 0, `${rule.id} offers no fix`);
          assert.equal(text.slice(0, mine[0].start) + mine[0].fixes[0].replacement + text.slice(mine[0].end), after);
        });
      }
      for (const good of rule.examples.good) {
        it(`leaves alone: ${good.replace(/\n/g, '⏎').slice(0, 60)}`, () => {
          const ids = checker.check(good, kindOf(good)).findings.map((f) => f.ruleId);
          assert.ok(!ids.includes(rule.id), `did not expect ${rule.id} in [${ids.join(', ')}]`);
        });
      }
    });
  }
});
