// Writes the files generated from the code: docs/rules.md and the JSON Schemas in schemas/.
// `--check` writes nothing and exits 1 when one of them is out of date.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtInRules, packageJsonSchema, projectConfigSchema, rulePackSchema } from '../../src/core';
import { renderRulesDoc } from './rulesDoc';

export const ROOT = path.resolve(__dirname, '..');

export function generatedFiles(root: string): { file: string; content: string }[] {
  return [
    { file: path.join(root, 'docs', 'rules.md'), content: renderRulesDoc(root) },
    { file: path.join(root, 'schemas', 'rule-pack.schema.json'), content: JSON.stringify(rulePackSchema(), null, 2) + '\n' },
    { file: path.join(root, 'schemas', 'speechdraftrc.schema.json'), content: JSON.stringify(projectConfigSchema(builtInRules()), null, 2) + '\n' },
    { file: path.join(root, 'schemas', 'package-json.schema.json'), content: JSON.stringify(packageJsonSchema(builtInRules()), null, 2) + '\n' },
  ];
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const { file, content } of generatedFiles(ROOT)) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (current === content) continue;
    if (check) {
      console.error(`out of date: ${path.relative(ROOT, file)} (run npm run generate)`);
      stale++;
    } else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
      console.log(`wrote ${path.relative(ROOT, file)}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
