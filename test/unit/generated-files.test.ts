import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedFiles } from '../../scripts/generate/main';
import { BUILT_IN_PACKS, validatePack } from '../../src/core';
import { ROOT } from './support/project';

// Files generated from the code are committed (the .vsix ships them); they must be current.
describe('generated files', () => {
  for (const { file, content } of generatedFiles(ROOT)) {
    it(`${path.relative(ROOT, file)} is up to date (npm run generate)`, () => {
      assert.ok(fs.existsSync(file), `${file} is missing`);
      assert.ok(fs.readFileSync(file, 'utf8') === content, `${path.relative(ROOT, file)} is out of date: run npm run generate`);
    });
  }

  it('the packs are formatted one way (node scripts/format-packs.js)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { formatPack } = require(path.join(ROOT, 'scripts', 'format-packs.js')) as { formatPack: (text: string) => string };
    for (const pack of BUILT_IN_PACKS) {
      const text = fs.readFileSync(path.join(ROOT, 'src', 'core', 'rules', 'packs', `${pack.name}.json`), 'utf8');
      assert.ok(formatPack(text) === text, `${pack.name}.json is not formatted: run node scripts/format-packs.js`);
    }
  });

  it('each built-in pack is named after its file, so a rule id leads to its pack', () => {
    for (const pack of BUILT_IN_PACKS) assert.ok(fs.existsSync(path.join(ROOT, 'src', 'core', 'rules', 'packs', `${pack.name}.json`)), pack.name);
  });

  it('the committed schema is the one the engine validates with', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'rule-pack.schema.json'), 'utf8'));
    const rule = schema.$defs.rule;
    assert.deepEqual(rule.properties.match.oneOf.map((k: { required: string[] }) => k.required[0]), ['phrases', 'sequence', 'regex', 'clause', 'code', 'document', 'structure']);
    const contributed = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).contributes.jsonValidation;
    assert.ok(contributed.some((v: { url: string }) => v.url === './schemas/rule-pack.schema.json'), 'contributed to VS Code');
    assert.deepEqual(validatePack({ rules: [{ ...BUILT_IN_PACKS[0].rules[0], match: { code: 'toString' } }] }).length, 1);
  });
});
