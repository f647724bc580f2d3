import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover, TextEdit } from 'vscode-languageserver';
import { LspServer } from './support/lspServer';
import { ROOT } from './support/project';

// The bundled server (node dist/server.js --stdio) driven as Neovim, Emacs (eglot) or Helix drive
// it: no initialization options, no custom notifications, no workspace/configuration (settings
// are pushed with didChangeConfiguration). Everything it offers must work with that alone.
describe('language server with a plain LSP client', function () {
  this.timeout(30_000);
  let server: LspServer;
  before(async () => {
    server = new LspServer();
    await server.start(true);
  });
  after(() => server.stop());

  const uri = 'file:///drafts/plain.md';
  const draft = '同志们：\n\n据说笔者认为,安全生产是发展的底线。\n';
  const codeActions = (range: Diagnostic['range'], diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> =>
    server.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });

  it('marks drift in Chinese by default; rule links are file URIs of the rule docs, which exist', async () => {
    await server.open(uri, draft);
    const diagnostics = await server.diagnosticsFor(uri, 1);
    assert.deepEqual(diagnostics.map((d) => d.code), ['hearsay', 'author-pronoun', 'half-width-punctuation']);
    assert.match(diagnostics[1].message as string, /^“笔者”“编者”是文章作者的自称/);
    for (const d of diagnostics) {
      const href = new URL(d.codeDescription!.href);
      assert.equal(href.protocol, 'file:');
      assert.equal(href.hash, `#${d.code}`);
      assert.equal(fileURLToPath(href), path.join(ROOT, 'docs', 'rules.md'));
      assert.ok(fs.readFileSync(fileURLToPath(href), 'utf8').includes(`<a id="${d.code}"></a>`), 'the anchor is in the docs');
    }
  });

  it('offers only actions it can carry out as edits: the fix, not checking the line or the document; no client commands', async () => {
    const author = server.lastDiagnostics(uri)!.diagnostics.find((d) => d.code === 'author-pronoun')!;
    const actions = await codeActions(author.range, [author]);
    assert.ok(actions.length >= 3);
    assert.deepEqual(actions.filter((a) => a.command), [], 'no action needs a command the client does not have');
    const edit = (a: CodeAction) => (a.edit!.changes![uri] as TextEdit[])[0];
    assert.deepEqual(actions.map((a) => a.title).slice(0, 3), ['改为“我”', '本行不再检查“作者自称”', '本文不再检查“作者自称”']);
    assert.equal(edit(actions[1]).newText, ' <!-- speech-draft-disable-line author-pronoun -->');
    assert.deepEqual(edit(actions[2]), { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '<!-- speech-draft-disable author-pronoun -->\n' });
  });

  it('fix-all is a source.fixAll code action; the hover explains; both in Chinese', async () => {
    const [fixAll] = await codeActions({ start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, [], ['source.fixAll']);
    assert.equal(fixAll.kind, 'source.fixAll.speechDraft');
    // The safe fixes only: the comma, not the voice fix 笔者 → 我 (that stays a quick fix).
    assert.deepEqual((fixAll.edit!.changes![uri] as TextEdit[]).map((e) => e.newText), ['，']);
    const author = server.lastDiagnostics(uri)!.diagnostics.find((d) => d.code === 'author-pronoun')!;
    const hover: Hover = await server.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: author.range.start });
    assert.match((hover.contents as { value: string }).value, /^\*\*作者自称\*\*.*\n\n为什么：/);
  });

  it('settings pushed with didChangeConfiguration apply: English messages quoting what was typed', async () => {
    await server.conn.sendNotification('workspace/didChangeConfiguration', { settings: { speechDraft: { messageLanguage: 'en', rules: { hearsay: 'off' } } } });
    const diagnostics = await server.until(() => {
      const d = server.lastDiagnostics(uri)?.diagnostics;
      return d?.some((x) => x.code === 'author-pronoun' && (x.message as string).startsWith('"笔者"')) ? d : undefined;
    }, 'English diagnostics');
    assert.ok(!diagnostics.some((d) => d.code === 'hearsay'));
    await server.conn.sendNotification('workspace/didChangeConfiguration', { settings: { speechDraft: { maxDocumentChars: 1000 } } });
  });

  it('a document over maxDocumentChars is checked from the beginning, and an information diagnostic at the top says so', async () => {
    const big = 'file:///drafts/big.txt';
    const text = '笔者认为这项工作很重要。\n' + '这是一行没有问题的正文内容，用于撑大文档。\n'.repeat(200);
    await server.open(big, text, 'plaintext');
    const diagnostics = await server.until(() => {
      const d = server.lastDiagnostics(big)?.diagnostics;
      return d && d.length > 0 ? d : undefined;
    }, 'diagnostics of the beginning');
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.severity]), [[undefined, 0, 3], ['author-pronoun', 0, 1]]);
    assert.match(diagnostics[0].message as string, /^超过 1000 字符|^文档超过 1000 字符/);
    assert.match(diagnostics[0].message as string, /只检查了开头（第 1～\d+ 行）/);
  });

  it("never checks the extension's own files (its rule docs)", async () => {
    const own = pathToFileURL(path.join(ROOT, 'docs', 'rules.md')).href;
    await server.open(own, fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8'));
    assert.deepEqual(await server.diagnosticsFor(own, 1), []);
    assert.equal((await server.until(() => server.status(own), 'status')).coverage, 'ignored');
  });

  it('checks an untitled document in another language (VS Code guessed "ini") while it holds Chinese prose', async () => {
    await server.open('untitled:Untitled-1', '【会议】笔者认为这项工作很重要。', 'ini');
    assert.deepEqual((await server.diagnosticsFor('untitled:Untitled-1', 1)).map((d) => d.code), ['author-pronoun']);
    await server.open('untitled:Untitled-2', '[section]\nkey=value\n', 'ini');
    assert.deepEqual(await server.diagnosticsFor('untitled:Untitled-2', 1), []);
    assert.equal((await server.until(() => server.status('untitled:Untitled-2'), 'status')).coverage, 'ignored');
  });
});
