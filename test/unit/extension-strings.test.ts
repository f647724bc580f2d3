import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './support/project';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

// A Chinese display language must show Chinese everywhere: every string the extension shows has a
// translation, and every %key% in package.json exists in both languages.
describe('extension strings: English and Chinese', () => {
  it('every vscode.l10n.t string in src/extension has a Chinese translation', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.zh-cn.json')) as Record<string, string>;
    const dir = path.join(ROOT, 'src', 'extension');
    const used = new Set<string>();
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      for (const m of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/\b(?:l10n\.)?t\('((?:[^'\\]|\\.)*)'/g)) used.add(m[1]);
    }
    assert.ok(used.size > 20, `found ${used.size} strings`);
    const missing = [...used].filter((s) => !(s in bundle));
    assert.deepEqual(missing, []);
    assert.ok(Object.values(bundle).every((zh) => /[\u4e00-\u9fff]/.test(zh)));
  });

  it('every %key% of package.json is in package.nls.json and package.nls.zh-cn.json', () => {
    const keys = [...read('package.json').matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
    const en = JSON.parse(read('package.nls.json')) as Record<string, string>;
    const zh = JSON.parse(read('package.nls.zh-cn.json')) as Record<string, string>;
    assert.ok(keys.length >= 15);
    assert.deepEqual(keys.filter((k) => !(k in en) || !(k in zh)), []);
    assert.equal(zh['command.insertPhrase'], '讲稿助手：插入常用表述');
    assert.equal(zh['command.insertIntentCard'], '讲稿助手：插入意图卡');
  });
});
