// Helpers for feature tests: fresh drafts in the workspace, waiting on the extension's status,
// code actions, and settings that are put back afterwards.
import * as vscode from 'vscode';
import type { SpeechDraftApi } from '../../../src/extension/api';
import type { DocumentStatus } from '../../../src/protocol';
import { readyApi as readyHarnessApi, waitForDiagnostics, ruleId, workspaceFile, READY_TIMEOUT_MS } from './extension';

let counter = 0;

export async function readyApi(): Promise<SpeechDraftApi> {
  return (await readyHarnessApi()) as unknown as SpeechDraftApi;
}

/** Writes a new draft into the workspace and shows it in an editor. */
export async function openDraft(text: string, extension = 'md'): Promise<vscode.TextEditor> {
  const uri = workspaceFile(`feature-${Date.now()}-${counter++}.${extension}`);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.saveAll');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export async function until<T>(test: () => T | undefined | false, what: string, ms = READY_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = test();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The status the server last sent for the document, once `accept` holds. */
export function statusOf(api: SpeechDraftApi, document: vscode.TextDocument, accept: (s: DocumentStatus) => boolean = () => true): Promise<DocumentStatus> {
  return until(() => {
    const s = api.documentStatus(document.uri.toString());
    return s && accept(s) ? s : undefined;
  }, `the status of ${document.fileName}`);
}

/** Waits for a diagnostic of `rule` whose text is `text`. */
export async function diagnosticOf(document: vscode.TextDocument, rule: string, text: string): Promise<vscode.Diagnostic> {
  const match = (d: vscode.Diagnostic) => ruleId(d) === rule && document.getText(d.range) === text;
  const found = await waitForDiagnostics(document.uri, (all) => all.some(match));
  return found.find(match)!;
}

export async function codeActions(document: vscode.TextDocument, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind);
}

/** Sets a speechDraft setting in the workspace for the duration of `body`, then puts it back. */
export async function withSetting(key: string, value: unknown, body: () => Promise<void>): Promise<void> {
  const config = vscode.workspace.getConfiguration('speechDraft');
  const before = config.inspect(key)?.workspaceValue;
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  try {
    await body();
  } finally {
    await vscode.workspace.getConfiguration('speechDraft').update(key, before, vscode.ConfigurationTarget.Workspace);
  }
}
