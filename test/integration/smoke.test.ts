// The extension starts in a real VS Code and marks a known drift sentence where it is.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { captureWorkbench } from './support/workbenchScreenshot';

const EXTENSION_ID = 'speech-draft.speech-draft';
const DIAGNOSTIC_SOURCE = '讲稿助手';
const READY_TIMEOUT_MS = 45_000;

interface SpeechDraftApi {
  whenReady(): Promise<void>;
  statusBarText(): string;
}

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Resolves with the uri's diagnostics from our source once `accept` holds for them. */
function diagnosticsFor(uri: vscode.Uri, accept: (found: vscode.Diagnostic[]) => boolean, timeoutMs: number): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      clearTimeout(timer);
      listener.dispose();
      if (error) reject(error);
      else resolve(ours());
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString()) && accept(ours())) finish();
    });
    const timer = setTimeout(() => finish(new Error(`no matching ${DIAGNOSTIC_SOURCE} diagnostics on ${path.basename(uri.fsPath)} within ${timeoutMs / 1000} s; got: ${JSON.stringify(ours().map((d) => d.message))}`)), timeoutMs);
    if (accept(ours())) finish();
  });
}

function ruleId(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

describe('smoke: the extension in a real VS Code', () => {
  let api: SpeechDraftApi;

  it('activates and returns its API, and whenReady() resolves once the checker has loaded', async function () {
    this.timeout(READY_TIMEOUT_MS + 15_000);
    const extension = vscode.extensions.getExtension<SpeechDraftApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed in the test VS Code`);
    api = await extension.activate();
    assert.equal(typeof api?.whenReady, 'function', 'activate() returns an API with whenReady()');
    const started = Date.now();
    await Promise.race([api.whenReady(), new Promise((_, reject) => setTimeout(() => reject(new Error(`whenReady() did not resolve within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS))]);
    console.log(`    whenReady() resolved after ${Date.now() - started} ms`);
  });

  it('marks 笔者 in a draft as drift at its exact range, from source 讲稿助手', async function () {
    this.timeout(READY_TIMEOUT_MS + 15_000);
    const uri = workspaceFile('drift.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const line = document.lineAt(4).text;
    assert.ok(line.startsWith('笔者认为'), `fixture line 5 starts with 笔者认为: ${line}`);

    const expected = new vscode.Range(4, 0, 4, 2);
    const found = await diagnosticsFor(uri, (all) => all.some((d) => d.range.isEqual(expected)), READY_TIMEOUT_MS);
    const finding = found.find((d) => d.range.isEqual(expected))!;
    assert.equal(document.getText(finding.range), '笔者');
    assert.equal(ruleId(finding), 'author-pronoun');
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Error);

    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.window.showTextDocument(document, { preserveFocus: false });
    await captureWorkbench('workbench');
  });
});
