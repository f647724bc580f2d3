// Word in, Word out, in a real VS Code: export a Markdown draft to .docx, review the .docx (its
// text checked by the language server on the speech-draft-docx scheme), convert it back to a
// Markdown draft, and the page a .docx opens on.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readDocx } from '../../src/formats/docx/read';
import { ruleId, waitForDiagnostics, workspaceFile } from './support/extension';
import { captureWorkbench } from './support/workbenchScreenshot';
import { closeAll, readyApi, statusOf, until } from './support/editing';

const DRAFT = '---\n场合: 全市安全生产工作会议\n---\n\n# 在全市安全生产工作会议上的讲话\n\n同志们：\n\n## 一、压实责任\n\n笔者认为，这项工作好像要抓紧。\n';

describe('Word documents: export, review, convert', function () {
  this.timeout(90_000);
  before(() => readyApi());
  after(() => closeAll());

  const md = workspaceFile('word-draft.md');
  const docx = workspaceFile('word-draft.docx');

  it('导出 Word 讲话稿 writes a .docx whose text is the speech without the intent card', async () => {
    await vscode.workspace.fs.writeFile(md, Buffer.from(DRAFT, 'utf8'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(md));
    const written = await vscode.commands.executeCommand<vscode.Uri>('speechDraft.exportDocx', undefined, { overwrite: true });
    assert.equal(written?.toString(), docx.toString());
    const text = readDocx(await vscode.workspace.fs.readFile(docx)).text;
    assert.equal(text, '在全市安全生产工作会议上的讲话\n同志们：\n一、压实责任\n笔者认为，这项工作好像要抓紧。');
  });

  it('审阅 Word 文稿 opens the text read-only, checked like any draft, with the review summary', async () => {
    const api = await readyApi();
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('speechDraft.reviewDocx', docx);
    assert.ok(document);
    assert.equal(document.uri.scheme, 'speech-draft-docx');
    assert.equal(document.languageId, 'plaintext');
    const found = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => ruleId(d) === 'author-pronoun'));
    const bizhe = found.find((d) => ruleId(d) === 'author-pronoun')!;
    assert.equal(bizhe.range.start.line, 3, 'line 4 is paragraph 4');
    assert.equal(document.getText(bizhe.range), '笔者');
    const status = await statusOf(api, document);
    assert.ok(status.findings >= 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, bizhe.range.start);
    assert.ok(hovers.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value).includes('笔者'))));
    await vscode.commands.executeCommand('speechDraft.showReview');
    const review = await until(() => (api as unknown as { lastReview(): { title: string } | undefined }).lastReview(), 'the review summary');
    assert.match(review.title, /word-draft\.docx$/);
    await captureWorkbench('docx-review');
  });

  it('转为 Markdown 草稿 writes a .md beside the .docx, headings as #, and opens it', async () => {
    const target = await vscode.commands.executeCommand<vscode.Uri>('speechDraft.docxToMarkdown', docx, { overwrite: true });
    assert.equal(target?.toString(), md.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(md));
    assert.equal(text, '# 在全市安全生产工作会议上的讲话\n\n同志们：\n\n## 一、压实责任\n\n笔者认为，这项工作好像要抓紧。\n');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), md.toString());
  });

  it('opening a .docx shows the page with both commands', async () => {
    await vscode.commands.executeCommand('vscode.openWith', docx, 'speechDraft.docx');
    const tab = await until(() => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return input instanceof vscode.TabInputCustom && input.viewType === 'speechDraft.docx' ? input : undefined;
    }, 'the .docx page');
    assert.equal(tab.uri.toString(), docx.toString());
  });
});
