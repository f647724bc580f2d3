import * as assert from 'node:assert/strict';
import { readServerSettings, DEFAULT_DEBOUNCE_MS, DEFAULT_MAX_DOCUMENT_CHARS } from '../../src/server/settings';
import { beginningWindow, visibleWindow } from '../../src/server/largeDocument';
import { messageLocale } from '../../src/protocol';
import { holdsChineseProse } from '../../src/server/documentScope';
import { isOwnFile, nodeHost } from '../../src/server/nodeHost';

describe('server: settings and large documents', () => {
  it('wrong setting values give a clear message each and fall back to defaults', () => {
    const { settings, problems } = readServerSettings({ enable: 'yes', debounceMs: -5, maxDocumentChars: 'big', speakingRate: 200 });
    assert.deepEqual([settings.enable, settings.debounceMs, settings.maxDocumentChars], [true, DEFAULT_DEBOUNCE_MS, DEFAULT_MAX_DOCUMENT_CHARS]);
    assert.equal(problems.length, 3);
    assert.ok(problems.every((p) => p.zh.includes('默认') || p.zh.includes('true')));
    assert.equal(settings.core.speakingRate, 200, 'core settings pass through to resolveConfig');
  });

  it('relative rule-pack and dictionary paths are taken from the workspace folder', () => {
    const host = nodeHost('/opt/ext');
    const { settings } = readServerSettings({ userDictionary: 'dict/my.utf8', rulePacks: ['packs/a.json', '/abs/b.json'] }, (value) => host.resolvePath(value, 'file:///work/ws'));
    assert.equal(settings.core.userDictionary, '/work/ws/dict/my.utf8');
    assert.deepEqual(settings.core.rulePacks, ['/work/ws/packs/a.json', '/abs/b.json']);
  });

  it('settings that are not an object at all give defaults', () => {
    assert.deepEqual(readServerSettings('nonsense').problems, []);
    assert.equal(readServerSettings(null).settings.enable, true);
  });

  it('a large document is checked around the visible lines only', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `第${i}行。`);
    const text = lines.join('\n');
    const starts = [0];
    for (const l of lines) starts.push(starts[starts.length - 1] + l.length + 1);
    const at = (line: number) => starts[Math.min(line, lines.length)];
    const w = visibleWindow([{ startLine: 500, endLine: 540 }], lines.length, at, text.length, 10)!;
    assert.equal(text.slice(w.start, w.end).split('\n')[0], '第490行。');
    assert.ok(text.slice(w.start, w.end).includes('第550行。') && !text.slice(w.start, w.end).includes('第551行。'));
    assert.equal(visibleWindow([], lines.length, at, text.length), undefined);
    assert.equal(visibleWindow([{ startLine: 995, endLine: 999 }], lines.length, at, text.length)!.end, text.length);
  });

  it('messages are Chinese unless messageLanguage says en, or auto with a display language that is not Chinese', () => {
    assert.deepEqual([messageLocale(undefined, 'en'), messageLocale('zh', 'en'), messageLocale('nonsense', 'en')], ['zh', 'zh', 'zh']);
    assert.deepEqual([messageLocale('en', 'zh-cn'), messageLocale('auto', 'en'), messageLocale('auto', 'zh-tw'), messageLocale('auto', undefined)], ['en', 'en', 'zh', 'zh']);
    assert.equal(readServerSettings({ messageLanguage: 'fr' }).problems.length, 1);
    assert.equal(readServerSettings({ messageLanguage: 'auto' }, undefined, 'en-US').settings.locale, 'en');
  });

  it('without visible lines a large document is checked from its first line, whole lines only', () => {
    const text = '第一行。\n第二行。\n第三行。\n';
    const lineOf = (o: number) => text.slice(0, o).split('\n').length - 1;
    const offsetOf = (line: number) => text.split('\n').slice(0, line).join('\n').length + (line > 0 ? 1 : 0);
    assert.deepEqual(beginningWindow(lineOf, offsetOf, 12), { start: 0, end: 10 });
    assert.equal(beginningWindow(lineOf, offsetOf, 3), undefined, 'a first line longer than the limit');
  });

  it('what is not a draft: the extension\'s own files (not its examples); untitled text without Chinese prose', () => {
    assert.ok(isOwnFile('file:///opt/ext/docs/rules.md', '/opt/ext'));
    assert.ok(!isOwnFile('file:///opt/ext/examples/draft.md', '/opt/ext'));
    assert.ok(!isOwnFile('file:///opt/extension-drafts/a.md', '/opt/ext'));
    assert.ok(!isOwnFile('untitled:Untitled-1', '/opt/ext'));
    assert.ok(holdsChineseProse('【会议】笔者认为'));
    assert.ok(!holdsChineseProse('[section]\nname=张\nkey=value\nother=1'));
  });
});
