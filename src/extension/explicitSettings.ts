import * as vscode from 'vscode';
import type { ConfigurationParams } from 'vscode-languageclient';

/**
 * The `speechDraft.*` settings the user has set (user, workspace or folder level), without VS
 * Code's defaults: the server layers them over a project file (`.speechdraftrc.json`), and a
 * default must not hide the file's value. Rule and category levels merge across the levels.
 */
function explicitSettings(keys: readonly string[], scope: vscode.Uri | undefined): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('speechDraft', scope);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const i = config.inspect(key);
    if (!i) continue;
    const levels = [i.globalValue, i.workspaceValue, i.workspaceFolderValue].filter((v) => v !== undefined);
    if (levels.length === 0) continue;
    const objects = levels.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
    out[key] = objects ? Object.assign({}, ...levels) : levels.at(-1);
  }
  return out;
}

/** The keys of the settings this extension contributes, without the `speechDraft.` prefix. */
export function contributedSettingKeys(packageJSON: { contributes?: { configuration?: { properties?: Record<string, unknown> } } }): string[] {
  return Object.keys(packageJSON.contributes?.configuration?.properties ?? {}).map((k) => k.replace(/^speechDraft\./, ''));
}

/** A language-client middleware answer to `workspace/configuration`: the user's own `speechDraft` settings only. */
export function answerWithExplicitSettings(keys: readonly string[]) {
  return async (params: ConfigurationParams, token: vscode.CancellationToken, next: (params: ConfigurationParams, token: vscode.CancellationToken) => unknown): Promise<unknown[]> => {
    const answered = await next(params, token);
    const others = Array.isArray(answered) ? answered : [];
    return params.items.map((item, i) => (item.section === 'speechDraft' ? explicitSettings(keys, item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : others[i]));
  };
}
