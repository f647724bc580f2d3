// What a drafter sees and does in a real VS Code: marks while typing, quick fixes with undo,
// fix-all, disable comments, snippets, the phrase picker, the intent card, the status bar,
// hovers, the review, cleaning pasted text and settings.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ourDiagnostics, ruleId, waitForDiagnostics, workspaceFile } from './support/extension';
import { captureWorkbench } from './support/workbenchScreenshot';
import { closeAll, codeActions, diagnosticOf, openDraft, readyApi, statusOf, until, withSetting } from './support/editing';

describe('features: what a drafter sees', function () {
  this.timeout(90_000);
  before(() => readyApi());
  afterEach(() => closeAll());

  it('typing a drift phrase marks exactly its characters', async () => {
    const editor = await openDraft('同志们：\n\n');
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    await vscode.commands.executeCommand('type', { text: '笔者认为，这项工作要抓紧。' });
    const d = await diagnosticOf(editor.document, 'author-pronoun', '笔者');
    assert.ok(d.range.isEqual(new vscode.Range(2, 0, 2, 2)));
    assert.equal(d.source, '讲稿助手');
    const code = d.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'author-pronoun');
    assert.equal(code.target.scheme, 'command', 'the link opens the rule docs read-only, not docs/rules.md');
  });

  it("the leader's own voice (我代表…, 我们要…, 同志们) draws no finding", async () => {
    const api = await readyApi();
    const document = await vscode.workspace.openTextDocument(workspaceFile('leader-voice.md'));
    await vscode.window.showTextDocument(document);
    await statusOf(api, document);
    assert.deepEqual(ourDiagnostics(document.uri).map((d) => `${ruleId(d)}: ${document.getText(d.range)}`), []);
  });

  it("a quick fix replaces exactly the finding's text, and one undo restores it", async () => {
    const original = '同志们：\n\n笔者认为，这项工作要抓紧。\n';
    const editor = await openDraft(original);
    const d = await diagnosticOf(editor.document, 'author-pronoun', '笔者');
    const fix = (await codeActions(editor.document, d.range)).find((a) => a.isPreferred && a.edit);
    assert.ok(fix, 'a preferred fix is offered');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(editor.document.getText(), '同志们：\n\n我认为，这项工作要抓紧。\n');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  it('fix-all (command and source.fixAll.speechDraft) applies the safe fixes in one undo step and leaves voice fixes to the drafter', async () => {
    const original = '同志们：\n\n笔者认为,安全生产是发展的底线.\n';
    const editor = await openDraft(original);
    await diagnosticOf(editor.document, 'half-width-punctuation', '.');
    const [action] = await codeActions(editor.document, new vscode.Range(0, 0, 3, 0), 'source.fixAll.speechDraft');
    assert.equal(action?.kind?.value, 'source.fixAll.speechDraft');
    await vscode.commands.executeCommand('speechDraft.fixAll');
    assert.equal(editor.document.getText(), '同志们：\n\n笔者认为，安全生产是发展的底线。\n');
    const d = await diagnosticOf(editor.document, 'author-pronoun', '笔者');
    assert.ok((await codeActions(editor.document, d.range)).some((a) => a.isPreferred && a.title.includes('我')), 'the voice fix is still a quick fix');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  it('fix-all never turns a rumour into a fact: the hedges, the opinion and the sentence with the rumour stay as typed', async () => {
    const rumour = '听说下一步可能要调整分管,我个人觉得,他好像不太行.';
    const editor = await openDraft(`${rumour}\n\n全市经济平稳增长,就业形势总体稳定.\n`);
    await diagnosticOf(editor.document, 'personnel-rumour', '要调整');
    await vscode.commands.executeCommand('speechDraft.fixAll');
    assert.equal(editor.document.getText(), `${rumour}\n\n全市经济平稳增长，就业形势总体稳定。\n`);
  });

  it('"disable this rule for this line" puts the comment at the end of the line and the mark goes', async () => {
    const editor = await openDraft('# 讲话\n\n笔者认为，这项工作要抓紧。\n');
    const d = await diagnosticOf(editor.document, 'author-pronoun', '笔者');
    const disable = (await codeActions(editor.document, d.range)).find((a) => a.edit && a.title === '本行不再检查“作者自称”');
    assert.ok(disable, 'the disable action is offered');
    assert.ok(await vscode.workspace.applyEdit(disable.edit!));
    assert.equal(editor.document.lineAt(2).text, '笔者认为，这项工作要抓紧。 <!-- speech-draft-disable-line author-pronoun -->');
    await waitForDiagnostics(editor.document.uri, (all) => !all.some((x) => ruleId(x) === 'author-pronoun'));
  });

  it('a contributed snippet inserts its phrasing with the first name selected for typing', async () => {
    const editor = await openDraft('');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: '称谓｜尊敬的××（职务），各位领导、各位来宾，同志们、朋友们：' });
    assert.equal(editor.document.getText(), '尊敬的××（职务），各位领导、各位来宾，同志们、朋友们：');
    assert.equal(editor.document.getText(editor.selection), '××');
  });

  it('the phrase picker inserts the chosen phrasing at the cursor', async () => {
    const editor = await openDraft('开头。\n');
    editor.selection = new vscode.Selection(1, 0, 1, 0);
    const picking = vscode.commands.executeCommand('speechDraft.insertPhrase');
    await new Promise((resolve) => setTimeout(resolve, 800));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await picking;
    assert.equal(editor.document.getText(), '开头。\n同志们：');
  });

  it('the phrase picker finds a phrasing by its pinyin initials', async () => {
    const editor = await openDraft('');
    const picking = vscode.commands.executeCommand('speechDraft.insertPhrase', { query: 'xmwtjdyq' });
    await new Promise((resolve) => setTimeout(resolve, 800));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await picking;
    assert.equal(editor.document.getText(), '下面，我提几点要求。');
    assert.equal(editor.document.getText(editor.selection), '几', 'the number is selected for typing');
  });

  it('the intent card command inserts a card with tab stops, and the status bar shows target against estimate', async () => {
    const api = await readyApi();
    const editor = await openDraft('同志们：\n\n今天召开全市安全生产工作会议。\n');
    await vscode.commands.executeCommand('speechDraft.insertIntentCard');
    const text = editor.document.getText();
    assert.match(text, /^---\n场合: 全市××工作会议\n听众: .+\n时长（分钟）: 20\n目的: .+\n要点:\n {2}- ××\n {2}- ××\n语气: 肯定为主\n讲话人: .+\n---\n\n同志们：/);
    assert.equal(editor.document.getText(editor.selection), '全市××工作会议', 'the first field is selected for typing');
    await statusOf(api, editor.document, (s) => s.targetMinutes === 20);
    await until(() => /\/20 min|\/20 分钟/.test(api.statusBarText()), 'the planned 20 minutes in the status bar');
  });

  it('the status bar counts Chinese characters only and follows speechDraft.speakingRate', async () => {
    const api = await readyApi();
    // 180 Chinese characters of prose plus markup, punctuation and a code block that do not count.
    const sentence = '我们要坚持稳中求进工作总基调扎实做好各项工作'; // 22 characters
    const body = sentence.repeat(8) + '同志们努力奋斗'.slice(0, 4); // 180
    const editor = await openDraft(`# ${'一二'}\n\n**${body}**。\n\n\`\`\`\ncode 代码\n\`\`\`\n`);
    const status = await statusOf(api, editor.document);
    assert.equal(status.characters, 182, 'heading 2 + body 180; markup, punctuation and code excluded');
    await until(() => api.statusBarText().includes('182 字') && api.statusBarText().includes('约 1 分钟'), `"182 字 · 约 1 分钟" in "${api.statusBarText()}"`);
    await withSetting('speakingRate', 91, async () => {
      await until(() => api.statusBarText().includes('约 2 分钟'), `"约 2 分钟" at 91 characters a minute, got "${api.statusBarText()}"`);
    });
  });

  it('turning a rule off in the settings removes its marks at once, and they come back', async () => {
    const editor = await openDraft('笔者认为，这项工作要抓紧。\n');
    await diagnosticOf(editor.document, 'author-pronoun', '笔者');
    await withSetting('rules', { 'author-pronoun': 'off' }, async () => {
      await waitForDiagnostics(editor.document.uri, (all) => !all.some((d) => ruleId(d) === 'author-pronoun'));
    });
    await diagnosticOf(editor.document, 'author-pronoun', '笔者');
  });

  it('speechDraft.enable=false clears the marks and says so in the status bar', async () => {
    const api = await readyApi();
    const editor = await openDraft('笔者认为，这项工作要抓紧。\n');
    await diagnosticOf(editor.document, 'author-pronoun', '笔者');
    await withSetting('enable', false, async () => {
      await waitForDiagnostics(editor.document.uri, (all) => all.length === 0);
      await until(() => /off|停用/.test(api.statusBarText()), 'the status bar saying checking is off');
    });
    await diagnosticOf(editor.document, 'author-pronoun', '笔者');
  });

  it('speechDraft.languages decides which documents are checked', async () => {
    const api = await readyApi();
    const editor = await openDraft('笔者认为，这项工作要抓紧。\n', 'txt');
    await diagnosticOf(editor.document, 'author-pronoun', '笔者');
    await withSetting('languages', ['markdown'], async () => {
      await waitForDiagnostics(editor.document.uri, (all) => all.length === 0);
      await api.whenReady();
      const markdown = await openDraft('笔者认为，这项工作要抓紧。\n');
      await diagnosticOf(markdown.document, 'author-pronoun', '笔者');
      assert.deepEqual(ourDiagnostics(editor.document.uri), []);
    });
    await api.whenReady();
    await diagnosticOf(editor.document, 'author-pronoun', '笔者');
  });

  it('speechDraft.messageLanguage switches the findings between Chinese and English', async () => {
    const api = await readyApi();
    const editor = await openDraft('笔者认为，这项工作要抓紧。\n');
    for (const [language, expected] of [['zh', /讲话稿中由领导讲话/], ['en', /the leader speaks/]] as const) {
      await withSetting('messageLanguage', language, async () => {
        await waitForDiagnostics(editor.document.uri, (all) => all.some((d) => ruleId(d) === 'author-pronoun' && expected.test(d.message)));
      });
      await api.whenReady();
    }
  });

  it('"allow this word" adds it to speechDraft.allowWords and the mark goes', async () => {
    const editor = await openDraft('笔者认为，这项工作要抓紧。\n');
    const d = await diagnosticOf(editor.document, 'author-pronoun', '笔者');
    const allow = (await codeActions(editor.document, d.range)).find((a) => a.command?.command === 'speechDraft.allowWord');
    assert.ok(allow?.command, 'the allow-word action is offered');
    await withSetting('allowWords', undefined, async () => {
      await vscode.commands.executeCommand(allow.command!.command, ...(allow.command!.arguments ?? []));
      assert.deepEqual(vscode.workspace.getConfiguration('speechDraft').get('allowWords'), ['笔者']);
      await waitForDiagnostics(editor.document.uri, (all) => !all.some((x) => ruleId(x) === 'author-pronoun'));
    });
  });

  it('a hover on a mark says why, with a wrong → right example and the rule id', async () => {
    const editor = await openDraft('笔者认为，这项工作要抓紧。\n');
    const d = await diagnosticOf(editor.document, 'author-pronoun', '笔者');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, d.range.start.translate(0, 1));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /为什么：/);
    assert.match(text, /✗ .+ → ✓ /);
    assert.match(text, /author-pronoun/);
  });

  it('clean pasted text removes forum noise and fixes half-width punctuation in one undoable edit', async () => {
    const original = '服务是办公厅、室的天职。 & }5 M+ Y+ n$ _9 D! _; k/ [! Z\n要有从属观念,不能越位.\n';
    const editor = await openDraft(original, 'txt');
    await waitForDiagnostics(editor.document.uri, (all) => all.some((d) => ruleId(d) === 'forum-jammer'));
    await vscode.commands.executeCommand('speechDraft.cleanPastedText');
    assert.equal(editor.document.getText(), '服务是办公厅、室的天职。\n要有从属观念，不能越位。\n');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  it('clean pasted text on the raw forum copy in a .md draft keeps every real paragraph and removes every jammer run', async function () {
    const seed = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'seed');
    if (!fs.existsSync(path.join(seed, 'office-work-guidance.raw.txt'))) this.skip();
    const raw = fs.readFileSync(path.join(seed, 'office-work-guidance.raw.txt'), 'utf8');
    const reference = fs.readFileSync(path.join(seed, 'office-work-guidance.txt'), 'utf8').split(/\n+/).filter((p) => p.trim());
    const editor = await openDraft(raw, 'md');
    await waitForDiagnostics(editor.document.uri, (all) => all.filter((d) => ruleId(d) === 'forum-jammer').length > 20);
    await vscode.commands.executeCommand('speechDraft.cleanPastedText');
    await until(() => editor.document.getText() !== raw || undefined, 'the cleaned text');
    // The reference keeps two half-width full stops that cleaning rightly makes full-width.
    const full = (s: string) => s.replace(/[,;:!?.]/g, (c) => ({ ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '.': '。' })[c]!);
    const cleaned = editor.document.getText();
    for (const paragraph of reference) assert.ok(full(cleaned).includes(full(paragraph)), `lost: ${paragraph.slice(0, 30)}…`);
    assert.ok(cleaned.includes('四是不要使自己介入领导的矛盾之中。'));
    await waitForDiagnostics(editor.document.uri, (all) => !all.some((d) => ruleId(d) === 'forum-jammer'));
  });

  it('clean pasted text on a selection starting inside the intent card leaves the card as typed', async () => {
    const original = '---\n场合: 全市会议,安全生产\n---\n\n要有从属观念,不能越位.\n';
    const editor = await openDraft(original);
    await diagnosticOf(editor.document, 'half-width-punctuation', '.');
    const start = editor.document.positionAt(original.indexOf('会议'));
    editor.selection = new vscode.Selection(start, editor.document.positionAt(original.length));
    await vscode.commands.executeCommand('speechDraft.cleanPastedText');
    await until(() => editor.document.getText() !== original || undefined, 'the cleaned text');
    assert.equal(editor.document.getText(), '---\n场合: 全市会议,安全生产\n---\n\n要有从属观念，不能越位。\n');
  });

  it('the review summary lists findings by category with counts and each place', async () => {
    const api = await readyApi();
    const editor = await openDraft('同志们：\n\n笔者认为,安全生产是发展的底线.\n');
    await diagnosticOf(editor.document, 'half-width-punctuation', '.');
    await vscode.commands.executeCommand('speechDraft.showReview');
    const review = await until(() => api.lastReview(), 'the review');
    assert.equal(review.total, '共 3 处问题');
    assert.deepEqual(review.groups.map((g) => [g.name, g.findings.length]), [['起草人自称与草稿痕迹', 1], ['标点符号', 2]]);
    assert.deepEqual(review.groups[1].findings.map((f) => [f.line, f.column, f.quote]), [[3, 5, ','], [3, 16, '.']]);
    const tab = await until(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview), 'the review tab');
    assert.match(tab.label, /^审阅报告：feature-/);
    await captureWorkbench('review-summary');
  });

  it('a 20,000-character draft is marked on opening (prints the time to first diagnostics)', async () => {
    const sentences = ['我们要坚持稳中求进工作总基调，扎实做好各项工作。', '今年全市地区生产总值增长6.5%左右，城乡居民收入稳步提高。', '各级领导干部要带头深入基层，倾听群众呼声，解决实际问题。', '要压实安全生产责任，开展隐患排查整治，做好应急值守。'];
    const paragraphs = ['# 在全市经济工作会议上的讲话', '同志们：'];
    for (let i = 0; paragraphs.join('\n\n').length < 20_000; i++) {
      paragraphs.push(sentences.map((_, k) => sentences[(i + k) % sentences.length]).join('') + (i % 10 === 5 ? '笔者认为，这一点尤其重要。' : ''));
    }
    const text = paragraphs.join('\n\n') + '\n';
    const uri = workspaceFile(`draft-20k-${Date.now()}.md`);
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
    const started = Date.now();
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const found = await waitForDiagnostics(uri, (all) => all.some((d) => ruleId(d) === 'author-pronoun'));
    console.log(`    ${text.length} characters: first diagnostics ${Date.now() - started} ms after opening`);
    const expected = paragraphs.filter((p) => p.includes('笔者')).length;
    assert.equal(found.filter((d) => ruleId(d) === 'author-pronoun').length, expected);
  });

  it('a crashed checker restarts and checking goes on', async () => {
    const api = await readyApi();
    const pid = api.serverPid();
    assert.ok(pid, 'the server told its process id');
    process.kill(pid, 'SIGKILL');
    await until(() => api.serverPid() !== pid && api.serverPid(), 'a restarted server');
    await api.whenReady();
    const editor = await openDraft('笔者认为，这项工作要抓紧。\n');
    await diagnosticOf(editor.document, 'author-pronoun', '笔者');
  });
});
