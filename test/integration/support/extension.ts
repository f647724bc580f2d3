// What integration tests share: the extension's API, the test workspace, and waiting for diagnostics.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'speech-draft.speech-draft';
export const DIAGNOSTIC_SOURCE = '讲稿助手';
export const READY_TIMEOUT_MS = 45_000;

/** The part of activate()'s API the harness-level tests rely on. */
export interface SpeechDraftApi {
  whenReady(): Promise<void>;
  statusBarText(): string;
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Activates the extension and waits until its checker is ready. */
export async function readyApi(): Promise<SpeechDraftApi> {
  const extension = vscode.extensions.getExtension<SpeechDraftApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed in the test VS Code`);
  const api = await extension.activate();
  assert.equal(typeof api?.whenReady, 'function', 'activate() returns an API with whenReady()');
  await withTimeout(api.whenReady(), READY_TIMEOUT_MS, 'whenReady() resolving');
  return api;
}

/** A file in the run's copy of test/integration/workspace. */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

/** Resolves with the uri's diagnostics from our source as soon as `accept` holds for them. */
export function waitForDiagnostics(uri: vscode.Uri, accept: (found: vscode.Diagnostic[]) => boolean, timeoutMs = READY_TIMEOUT_MS): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      clearTimeout(timer);
      listener.dispose();
      if (error) reject(error);
      else resolve(ourDiagnostics(uri));
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString()) && accept(ourDiagnostics(uri))) finish();
    });
    const describe = () => ourDiagnostics(uri).map((d) => `${ruleId(d)}@${d.range.start.line}:${d.range.start.character}`).slice(0, 20);
    const timer = setTimeout(() => finish(new Error(`no matching ${DIAGNOSTIC_SOURCE} diagnostics on ${path.basename(uri.fsPath)} within ${timeoutMs / 1000} s; got: ${JSON.stringify(describe())}`)), timeoutMs);
    if (accept(ourDiagnostics(uri))) finish();
  });
}

export function ruleId(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}
