import * as assert from 'node:assert/strict';
import { BUILT_IN_PACKS, builtInRules, createChecker, validatePack } from '../../src/core/node';
import { segmenter } from './support/project';

describe('rule packs', () => {
  for (const pack of BUILT_IN_PACKS) {
    it(`built-in pack "${pack.name}" is well formed`, () => {
      assert.deepEqual(validatePack(pack), []);
    });
  }

  it('a misspelt key in a user rule pack is reported, not silently ignored', () => {
    const rule = { ...BUILT_IN_PACKS[0].rules[0], wholeword: true, unless: { befor: '我' } };
    const errors = validatePack({ name: 'mine', rules: [rule] });
    assert.equal(errors.length, 2);
    assert.match(errors[0], /unknown key "wholeword"/);
    assert.match(errors[1], /unless: unknown key "befor"/);
  });

  it('every built-in rule has a short Chinese and English name, each used once', () => {
    const rules = builtInRules();
    assert.deepEqual(rules.filter((r) => !r.title?.zh || !r.title.en).map((r) => r.id), []);
    for (const locale of ['zh', 'en'] as const) assert.equal(new Set(rules.map((r) => r.title![locale])).size, rules.length, `${locale} names are unique`);
    assert.ok(rules.every((r) => [...r.title!.zh].length <= 12), 'Chinese names are short');
  });

  it('an English message quotes what was typed, not the rule\'s example', () => {
    const { checker } = createChecker({ locale: 'en' }, segmenter());
    const [finding] = checker.check('小编梳理了今年以来全市的重点工作。', 'plaintext').findings;
    assert.equal(finding.ruleId, 'author-pronoun');
    assert.match(finding.message, /^"小编" is an author's self-reference/);
  });
});
