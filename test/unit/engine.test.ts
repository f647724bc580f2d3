import * as assert from 'node:assert/strict';
import { Checker, JiebaSegmenter, type RuleSpec } from '../../src/core/node';

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
      assert.deepEqual(findings.map((f) => [f.start, f.end - f.start]), [[4, 4]]);
    }
  });

  it('one rule matching at two separate places gives two findings', () => {
    const checker = new Checker(segmenter, [rule(['笔者'])]);
    const findings = checker.check('笔者认为，笔者以为。', 'plaintext').findings;
    assert.deepEqual(findings.map((f) => f.start), [0, 5]);
  });

  it('voice rules skip quoted speech by default; unless.quoted=false looks inside quotes', () => {
    const text = '他说：“笔者认为要抓紧。”笔者认为要抓紧。';
    const skipping = new Checker(segmenter, [rule(['笔者'])]);
    assert.deepEqual(skipping.check(text, 'plaintext').findings.map((f) => f.start), [13]);
    const looking = new Checker(segmenter, [{ ...rule(['笔者']), unless: { quoted: false } }]);
    assert.deepEqual(looking.check(text, 'plaintext').findings.map((f) => f.start), [4, 13]);
  });

  it('non-voice rules look inside quotes by default; unless.quoted=true skips them', () => {
    const text = '他说：“笔者认为要抓紧。”笔者认为要抓紧。';
    const wording = { ...rule(['笔者']), category: 'wording' as const };
    assert.deepEqual(new Checker(segmenter, [wording]).check(text, 'plaintext').findings.map((f) => f.start), [4, 13]);
    const skipping = new Checker(segmenter, [{ ...wording, unless: { quoted: true } }]);
    assert.deepEqual(skipping.check(text, 'plaintext').findings.map((f) => f.start), [13]);
  });
});
