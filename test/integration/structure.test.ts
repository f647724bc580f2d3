// The speech as a whole in a real VS Code: structure findings at both places, the Outline view
// with minutes, the current part's time in the status bar, the chart of minutes per part and its
// export, and moving an opinion to the drafting notes and back with one undo.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ourDiagnostics, ruleId, waitForDiagnostics, workspaceFile } from './support/extension';
import { captureWorkbench } from './support/workbenchScreenshot';
import { closeAll, diagnosticOf, openDraft, readyApi, statusOf, until } from './support/editing';

/** Three points announced and four given, a level skipped, 一是/二是/四是 and an unclosed 《. */
const DRAFT = [
  '---', '时长（分钟）: 5', '---', '',
  '# 在全市安全生产工作会议上的讲话', '',
  '同志们：', '',
  '今天召开全市安全生产工作会议，部署今年的安全生产工作。下面，我讲三点意见。', '',
  '## 一、充分认识安全生产的重要性', '',
  '安全生产事关人民群众生命财产安全。要认真学习《安全生产法，深刻领会精神实质。', '',
  '1. 安全是发展的前提，发展是安全的保障。', '',
  '## 二、压实安全生产责任', '',
  '落实责任要抓住三个环节：一是明确责任主体，二是细化责任清单，四是严格考核问责。', '',
  '## 三、狠抓隐患排查整治', '',
  '要全面开展隐患排查，做到不留死角，发现一处整改一处。', '',
  '## 四、加强应急管理', '',
  '要做好应急值守，确保一旦有事能够快速处置。', '',
].join('\n');

/** The diagnostic's related place, as text of the document. */
function relatedText(document: vscode.TextDocument, d: vscode.Diagnostic): string[] {
  return (d.relatedInformation ?? []).map((r) => {
    assert.equal(r.location.uri.toString(), document.uri.toString());
    return document.getText(r.location.range);
  });
}

/** The hint that marks the other place of a finding of `rule`, at `text` on `line` (0-based). */
function hintAt(document: vscode.TextDocument, rule: string, line: number, text: string): vscode.Diagnostic | undefined {
  return ourDiagnostics(document.uri).find((d) => d.severity === vscode.DiagnosticSeverity.Hint && ruleId(d) === rule && d.range.start.line === line && document.getText(d.range) === text);
}

describe('structure: the speech as a whole', function () {
  this.timeout(90_000);
  before(() => readyApi());
  afterEach(() => closeAll());

  it('a skipped level, a broken 一是/二是 run, three points announced and four given, and an unclosed 《 are each marked at both places', async () => {
    const editor = await openDraft(DRAFT);
    const document = editor.document;
    const count = await diagnosticOf(document, 'announced-count', '三点意见');
    assert.match(count.message, /三点意见.*四点.*第 25 行/);
    assert.deepEqual(relatedText(document, count), ['四、']);
    assert.ok(hintAt(document, 'announced-count', 24, '四、'), 'the fourth point is marked too');

    const skipped = await diagnosticOf(document, 'heading-level-skipped', '1.');
    assert.match(skipped.message, /第 11 行的“一、”/);
    assert.deepEqual(relatedText(document, skipped), ['一、']);
    assert.ok(hintAt(document, 'heading-level-skipped', 10, '一、'));

    const gap = await diagnosticOf(document, 'sequence-numbering', '四是');
    assert.deepEqual(relatedText(document, gap), ['二是']);
    assert.ok(hintAt(document, 'sequence-numbering', 18, '二是'));

    const mark = await diagnosticOf(document, 'unpaired-mark', '《');
    assert.deepEqual(relatedText(document, mark), ['。'], 'the other place is where the paragraph ends unclosed');
    assert.ok(hintAt(document, 'unpaired-mark', 12, '。'));

    // The hints stay out of the Problems panel's counts: only the four findings and the length.
    assert.equal(ourDiagnostics(document.uri).filter((d) => d.severity !== vscode.DiagnosticSeverity.Hint && ['announced-count', 'heading-level-skipped', 'sequence-numbering', 'unpaired-mark'].includes(ruleId(d)!)).length, 4);
    editor.selection = new vscode.Selection(gap.range.start, gap.range.start);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await captureWorkbench('structure-findings');
  });

  it('renumbering 四是 to 三是 is one quick fix, and the mark goes', async () => {
    const editor = await openDraft(DRAFT);
    const gap = await diagnosticOf(editor.document, 'sequence-numbering', '四是');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, gap.range);
    const renumber = actions.find((a) => a.isPreferred && a.edit);
    assert.equal(renumber?.title, '改为“三是”（按顺序编号）');
    assert.ok(await vscode.workspace.applyEdit(renumber!.edit!));
    assert.equal(editor.document.lineAt(18).text, '落实责任要抓住三个环节：一是明确责任主体，二是细化责任清单，三是严格考核问责。');
    await waitForDiagnostics(editor.document.uri, (all) => !all.some((d) => ruleId(d) === 'sequence-numbering'));
  });

  it('the Outline view (document symbols) shows the parts with their minutes', async () => {
    const editor = await openDraft(DRAFT);
    await diagnosticOf(editor.document, 'announced-count', '三点意见');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const names = (list: vscode.DocumentSymbol[]): string[] => list.flatMap((s) => [s.name, ...names(s.children)]);
    const all = names(symbols);
    for (const part of ['一、充分认识安全生产的重要性', '二、压实安全生产责任', '三、狠抓隐患排查整治', '四、加强应急管理']) {
      assert.ok(all.some((n) => new RegExp(`^\\d+(\\.\\d)? 分钟 · ${part}$`).test(n)), `${part} with its minutes in ${JSON.stringify(all)}`);
    }
    assert.ok(all.some((n) => /^\d+(\.\d)? 分钟 · 开场$/.test(n)), 'the opening is a part of its own');
    const title = symbols.find((s) => s.name.endsWith('在全市安全生产工作会议上的讲话'))!;
    assert.equal(title.detail, '216 字');
    // The Outline view in the screenshot, with no Problems panel or notification over the draft.
    for (const c of ['workbench.action.closePanel', 'notifications.clearAll', 'outline.focus']) await vscode.commands.executeCommand(c);
    await captureWorkbench('structure-outline');
  });

  it("the status bar shows the current part's time beside the whole", async () => {
    const api = await readyApi();
    const editor = await openDraft(DRAFT);
    await statusOf(api, editor.document, (s) => s.parts.length > 0);
    // The workspace's messageLanguage is zh: the status bar speaks Chinese in this English VS Code.
    editor.selection = new vscode.Selection(18, 3, 18, 3);
    await until(() => api.statusBarText().includes('本部分约 0.2 分钟 / 全文约 1.2/5 分钟'), `二、's 0.2 minutes in "${api.statusBarText()}"`);
    editor.selection = new vscode.Selection(12, 0, 12, 0);
    await until(() => api.statusBarText().includes('本部分约 0.4 分钟 / 全文约 1.2/5 分钟'), `一、's 0.4 minutes in "${api.statusBarText()}"`);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await until(() => api.statusBarText().includes('约 1.2/5 分钟') && !api.statusBarText().includes('本部分'), `the whole only, on the intent card, in "${api.statusBarText()}"`);
  });

  it('the review shows a chart of minutes per part against the plan, exported as SVG and PNG', async () => {
    const api = await readyApi();
    const editor = await openDraft(DRAFT);
    await diagnosticOf(editor.document, 'announced-count', '三点意见');
    await vscode.commands.executeCommand('speechDraft.showReview');
    const review = await until(() => api.lastReview(), 'the review');
    assert.deepEqual(review.chart?.parts.map((p) => p.label), ['开场', '一、充分认识安全生产的重要性', '二、压实安全生产责任', '三、狠抓隐患排查整治', '四、加强应急管理']);
    assert.equal(review.chart?.planned?.label, '计划 5 分钟');
    await captureWorkbench('structure-chart');
    const svg = workspaceFile(`chart-${Date.now()}.svg`);
    assert.ok(await vscode.commands.executeCommand('speechDraft.exportChart', svg));
    const svgText = Buffer.from(await vscode.workspace.fs.readFile(svg)).toString('utf8');
    assert.match(svgText, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.ok(svgText.includes('四、加强应急管理') && svgText.includes('计划 5 分钟'));
    const png = workspaceFile(`chart-${Date.now()}.png`);
    assert.ok(await vscode.commands.executeCommand('speechDraft.exportChart', png), 'the PNG was drawn and saved');
    const bytes = Buffer.from(await vscode.workspace.fs.readFile(png));
    assert.equal(bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'a PNG file');
    assert.ok(bytes.length > 2000, `${bytes.length} bytes`);
  });
});

describe('drafting notes (起草说明)', function () {
  this.timeout(90_000);
  before(() => readyApi());
  afterEach(() => closeAll());

  const NOTES = (name: string) => name.replace(/\.md$/, '.起草说明.md');

  it('one keystroke moves a personal opinion to the notes file, and one undo brings it back in both files', async () => {
    const original = '# 讲话\n\n## 一、压实责任\n\n要压实各级责任。我个人认为，这项工作应当交给应急局牵头。各部门要密切配合。\n';
    const editor = await openDraft(original);
    const d = await diagnosticOf(editor.document, 'personal-view', '我个人认为，');
    editor.selection = new vscode.Selection(d.range.start.translate(0, 1), d.range.start.translate(0, 1));
    // What the keyboard shortcut (ctrl+alt+n) runs: the command with no argument.
    assert.ok(await vscode.commands.executeCommand('speechDraft.moveToNotes'));
    assert.equal(editor.document.getText(), '# 讲话\n\n## 一、压实责任\n\n要压实各级责任。各部门要密切配合。\n');
    const notesUri = vscode.Uri.file(NOTES(editor.document.uri.fsPath));
    const notes = await vscode.workspace.openTextDocument(notesUri);
    const name = editor.document.uri.path.replace(/^.*\//, '');
    assert.match(notes.getText(), new RegExp(`^# 起草说明：${name.replace(/\./g, '\\.')}\\n\\n.+\\n\\n## \\d{4}-\\d{2}-\\d{2} · 第 5 行 · 一、压实责任\\n\\n> 我个人认为，这项工作应当交给应急局牵头。\\n\\n移出原因：个人观点（私货）\\n$`));
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
    assert.equal(notes.getText(), '', 'the note is taken back out');
    for (const deadline = Date.now() + 10_000; await exists(notesUri); await new Promise((r) => setTimeout(r, 100))) {
      assert.ok(Date.now() < deadline, 'the notes file, which the move created, is gone again');
    }
  });

  it('a second note goes below the first; undo takes back only the last move, in both files', async () => {
    const original = '同志们：\n\n笔者认为，这项工作要抓紧。\n我觉得应当由应急局牵头。\n';
    const editor = await openDraft(original, 'txt');
    const first = await diagnosticOf(editor.document, 'author-pronoun', '笔者');
    const move = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, first.range)).find((a) => a.command?.command === 'speechDraft.moveToNotes');
    assert.equal(move?.title, '移到起草说明（作为参谋意见另附，不在讲话中讲）');
    assert.ok(await vscode.commands.executeCommand(move!.command!.command, ...move!.command!.arguments!));
    assert.equal(editor.document.getText(), '同志们：\n\n我觉得应当由应急局牵头。\n');
    const notesUri = vscode.Uri.file(editor.document.uri.fsPath.replace(/\.txt$/, '.起草说明.md'));
    const afterFirst = (await vscode.workspace.openTextDocument(notesUri)).getText();
    const second = await diagnosticOf(editor.document, 'first-person-opinion', '我觉得');
    editor.selection = new vscode.Selection(second.range.start, second.range.start);
    assert.ok(await vscode.commands.executeCommand('speechDraft.moveToNotes'));
    assert.equal(editor.document.getText(), '同志们：\n\n');
    const notes = await vscode.workspace.openTextDocument(notesUri);
    assert.ok(notes.getText().startsWith(afterFirst), 'the first note stays where it was');
    assert.match(notes.getText().slice(afterFirst.length), /^\n## \d{4}-\d{2}-\d{2} · 第 3 行\n\n> 我觉得应当由应急局牵头。\n/);
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), '同志们：\n\n我觉得应当由应急局牵头。\n');
    assert.equal(notes.getText(), afterFirst);
  });

  it('the notes file is not checked as a speech, and a command opens it beside the draft', async () => {
    const api = await readyApi();
    const editor = await openDraft('笔者认为，这项工作要抓紧。\n');
    const d = await diagnosticOf(editor.document, 'author-pronoun', '笔者');
    editor.selection = new vscode.Selection(d.range.start, d.range.start);
    assert.ok(await vscode.commands.executeCommand('speechDraft.moveToNotes'));
    await vscode.workspace.saveAll();
    await vscode.commands.executeCommand('speechDraft.openNotes');
    const notes = await until(() => vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith('.起草说明.md')), 'the notes beside the draft');
    assert.notEqual(notes.viewColumn, editor.viewColumn);
    assert.match(notes.document.getText(), /> 笔者认为，这项工作要抓紧。/);
    await statusOf(api, notes.document, (s) => s.coverage === 'notes');
    assert.deepEqual(ourDiagnostics(notes.document.uri), [], 'the drafter’s own words in the notes are not findings');
  });
});

const exists = (uri: vscode.Uri): Thenable<boolean> => vscode.workspace.fs.stat(uri).then(() => true, () => false);
