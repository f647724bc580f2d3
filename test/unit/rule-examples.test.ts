import * as assert from 'node:assert/strict';
import { builtInRules, createChecker } from '../../src/core';

// Every rule's own good and bad examples, run through the real checker with the real jieba.
describe('rule examples', () => {
  const { checker } = createChecker();
  const kindOf = (text: string) => (text.startsWith('---\n') ? 'markdown' : 'plaintext');
  for (const rule of builtInRules()) {
    describe(rule.id, () => {
      for (const bad of rule.examples.bad) {
        it(`flags: ${bad.replace(/\n/g, '⏎').slice(0, 60)}`, () => {
          const ids = checker.check(bad, kindOf(bad)).findings.map((f) => f.ruleId);
          assert.ok(ids.includes(rule.id), `expected ${rule.id}, got [${ids.join(', ')}]`);
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
