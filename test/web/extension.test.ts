// The extension as a web extension in a real VS Code for the Web (code-server's workbench, the
// extension host in a Web Worker): no Node here, the language server in a Worker of its own, the
// segmenter's files read from the extension's folder. The runner put the sample draft and the
// packaged CLI's findings for it (expected-findings.json) into the workspace.
import * as vscode from 'vscode';

const EXTENSION_ID = 'speech-draft.speech-draft';
const SOURCE = '讲稿助手';

interface Api {
  whenReady(): Promise<void>;
  outputLines(): string[];
  statusBarText(): string;
}

interface Place {
  line: number;
  column: number;
  message: string;
}

interface Expected extends Place {
  ruleId: string;
  /** The finding's other places: each is a hint of its own in the editor, its message with the finding's line added. */
  related: Place[];
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Asks the runner for test-artifacts/<name>.png of the workbench now; this host cannot see the runner's answer file, so it waits as long as a screenshot takes. */
async function screenshot(name: string): Promise<void> {
  console.log(`[speech-draft:screenshot] ${name}`);
  await new Promise((resolve) => setTimeout(resolve, 3000));
}

const inWorkspace = (name: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);

function diagnosticsOf(uri: vscode.Uri, count: number): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const done = () => ours(uri).length >= count;
    const timer = setTimeout(() => reject(new Error(`${ours(uri).length} of ${count} diagnostics within 45 s`)), 45_000);
    const listener = vscode.languages.onDidChangeDiagnostics(() => {
      if (!done()) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(ours(uri));
    });
    if (done()) {
      clearTimeout(timer);
      listener.dispose();
      resolve(ours(uri));
    }
  });
}

describe('web: the extension in VS Code for the Web', () => {
  let api: Api;

  before(async () => {
    const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    check(extension, `${EXTENSION_ID} is installed`);
    api = await extension.activate();
    await api.whenReady();
  });

  it('runs in the web extension host, with no Node, and its language server in a Web Worker', () => {
    check(typeof (globalThis as { process?: unknown }).process === 'undefined', 'no Node process object in the web extension host');
    check(vscode.env.uiKind === vscode.UIKind.Web, 'the workbench is VS Code for the Web');
    const started = api.outputLines().find((l) => l.includes('已启动'));
    check(started?.includes('浏览器中的 Web Worker'), `the server says it runs in a browser Worker: ${started}`);
  });

  it('checks the sample draft exactly as the packaged CLI does', async () => {
    const expected = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(inWorkspace('expected-findings.json')))) as Expected[];
    check(expected.length >= 10, `the CLI found ${expected.length} problems`);
    const draft = inWorkspace('draft-safety-meeting.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft));
    const relatedPlaces = expected.flatMap((f) => f.related.map((r) => ({ ...r, ruleId: f.ruleId })));
    const found = await diagnosticsOf(draft, expected.length + relatedPlaces.length);
    const place = (id: unknown, line: number, column: number, message: string) => `${String(id)} ${line}:${column} ${message}`;
    const got = found.map((d) => {
      const [id, line, column] = [typeof d.code === 'object' ? d.code.value : d.code, d.range.start.line + 1, d.range.start.character + 1];
      const related = d.severity === vscode.DiagnosticSeverity.Hint && d.relatedInformation?.length ? relatedPlaces.find((r) => r.ruleId === id && r.line === line && r.column === column && d.message.startsWith(r.message)) : undefined;
      return place(id, line, column, related ? `related: ${related.message}` : d.message);
    });
    const want = expected.flatMap((f) => [place(f.ruleId, f.line, f.column, f.message), ...f.related.map((r) => place(f.ruleId, r.line, r.column, `related: ${r.message}`))]);
    check(JSON.stringify(got) === JSON.stringify(want), `diagnostics differ from the CLI's findings:\n${got.join('\n')}\n--- CLI:\n${want.join('\n')}`);
    check(/\d+ 处问题/.test(api.statusBarText()), `the status bar counts the findings: ${api.statusBarText()}`);
    await screenshot('workbench-web');
  });

  it('exports the draft as a Word speech and reviews that .docx, all in the browser', async () => {
    const draft = inWorkspace('draft-safety-meeting.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft));
    const written = await vscode.commands.executeCommand<vscode.Uri>('speechDraft.exportDocx', undefined, { overwrite: true });
    check(written?.path.endsWith('/draft-safety-meeting.docx'), `wrote ${written?.toString()}`);
    const bytes = await vscode.workspace.fs.readFile(written);
    check(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes.length > 5000, 'a .docx (a ZIP file) of some size');
    const review = await vscode.commands.executeCommand<vscode.TextDocument>('speechDraft.reviewDocx', written);
    check(review?.uri.scheme === 'speech-draft-docx', `the review opened: ${review?.uri.toString()}`);
    check(review.getText().startsWith('在全市安全生产工作会议上的讲话\n同志们：'), `the speech's paragraphs, title first: ${review.getText().slice(0, 40)}`);
    const found = await diagnosticsOf(review.uri, 1);
    check(found.some((d) => review.getText(d.range) === '笔者'), '笔者 is marked in the review');
  });

  it('says once that a user dictionary cannot be read in a browser, and goes on checking', async () => {
    await vscode.workspace.getConfiguration('speechDraft').update('userDictionary', 'my.dict.utf8', vscode.ConfigurationTarget.Workspace);
    const deadline = Date.now() + 20_000;
    while (!api.outputLines().some((l) => l.includes('userDictionary') && l.includes('浏览器')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    check(api.outputLines().some((l) => l.includes('在浏览器中运行时不能读取本机文件，设置 userDictionary 已忽略')), 'the log names the ignored setting');
    await vscode.workspace.getConfiguration('speechDraft').update('userDictionary', undefined, vscode.ConfigurationTarget.Workspace);
  });
});
