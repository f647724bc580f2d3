// Chinese first in an English VS Code (code-server's display language is English): findings,
// hovers, quick fixes, the status bar and the extension's strings are Chinese by default,
// speechDraft.messageLanguage governs them all, and every command and setting is found by its
// Chinese name and its English words.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { captureWorkbench } from './support/workbenchScreenshot';
import { workbenchTexts } from './support/workbenchDom';
import { closeAll, codeActions, diagnosticOf, openDraft, readyApi, until, withSetting } from './support/editing';
import { ruleId, waitForDiagnostics } from './support/extension';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The rows the command palette lists for `query`, as the user sees them. */
async function paletteRows(query: string): Promise<string[]> {
  void vscode.commands.executeCommand('workbench.action.quickOpen', `>${query}`);
  let rows: string[] = [];
  // The palette fills in as it opens: read it until it holds still.
  for (let i = 0, last = ''; i < 20; i++) {
    await pause(250);
    rows = (await workbenchTexts('.quick-input-list .monaco-list-row .label-name')) ?? [];
    if (rows.length > 0 && rows.join('|') === last) break;
    last = rows.join('|');
  }
  return rows;
}

/** The quick fixes for a diagnostic (the editor's own "Insert bold text" snippets and the like left out). */
async function ours(document: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return (await codeActions(document, d.range)).filter((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind));
}

/**
 * What the settings editor shows for `query`: its count ("11 Settings Found") and the labels of
 * the settings on screen (e.g. "Speech Draft: Speaking Rate"; the list renders only what fits).
 */
async function settingsFound(query: string): Promise<{ count: string; labels: string[] }> {
  await vscode.commands.executeCommand('workbench.action.openSettings', query);
  let found = { count: '', labels: [] as string[] };
  for (let i = 0, last = ''; i < 20; i++) {
    await pause(300);
    const count = (await workbenchTexts('.settings-editor .settings-count-widget'))?.join('') ?? '';
    found = { count, labels: (await workbenchTexts('.settings-editor .setting-item-contents .setting-item-title')) ?? [] };
    if (count && JSON.stringify(found) === last) break;
    last = JSON.stringify(found);
  }
  return found;
}

describe('Chinese first, in an English VS Code', function () {
  this.timeout(90_000);
  before(() => readyApi());
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await closeAll();
  });

  it('the display language is English and messageLanguage is left at its default', () => {
    assert.equal(vscode.env.language, 'en');
    assert.equal(vscode.workspace.getConfiguration('speechDraft').inspect('messageLanguage')?.workspaceValue, undefined);
    assert.equal(vscode.workspace.getConfiguration('speechDraft').get('messageLanguage'), 'zh');
  });

  it('findings, hovers, quick-fix titles (with the rule\'s Chinese name) and the status bar are Chinese', async () => {
    const api = await readyApi();
    const editor = await openDraft('同志们：\n\n笔者认为，这项工作要抓紧。\n');
    const d = await diagnosticOf(editor.document, 'author-pronoun', '笔者');
    assert.match(d.message, /^“笔者”“编者”是文章作者的自称/);
    const titles = (await ours(editor.document, d)).map((a) => a.title);
    assert.deepEqual(titles.slice(0, 3), ['改为“我”', '移到起草说明（作为参谋意见另附，不在讲话中讲）', '本行不再检查“作者自称”']);
    assert.ok(titles.includes('关闭“作者自称”规则（工作区设置）') && titles.includes('允许使用“笔者”（加入 speechDraft.allowWords）'), titles.join(' | '));
    assert.ok(titles.every((title) => /[\u4e00-\u9fff]/.test(title)), titles.join(' | '));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, d.range.start.translate(0, 1));
    const hover = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hover, /\*\*作者自称\*\*[\s\S]*为什么：/);
    const status = await until(() => (/处问题/.test(api.statusBarText()) ? api.statusBarText() : undefined), 'a Chinese status bar');
    assert.match(status, /^\$\(mic\) 14 字 · 约 [\d.]+ 分钟 · 1 处问题$/);
    const shown = await workbenchTexts('.statusbar-item');
    if (shown) assert.ok(shown.some((text) => /14 字 · 约 [\d.]+ 分钟 · 1 处问题/.test(text)), `the workbench's status bar shows it: ${JSON.stringify(shown)}`);
    await captureWorkbench('status-bar-chinese');
  });

  it('messageLanguage "en" turns findings, quick fixes and the status bar to English; English messages quote what was typed', async () => {
    const api = await readyApi();
    const editor = await openDraft('小编认为，这项工作要抓紧。\n');
    await withSetting('messageLanguage', 'en', async () => {
      const [d] = await waitForDiagnostics(editor.document.uri, (all) => all.some((x) => ruleId(x) === 'author-pronoun' && x.message.startsWith('"小编"')));
      assert.match(d.message, /^"小编" is an author's self-reference/);
      const titles = (await ours(editor.document, d)).map((a) => a.title);
      assert.ok(titles.includes('Do not check "Author\'s self-reference" on this line'), titles.join(' | '));
      await until(() => /^\$\(mic\) 11 chars · ~[\d.]+ min · 1 finding$/.test(api.statusBarText()), `an English status bar, got "${api.statusBarText()}"`);
    });
    await until(() => api.statusBarText().includes('1 处问题'), 'Chinese again');
  });

  it('the command palette finds every command by its Chinese name and its English words', async () => {
    const expected: [string, RegExp][] = [
      ['讲稿', /^讲稿助手 Speech Draft: /],
      ['意图卡', /插入意图卡 Insert the Intent Card$/],
      ['常用表述', /插入常用表述 Insert a Standard Phrase$/],
      ['审阅', /审阅报告 Review Summary$/],
      ['清理', /清理粘贴文本 Clean Pasted Text$/],
      ['一键修复', /一键修复 Fix All Auto-fixable Problems$/],
      ['开关规则', /开关规则 Turn Rules On or Off$/],
      ['phrase', /Insert a Standard Phrase$/],
      ['intent card', /Insert the Intent Card$/],
      ['speech draft review', /Review Summary$/],
    ];
    for (const [query, row] of expected) {
      const rows = await paletteRows(query);
      assert.ok(rows.some((r) => row.test(r)), `"${query}" lists ${JSON.stringify(rows)}`);
      if (query === '讲稿') {
        const commands = (vscode.extensions.getExtension('speech-draft.speech-draft')!.packageJSON as { contributes: { commands: unknown[] } }).contributes.commands;
        assert.equal(rows.filter((r) => r.startsWith('讲稿助手 Speech Draft: ')).length, commands.length - 1, 'every command but the rule-doc link');
        await captureWorkbench('palette-chinese-query');
      }
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }
  });

  it('the settings editor finds every setting by 讲稿, and each by its Chinese name and English words', async () => {
    const settings = (vscode.extensions.getExtension('speech-draft.speech-draft')!.packageJSON as { contributes: { configuration: { properties: object } } }).contributes.configuration.properties;
    const all = await settingsFound('讲稿');
    assert.equal(all.count, `${Object.keys(settings).length} Settings Found`, JSON.stringify(all));
    assert.ok(all.labels.length > 0 && all.labels.every((label) => label.startsWith('Speech Draft: ')), JSON.stringify(all));
    await captureWorkbench('settings-chinese-query');
    for (const [query, label] of [['语速', 'Speaking Rate'], ['speaking rate', 'Speaking Rate'], ['提示语言', 'Message Language'], ['逐条开关规则', 'Rules'], ['大文档', 'Max Document Chars']]) {
      const found = await settingsFound(query);
      assert.ok(found.labels.includes(`Speech Draft: ${label}`), `"${query}" finds ${JSON.stringify(found)}`);
    }
  });
});
