import * as assert from 'node:assert/strict';
import { readServerSettings, DEFAULT_DEBOUNCE_MS, DEFAULT_MAX_DOCUMENT_CHARS } from '../../src/server/settings';
import { visibleWindow } from '../../src/server/largeDocument';

describe('server: settings and large documents', () => {
  it('wrong setting values give a clear message each and fall back to defaults', () => {
    const { settings, problems } = readServerSettings({ enable: 'yes', debounceMs: -5, maxDocumentChars: 'big', speakingRate: 200 });
    assert.deepEqual([settings.enable, settings.debounceMs, settings.maxDocumentChars], [true, DEFAULT_DEBOUNCE_MS, DEFAULT_MAX_DOCUMENT_CHARS]);
    assert.equal(problems.length, 3);
    assert.ok(problems.every((p) => p.zh.includes('默认') || p.zh.includes('true')));
    assert.equal(settings.core.speakingRate, 200, 'core settings pass through to resolveConfig');
  });

  it('relative rule-pack and dictionary paths are taken from the workspace folder', () => {
    const { settings } = readServerSettings({ userDictionary: 'dict/my.utf8', rulePacks: ['packs/a.json', '/abs/b.json'] }, '/work/ws');
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
});
