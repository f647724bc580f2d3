import * as assert from 'node:assert/strict';
import { BUILT_IN_PACKS, validatePack } from '../../src/core';


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
});
