// What issue 11 found a new drafter running into, each as the drafter meets it in a real VS Code:
// a review that follows the draft, untitled drafts, large documents, the output channel, pinyin
// snippets as typed in Markdown, rule links, hovers, the intent card, snippet blanks and the rule picker.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { captureWorkbench } from './support/workbenchScreenshot';
import { closeAll, diagnosticOf, openDraft, readyApi, statusOf, until, withSetting } from './support/editing';
import { ourDiagnostics, ruleId, waitForDiagnostics } from './support/extension';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const marks = (document: vscode.TextDocument) => ourDiagnostics(document.uri).map((d) => `${ruleId(d)}:${document.getText(d.range)}`);

describe('drafting: nothing stale, nothing silent', function () {
  this.timeout(90_000);
  before(() => readyApi());
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await closeAll();
  });

  it('the review summary follows the draft while it is open: counts and places after an edit', async () => {
    const api = await readyApi();
    const editor = await openDraft('同志们：\n\n笔者认为,安全生产是发展的底线.\n');
    await diagnosticOf(editor.document, 'half-width-punctuation', '.');
    await vscode.commands.executeCommand('speechDraft.showReview');
    await until(() => api.lastReview()?.total === '共 3 处问题', 'the first review');
    await vscode.window.showTextDocument(editor.document);
    await editor.edit((e) => e.insert(new vscode.Position(2, 0), '据说'));
    const review = await until(() => (api.lastReview()?.total === '共 4 处问题' ? api.lastReview() : undefined), `a refreshed review, shown: ${api.lastReview()?.total}`);
    const places = review.groups.flatMap((g) => g.findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`));
    assert.deepEqual(places, ['author-pronoun@3:3', 'hearsay@3:1', 'half-width-punctuation@3:7', 'half-width-punctuation@3:18']);
    await editor.edit((e) => e.replace(new vscode.Range(2, 0, 2, 4), ''));
    await until(() => api.lastReview()?.total === '共 2 处问题', 'the review after deleting 据说笔者');
  });

  it('an untitled draft stays checked when VS Code detects another language (【…】 → Ini); without Chinese it shows no figures', async () => {
    const api = await readyApi();
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '【会议】笔者认为，这项工作要抓紧。' });
    await vscode.window.showTextDocument(document);
    await diagnosticOf(document, 'author-pronoun', '笔者');
    const ini = await vscode.languages.setTextDocumentLanguage(document, 'ini');
    await vscode.window.showTextDocument(ini);
    await diagnosticOf(ini, 'author-pronoun', '笔者');
    await until(() => /处问题/.test(api.statusBarText()), 'figures for the Ini draft');
    const plain = await vscode.workspace.openTextDocument({ language: 'ini', content: '[section]\nkey=value\n' });
    await vscode.window.showTextDocument(plain);
    await statusOf(api, plain, (s) => s.coverage === 'ignored');
    await until(() => api.statusBarText() === '', `no figures for an untitled INI file, got "${api.statusBarText()}"`);
    // Untitled documents would ask where to save them.
    for (const doc of [plain, ini]) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('a file switched to a language that is not checked loses its marks and its figures at once', async () => {
    const api = await readyApi();
    const editor = await openDraft('笔者认为，这项工作要抓紧。\n');
    await diagnosticOf(editor.document, 'author-pronoun', '笔者');
    await until(() => /处问题/.test(api.statusBarText()), 'figures');
    const json = await vscode.languages.setTextDocumentLanguage(editor.document, 'json');
    await vscode.window.showTextDocument(json);
    await waitForDiagnostics(json.uri, (all) => all.length === 0);
    await until(() => api.statusBarText() === '', `no stale figures, got "${api.statusBarText()}"`);
  });

  it('above maxDocumentChars an information diagnostic on the first line and the status bar say what was checked', async () => {
    const api = await readyApi();
    await withSetting('maxDocumentChars', 1000, async () => {
      const editor = await openDraft('笔者认为这项工作很重要。\n' + '这是一行没有问题的正文内容，用于撑大文档。\n'.repeat(100));
      const [note] = await waitForDiagnostics(editor.document.uri, (all) => all.some((d) => d.severity === vscode.DiagnosticSeverity.Information && d.range.start.line === 0 && /只检查了/.test(d.message)));
      assert.match(note.message, /文档超过 1000 字符（speechDraft\.maxDocumentChars），只检查了(可见部分|开头)/);
      await diagnosticOf(editor.document, 'author-pronoun', '笔者');
      await until(() => /仅检查(可见部分|开头部分)/.test(api.statusBarText()), `the status bar, got "${api.statusBarText()}"`);
    });
  });

  it('the "讲稿助手 Speech Draft" output channel logs the version, the segmenter load time, settings problems and each check', async () => {
    const api = await readyApi();
    const log = () => api.outputLines().join('\n');
    assert.match(log(), /讲稿助手 0\.1\.0，VS Code 1\.\d+\.\d+（界面语言 en），提示语言：中文。/);
    assert.match(log(), /讲稿助手语言服务器 0\.1\.0 已启动（Node v\d+/);
    assert.match(log(), /分词词典（jieba）加载用时 \d+ 毫秒/);
    const editor = await openDraft('笔者认为，这项工作要抓紧。\n');
    await diagnosticOf(editor.document, 'author-pronoun', '笔者');
    const name = editor.document.uri.path.replace(/^.*\//, '');
    await until(() => new RegExp(`检查 ${name}（第 1 版）：14 字符，1 处问题，用时 [\\d.]+ 毫秒`).test(log()), `the check in the log:\n${log().slice(-600)}`);
    await withSetting('speakingRate', 'fast', async () => {
      await until(() => /\[warning\] 讲稿助手设置：speakingRate 应为 60～400 之间的数字/.test(log()), 'the settings problem in the log');
    });
  });

  it('typing a pinyin prefix (tzm) in a Markdown draft offers the snippet as you type', async () => {
    const editor = await openDraft('');
    // Typing goes to the editor the way a user types: with the keyboard focus in it, not in a panel.
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await pause(300);
    // Key by key, as a user types: each keystroke refilters the list that popped up.
    for (const key of 'tzm') {
      await vscode.commands.executeCommand('type', { text: key });
      await pause(150);
    }
    // Accepting does something only once the list has popped up by itself.
    for (const deadline = Date.now() + 10_000; editor.document.getText() !== '同志们：' && Date.now() < deadline; ) {
      await pause(200);
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
    }
    assert.equal(editor.document.getText(), '同志们：', 'the snippet was offered as tzm was typed, and accepted');
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).get('wordBasedSuggestions'), 'off', 'no word suggestions popping up over Chinese prose');
  });

  it("a rule's link opens its documentation read-only at its section, and the extension's own docs are never checked", async () => {
    const api = await readyApi();
    const editor = await openDraft('据说这项工作要抓紧。\n');
    const d = await diagnosticOf(editor.document, 'hearsay', '据说');
    const target = (d.code as { target: vscode.Uri }).target;
    assert.equal(target.scheme, 'command');
    assert.equal(target.path, 'speechDraft.showRuleDoc');
    // What VS Code does when the link in the Problems panel or the hover is clicked.
    await vscode.commands.executeCommand(target.path, ...(JSON.parse(decodeURIComponent(target.query)) as unknown[]));
    const tab = await until(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === '讲稿助手规则说明'), 'the rule docs tab');
    assert.ok(tab);
    assert.equal(api.shownRuleDoc(), 'hearsay');
    assert.ok(!vscode.workspace.textDocuments.some((doc) => doc.uri.path.endsWith('/docs/rules.md')), 'docs/rules.md was not opened as text');
    await captureWorkbench('rule-doc');
    const own = vscode.Uri.joinPath(vscode.extensions.getExtension('speech-draft.speech-draft')!.extensionUri, 'docs', 'rules.md');
    const rulesDoc = await vscode.workspace.openTextDocument(own);
    await vscode.window.showTextDocument(rulesDoc);
    await statusOf(api, rulesDoc, (s) => s.coverage === 'ignored');
    assert.deepEqual(ourDiagnostics(own), []);
    assert.equal(api.statusBarText(), '');
  });

  it('the hover explains without repeating the message; in English with ASCII colons', async () => {
    const editor = await openDraft('笔者认为，这项工作要抓紧。\n');
    const d = await diagnosticOf(editor.document, 'author-pronoun', '笔者');
    const hoverText = async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, d.range.start.translate(0, 1));
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    };
    const zh = await hoverText();
    assert.ok(!zh.includes(d.message.slice(0, 15)), zh);
    assert.match(zh, /\[规则说明\]\(command:speechDraft\.showRuleDoc/);
    await withSetting('messageLanguage', 'en', async () => {
      await waitForDiagnostics(editor.document.uri, (all) => all.some((x) => x.message.startsWith('"笔者"')));
      const en = await hoverText();
      assert.match(en, /\*\*Author's self-reference\*\*[\s\S]*\nWhy: [\s\S]*\nExample: ✗ /);
      assert.ok(!/(Why|Example)：/.test(en), en);
    });
  });

  it('after the intent card the last tab stop is below it: typing goes under the card, not glued to the title', async () => {
    const editor = await openDraft('# 在全市安全生产工作会议上的讲话\n\n同志们：\n');
    await vscode.commands.executeCommand('speechDraft.insertIntentCard');
    for (let i = 0; i < 8; i++) await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    await vscode.commands.executeCommand('type', { text: '各位' });
    const lines = editor.document.getText().split('\n');
    const close = lines.indexOf('---', 1);
    assert.deepEqual(lines.slice(close, close + 3), ['---', '各位', '# 在全市安全生产工作会议上的讲话']);
  });

  it('every blank of an inserted card and phrasing is flagged as not filled in; key-point-missing is not "overstepping" in the review', async () => {
    const api = await readyApi();
    const editor = await openDraft('\n');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: '开场｜这次会议的主要任务是：传达学习××精神，总结××工作，部署××任务。' });
    await waitForDiagnostics(editor.document.uri, (all) => all.filter((d) => ruleId(d) === 'placeholder').length === 3);
    assert.deepEqual(marks(editor.document), ['placeholder:××', 'placeholder:××', 'placeholder:××']);
    await vscode.commands.executeCommand('speechDraft.insertIntentCard');
    const card = await waitForDiagnostics(editor.document.uri, (all) => all.filter((d) => /还没有填写/.test(d.message)).length === 5);
    assert.deepEqual(card.filter((d) => /还没有填写/.test(d.message)).map((d) => editor.document.getText(d.range)), ['全市××工作会议', '部署××工作', '××', '××', '××（职务）']);
    assert.equal(editor.document.lineAt(6).text, '  - ××');
    await editor.edit((e) => e.replace(new vscode.Range(6, 4, 6, 6), '做好应急值守'));
    await diagnosticOf(editor.document, 'key-point-missing', '做好应急值守');
    await vscode.commands.executeCommand('speechDraft.showReview');
    const review = await until(() => api.lastReview(), 'the review');
    const group = review.groups.find((g) => g.findings.some((f) => f.ruleId === 'key-point-missing'));
    assert.equal(group?.name, '对照意图卡（篇幅、要点、称呼、讲话人）');
  });

  it('the rule picker finds a rule by its Chinese name and switches it off, and on again', async () => {
    const editor = await openDraft('据说这项工作要抓紧。\n');
    await diagnosticOf(editor.document, 'hearsay', '据说');
    await withSetting('rules', undefined, async () => {
      const toggle = async () => {
        void vscode.commands.executeCommand('speechDraft.pickRules', { query: '道听途说' });
        await pause(800);
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        await pause(300);
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      };
      await toggle();
      await until(() => vscode.workspace.getConfiguration('speechDraft').get<Record<string, string>>('rules')?.hearsay === 'off', 'hearsay off in the settings');
      await waitForDiagnostics(editor.document.uri, (all) => !all.some((d) => ruleId(d) === 'hearsay'));
      await toggle();
      await until(() => vscode.workspace.getConfiguration('speechDraft').inspect('rules')?.workspaceValue === undefined, 'the setting removed again');
      await diagnosticOf(editor.document, 'hearsay', '据说');
    });
  });
});

