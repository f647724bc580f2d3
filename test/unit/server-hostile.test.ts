import * as assert from 'node:assert/strict';
import type { EditsResult } from '../../src/protocol';
import { LspServer } from './support/lspServer';
import { tempDir } from './support/project';

// Issue #12 through the real language server: windows and selections on whole blocks, and
// visible ranges of documents that are not open.
describe('language server: hostile windows and selections', function () {
  this.timeout(30_000);
  let server: LspServer;
  before(async () => {
    server = new LspServer();
    server.settings = { debounceMs: 0, maxDocumentChars: 5000 };
    await server.start();
  });
  after(() => server.stop());

  const filler = '这是一行没有问题的正文内容，用于撑大文档。\n'.repeat(400);

  it('visible ranges sent for a document that is not open are not kept', async () => {
    const uri = 'file:///never-opened.md';
    await server.conn.sendNotification('speechDraft/visibleRanges', { uri, ranges: [{ startLine: 0, endLine: 10 }] });
    await server.open(uri, '笔者认为。\n' + filler);
    // Had the ranges been kept, the large document would be checked there ("visible"), not from its beginning.
    assert.equal((await server.until(() => server.status(uri), 'status')).coverage, 'beginning');
  });

  it('a visible window starting inside a fence checks no code', async () => {
    const code = 'x = a , b . c ; 笔者 , 你们这帮人\n'.repeat(60);
    const text = filler + '```\n' + code + '```\n\n笔者认为要抓紧.\n' + filler;
    const uri = 'file:///fence.md';
    await server.open(uri, text);
    const fenceLine = 400;
    await server.conn.sendNotification('speechDraft/visibleRanges', { uri, ranges: [{ startLine: fenceLine + 40, endLine: fenceLine + 70 }] });
    const diagnostics = await server.until(() => {
      const p = server.lastDiagnostics(uri);
      return p && p.diagnostics.some((d) => d.code) ? p.diagnostics : undefined;
    }, 'diagnostics of the visible part');
    const line = fenceLine + 1 + 60 + 2;
    // Findings only (the notice on line 1 that only the visible part was checked has no code).
    assert.deepEqual(diagnostics.filter((d) => d.code).map((d) => [d.code, d.range.start.line]), [['author-pronoun', line], ['half-width-punctuation', line]]);
    // Fix-all takes the full stop (a safe fix), leaves 笔者 to the drafter and no code is touched.
    const fix: EditsResult = await server.conn.sendRequest('speechDraft/fixAll', { uri });
    assert.deepEqual(fix.edits.map((e) => [text.slice(e.start, e.end), e.newText]), [['.', '。']]);
    assert.ok(fix.edits[0].start > text.indexOf('笔者认为要抓紧'));
  });

  it('cleaning a selection that starts inside the front matter or a fence edits neither', async () => {
    const text = '---\n场合: 全市会议,安全生产\n---\n\n正文,开始。\n\n```\ncode, here.\n```\n\n结尾,好。\n';
    const uri = 'file:///clean.md';
    await server.open(uri, text);
    await server.until(() => server.status(uri), 'status');
    for (const from of [text.indexOf('会议'), text.indexOf('here')]) {
      const result: EditsResult = await server.conn.sendRequest('speechDraft/cleanText', { uri, start: from, end: text.length });
      const edited = result.edits.map((e) => text.slice(e.start, e.end));
      assert.ok(result.edits.every((e) => e.start > text.indexOf('```\n', text.indexOf('here')) || (e.start > text.indexOf('正文') && e.start < text.indexOf('```'))), JSON.stringify(result.edits));
      assert.ok(edited.length > 0 && edited.every((t) => t === ','));
    }
  });

  it('a user dictionary jieba cannot read is reported, and the server checks on with the built-in dictionaries', async () => {
    const other = new LspServer();
    other.settings = { debounceMs: 0, userDictionary: tempDir() };
    try {
      await other.start();
      await other.open('file:///dict.md', '笔者认为。\n');
      const diagnostics = await other.diagnosticsFor('file:///dict.md', 1);
      assert.deepEqual(diagnostics.map((d) => d.code), ['author-pronoun']);
      assert.match(await other.until(() => other.messages.find((m) => /用户词典/.test(m)), 'the settings message'), /是目录/);
    } finally {
      other.stop();
    }
  });
});
