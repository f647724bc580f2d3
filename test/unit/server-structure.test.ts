import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type CodeAction, type Diagnostic, type DocumentSymbol } from 'vscode-languageserver';
import type { MoveToNotesArgs } from '../../src/protocol';
import { LspServer } from './support/lspServer';

// The language server on the speech as a whole: a finding's other place as related information
// and as a hint, the outline as document symbols with minutes, the parts in the status, the move
// to the drafting notes, and the notes file left unchecked.
describe('language server: structure, outline and drafting notes', function () {
  this.timeout(30_000);
  let server: LspServer;
  before(async () => {
    server = new LspServer();
    server.settings = { debounceMs: 0 };
    await server.start();
  });
  after(() => server.stop());

  const uri = 'file:///work/%E8%AE%B2%E8%AF%9D.md';
  const text = '# 讲话\n\n同志们：下面，我讲两点意见。\n\n## 一、提高认识\n\n我个人认为，这项工作要抓紧。其他同志要配合。\n\n## 二、狠抓落实\n\n## 三、严明纪律\n';
  const doc = TextDocument.create(uri, 'markdown', 1, text);
  let diagnostics: Diagnostic[];
  before(async () => {
    await server.open(uri, text);
    diagnostics = await server.diagnosticsFor(uri, 1);
  });

  it('a finding carries its other place as related information, and a hint marks that place', () => {
    const count = diagnostics.find((d) => d.code === 'announced-count' && d.severity === DiagnosticSeverity.Warning)!;
    assert.equal(doc.getText(count.range), '两点意见');
    assert.deepEqual(count.relatedInformation?.map((r) => [r.location.uri, doc.getText(r.location.range), r.message]), [[uri, '三、', '第三点，超出所说的两点']]);
    const hint = diagnostics.find((d) => d.code === 'announced-count' && d.severity === DiagnosticSeverity.Hint)!;
    assert.equal(doc.getText(hint.range), '三、');
    assert.equal(hint.message, '第三点，超出所说的两点（问题见第 3 行）');
    assert.deepEqual(hint.relatedInformation?.map((r) => doc.getText(r.location.range)), ['两点意见']);
    assert.equal(hint.data, undefined, 'a hint offers no fixes of its own');
  });

  it('document symbols: the parts nested, named with their minutes, the opening first', async () => {
    const symbols: DocumentSymbol[] = await server.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    const names = (list: DocumentSymbol[]): unknown[] => list.map((s) => (s.children?.length ? [s.name, s.detail, names(s.children)] : [s.name, s.detail]));
    assert.deepEqual(names(symbols), [['0.3 分钟 · 讲话', '47 字', [['0.1 分钟 · 开场', '13 字'], ['0.1 分钟 · 一、提高认识', '24 字'], ['0 分钟 · 二、狠抓落实', '5 字'], ['0 分钟 · 三、严明纪律', '5 字']]]]);
    const first = symbols[0].children![1];
    assert.equal(doc.getText(first.selectionRange), '一、提高认识');
    assert.deepEqual([first.range.start.line, first.range.end.line], [4, 6]);
  });

  it('the status lists the parts with their lines and minutes, for the current part in the status bar', async () => {
    const status = await server.until(() => server.status(uri), 'status');
    assert.deepEqual(status.parts.map((p) => [p.title, p.startLine, p.endLine, p.depth]), [['讲话', 0, 10, 0], ['一、提高认识', 4, 6, 1], ['二、狠抓落实', 8, 8, 1], ['三、严明纪律', 10, 10, 1]]);
  });

  it('an opinion offers 移到起草说明 with the sentence, its line, its section and why', async () => {
    const opinion = diagnostics.find((d) => d.code === 'personal-view')!;
    const actions: CodeAction[] = await server.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: opinion.range, context: { diagnostics: [opinion] } });
    const move = actions.find((a) => a.command?.command === 'speechDraft.moveToNotes')!;
    assert.equal(move.title, '移到起草说明（作为参谋意见另附，不在讲话中讲）');
    const args = move.command!.arguments![0] as MoveToNotesArgs;
    assert.deepEqual({ ...args, start: undefined, end: undefined }, { uri, start: undefined, end: undefined, removed: '我个人认为，这项工作要抓紧。', sentence: '我个人认为，这项工作要抓紧。', line: 7, section: '一、提高认识', reason: '个人观点（私货）' });
    assert.equal(text.slice(args.start, args.end), args.removed);
    // A structure finding is not the drafter's idea: it has no such action.
    const count = diagnostics.find((d) => d.code === 'announced-count' && d.severity === DiagnosticSeverity.Warning)!;
    const none: CodeAction[] = await server.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: count.range, context: { diagnostics: [count] } });
    assert.ok(!none.some((a) => a.command?.command === 'speechDraft.moveToNotes'));
  });

  it('the notes file next to a draft is not checked: no diagnostics, no symbols, and the status says why', async () => {
    const notes = 'file:///work/%E8%AE%B2%E8%AF%9D.%E8%B5%B7%E8%8D%89%E8%AF%B4%E6%98%8E.md';
    await server.open(notes, '# 起草说明：讲话.md\n\n## 2025-01-15 · 第 7 行\n\n> 我个人认为，这项工作要抓紧。\n');
    assert.deepEqual(await server.diagnosticsFor(notes, 1), []);
    const status = await server.until(() => server.status(notes), 'status of the notes');
    assert.deepEqual([status.coverage, status.note, status.parts], ['notes', '起草说明文件，不作为讲话稿检查', []]);
    assert.deepEqual(await server.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: notes } }), []);
  });
});
