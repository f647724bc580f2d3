import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATEGORIES } from '../../src/core';
import { ROOT } from './support/project';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

// Chinese first, whatever VS Code's display language: every string the extension shows has a
// Chinese translation, and every command and setting carries its Chinese name and English words.
describe('extension strings: English and Chinese', () => {
  it('every t() string in src/extension has a Chinese translation', () => {
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

  it('every %key% of package.json says it in Chinese first and in English, for every display language', () => {
    const keys = [...read('package.json').matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
    const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
    assert.ok(keys.length >= 35);
    assert.deepEqual(keys.filter((k) => !(k in nls)), []);
    assert.deepEqual(Object.keys(nls).filter((k) => !keys.includes(k)), [], 'no unused strings');
    const bilingual = (text: string) => /^[*“]*[\u4e00-\u9fff]/.test(text) && /[A-Za-z]{3,}/.test(text.replace(/`[^`]*`|[a-z]+-[a-z-]+/g, ''));
    assert.deepEqual(Object.entries(nls).filter(([, text]) => !bilingual(text)).map(([k]) => k), []);
    assert.equal(nls['command.category'], '讲稿助手 Speech Draft');
    assert.equal(nls['command.insertPhrase'], '插入常用表述 Insert a Standard Phrase');
  });

  it('package.json offers a level for every category, and a key for moving a sentence to the notes', () => {
    const contributes = JSON.parse(read('package.json')).contributes;
    assert.deepEqual(Object.keys(contributes.configuration.properties['speechDraft.categories'].properties), CATEGORIES);
    assert.ok(contributes.keybindings.some((k: { command: string; key: string }) => k.command === 'speechDraft.moveToNotes' && k.key === 'ctrl+alt+n'));
  });
});
