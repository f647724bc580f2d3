import * as vscode from 'vscode';
import { t } from './localize';
import * as protocol from '../protocol';
import type { SpeechDraftClient } from './client';

/** Asks the server for edits and applies them as one undo step; retries once if the text moved on. */
async function applyServerEdits(client: SpeechDraftClient, method: string, editor: vscode.TextEditor, params: protocol.DocumentRangeParams): Promise<number | undefined> {
  const lc = client.languageClient;
  if (!lc) return undefined;
  await client.whenReady();
  for (let attempt = 0; attempt < 2; attempt++) {
    const result = await lc.sendRequest<protocol.EditsResult | null>(method, params);
    if (!result) return undefined;
    const document = editor.document;
    if (result.version !== document.version) continue;
    if (result.edits.length === 0) return 0;
    const applied = await editor.edit((builder) => {
      for (const e of result.edits) builder.replace(new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
    });
    if (applied) return result.edits.length;
  }
  return undefined;
}

/** speechDraft.fixAll: applies the safe fixes (punctuation, numbers, typos, noise; see core/autofix.ts) in one edit. */
export async function fixAll(client: SpeechDraftClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const count = await applyServerEdits(client, protocol.FIX_ALL, editor, { uri: editor.document.uri.toString() });
  if (count === undefined) void vscode.window.showWarningMessage(t('Speech Draft: this document is not checked (see speechDraft.languages).'));
  else if (count === 0) void vscode.window.setStatusBarMessage(t('Speech Draft: nothing to fix automatically.'), 4000);
  else void vscode.window.setStatusBarMessage(t('Speech Draft: {0} fixes applied (one undo restores them).', count), 4000);
}

/** speechDraft.cleanPastedText: removes forum noise and makes half-width punctuation full-width, on the selection or the document. */
export async function cleanPastedText(client: SpeechDraftClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const { document, selection } = editor;
  const params: protocol.DocumentRangeParams = { uri: document.uri.toString() };
  if (!selection.isEmpty) {
    params.start = document.offsetAt(selection.start);
    params.end = document.offsetAt(selection.end);
  }
  const count = await applyServerEdits(client, protocol.CLEAN_TEXT, editor, params);
  if (count === undefined) void vscode.window.showWarningMessage(t('Speech Draft: this document is not checked (see speechDraft.languages).'));
  else void vscode.window.setStatusBarMessage(count === 0 ? t('Speech Draft: nothing to clean.') : t('Speech Draft: {0} places cleaned.', count), 4000);
}

function settingsTarget(): vscode.ConfigurationTarget {
  return vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
}

/** Changes speechDraft.rules (rule id → level) in the workspace settings, or the user's without a workspace. */
export async function updateRuleLevels(change: (levels: Record<string, unknown>) => void): Promise<void> {
  const config = vscode.workspace.getConfiguration('speechDraft');
  const target = settingsTarget();
  const inspected = config.inspect<Record<string, unknown>>('rules');
  const levels = { ...((target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue) ?? {}) };
  change(levels);
  await config.update('rules', Object.keys(levels).length > 0 ? levels : undefined, target);
}

/** Code action: speechDraft.rules[ruleId] = "off" in the workspace settings. */
export async function turnRuleOff(ruleId: string): Promise<void> {
  if (typeof ruleId !== 'string') return;
  await updateRuleLevels((levels) => (levels[ruleId] = 'off'));
}

/** Code action: adds a word to speechDraft.allowWords in the workspace settings. */
export async function allowWord(word: string): Promise<void> {
  if (typeof word !== 'string' || !word.trim()) return;
  const config = vscode.workspace.getConfiguration('speechDraft');
  const target = settingsTarget();
  const inspected = config.inspect<unknown>('allowWords');
  const raw = target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue;
  const current = Array.isArray(raw) ? raw.filter((w): w is string => typeof w === 'string') : [];
  if (!current.includes(word.trim())) await config.update('allowWords', [...current, word.trim()], target);
}
