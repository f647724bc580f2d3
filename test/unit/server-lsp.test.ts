import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Hover, TextEdit } from 'vscode-languageserver';
import type { EditsResult } from '../../src/protocol';
import { LspServer } from './support/lspServer';

// The language server as an editor drives it: open, type, ask for fixes, close.
describe('language server over LSP', function () {
  this.timeout(30_000);
  let server: LspServer;
  before(async () => {
    server = new LspServer();
    server.settings = { debounceMs: 50, maxDocumentChars: 5000 };
    await server.start();
  });
  after(() => server.stop());

  const draft = '同志们：\n\n笔者认为,安全生产是发展的底线。下面，我讲三点意见。\n';

  it('publishes diagnostics at the exact range, and the leader-voice line stays clean', async () => {
    await server.open('file:///a.md', draft);
    const diagnostics = await server.diagnosticsFor('file:///a.md', 1);
    const doc = TextDocument.create('file:///a.md', 'markdown', 1, draft);
    assert.deepEqual(diagnostics.map((d) => [d.code, doc.getText(d.range)]), [['author-pronoun', '笔者'], ['half-width-punctuation', ',']]);
    assert.ok(diagnostics.every((d) => d.range.start.line === 2 && d.source === '讲稿助手'));
    assert.equal((await server.until(() => server.status('file:///a.md'), 'status')).findings, 2);
  });

  it('an incremental edit is re-checked and its diagnostics move with the text', async () => {
    await server.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///a.md', version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '据说' }],
    });
    const diagnostics = await server.diagnosticsFor('file:///a.md', 2);
    const author = diagnostics.find((d) => d.code === 'author-pronoun')!;
    assert.deepEqual(author.range.start, { line: 2, character: 2 });
  });

  it('the quick fixes of a finding: its replacement, the disable comment, allow word, turn off', async () => {
    const last = server.lastDiagnostics('file:///a.md')!;
    const author = last.diagnostics.find((d) => d.code === 'author-pronoun')!;
    const actions: CodeAction[] = await server.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: 'file:///a.md' }, range: author.range, context: { diagnostics: [author] } });
    const edits = (a: CodeAction) => a.edit?.changes?.['file:///a.md'] as TextEdit[] | undefined;
    const replace = actions.find((a) => a.isPreferred)!;
    assert.deepEqual(edits(replace), [{ range: author.range, newText: '我' }]);
    const disable = actions.find((a) => edits(a)?.[0].newText.includes('speech-draft-disable-line author-pronoun'))!;
    // At the end of the line (据说笔者认为,安全生产是发展的底线。下面，我讲三点意见。).
    assert.deepEqual(edits(disable)![0].range, { start: { line: 2, character: 28 }, end: { line: 2, character: 28 } });
    assert.ok(actions.some((a) => a.command?.command === 'speechDraft.allowWord' && a.command.arguments?.[0] === '笔者'));
    assert.ok(actions.some((a) => a.command?.command === 'speechDraft.turnRuleOffInWorkspace'));
  });

  it('the hover explains the finding', async () => {
    const author = server.lastDiagnostics('file:///a.md')!.diagnostics.find((d) => d.code === 'author-pronoun')!;
    const hover: Hover = await server.conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///a.md' }, position: author.range.start });
    assert.match((hover.contents as { value: string }).value, /为什么：.*\n\n示例：✗ .* → ✓ /s);
  });

  it('fix-all returns one set of edits for the current version: the punctuation, not the voice fix', async () => {
    const result: EditsResult = await server.conn.sendRequest('speechDraft/fixAll', { uri: 'file:///a.md' });
    assert.equal(result.version, 2);
    assert.deepEqual(result.edits.map((e) => e.newText), ['，']);
  });

  it('wrong settings give one clear message and checking goes on with defaults', async () => {
    server.settings = { debounceMs: 50, maxDocumentChars: 5000, speakingRate: 'fast', rules: { 'no-such-rule': 'off' } };
    await server.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const message = await server.until(() => server.messages.find((m) => m.includes('speakingRate')), 'a settings message');
    assert.match(message, /no-such-rule/);
    await server.open('file:///b.txt', '笔者认为这项工作很重要。', 'plaintext');
    assert.equal((await server.diagnosticsFor('file:///b.txt', 1))[0].code, 'author-pronoun');
  });

  it('hostile text (NUL, lone surrogates, CR-only lines) never yields a range outside the document', async () => {
    const text = '同志们：\r笔者\u0000认为\ud800这,项\udc00工作。\r\r😀笔者,';
    await server.open('file:///c.txt', text, 'plaintext');
    const diagnostics = await server.diagnosticsFor('file:///c.txt', 1);
    const doc = TextDocument.create('file:///c.txt', 'plaintext', 1, text);
    assert.ok(diagnostics.length >= 2);
    for (const d of diagnostics) {
      const [start, end] = [doc.offsetAt(d.range.start), doc.offsetAt(d.range.end)];
      assert.ok(start >= 0 && end <= text.length && start < end);
      assert.deepEqual(doc.positionAt(start), d.range.start, 'the range starts where the server says');
    }
  });

  it('a document over maxDocumentChars is checked only where it is visible, and says so at the top', async () => {
    const filler = '这是一行没有问题的正文内容，用于撑大文档。\n'.repeat(400);
    const text = filler + '笔者认为这项工作很重要。\n' + filler;
    await server.open('file:///big.md', text);
    assert.equal((await server.until(() => server.status('file:///big.md'), 'status')).coverage, 'beginning');
    await server.conn.sendNotification('speechDraft/visibleRanges', { uri: 'file:///big.md', ranges: [{ startLine: 390, endLine: 420 }] });
    const diagnostics = await server.until(() => {
      const p = server.lastDiagnostics('file:///big.md');
      return p && p.diagnostics.some((d) => d.code) ? p.diagnostics : undefined;
    }, 'diagnostics of the visible part');
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), [[undefined, 0, 0], ['author-pronoun', 400, 0]]);
    assert.equal(diagnostics[0].severity, 3);
    assert.match(diagnostics[0].message as string, /超过 5000 字符.*只检查了可见部分（第 361～451 行）/);
    await server.until(() => (server.status('file:///big.md')?.coverage === 'visible' ? true : undefined), 'status: visible part only');
  });

  it('closing a document clears its diagnostics', async () => {
    await server.conn.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///a.md' } });
    await server.until(() => (server.lastDiagnostics('file:///a.md')?.diagnostics.length === 0 ? true : undefined), 'cleared diagnostics');
  });
});
