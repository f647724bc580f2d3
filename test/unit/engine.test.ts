import * as assert from 'node:assert/strict';
import { Checker, JiebaSegmenter, type RuleSpec } from '../../src/core';

const segmenter = new JiebaSegmenter();

function rule(phrases: string[]): RuleSpec {
  return {
    id: 'test-rule',
    category: 'opinion',
    severity: 'warning',
    message: { zh: '测试', en: 'test' },
    guidance: { zh: '测试', en: 'test' },
    match: { phrases },
    examples: { bad: [phrases[0]], good: [] },
  };
}

describe('rule engine', () => {
  it('of two phrases of one rule starting at the same place, the longer is the finding (这项工作, not 这项)', () => {
    for (const phrases of [['这项', '这项工作'], ['这项工作', '这项']]) {
      const checker = new Checker(segmenter, [rule(phrases)]);
      const findings = checker.check('我们认为这项工作很难。', 'plaintext').findings;
      assert.deepEqual(findings.map((f) => [f.offset, f.length]), [[4, 4]]);
    }
  });

  it('one rule matching at two separate places gives two findings', () => {
    const checker = new Checker(segmenter, [rule(['笔者'])]);
    const findings = checker.check('笔者认为，笔者以为。', 'plaintext').findings;
    assert.deepEqual(findings.map((f) => f.offset), [0, 5]);
  });
});
