import * as vscode from 'vscode';
import { nonce } from './nonce';
import { t } from './localize';
import * as protocol from '../protocol';
import type { SpeechDraftClient } from './client';
import { ruleDocPage } from './ruleDocHtml';

/**
 * The rules' documentation in a read-only webview, opened at one rule: where a rule link in a
 * diagnostic or hover leads. Never the editable docs/rules.md, which would then be checked.
 */
export class RuleDocPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The rule the panel was last opened at (the API passes it on for tests). */
  shownRule: string | undefined;

  constructor(private readonly client: SpeechDraftClient) {}

  async show(ruleId: unknown): Promise<void> {
    const lc = this.client.languageClient;
    if (typeof ruleId !== 'string' || !lc) return;
    await this.client.whenReady();
    const rules = await lc.sendRequest<protocol.RuleInfo[]>(protocol.RULES);
    if (!rules.some((r) => r.id === ruleId)) return;
    if (this.panel) {
      void this.panel.webview.postMessage({ rule: ruleId });
      this.panel.reveal(vscode.ViewColumn.Beside, false);
    } else {
      this.panel = vscode.window.createWebviewPanel('speechDraft.rules', t('Speech Draft rules'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, { enableScripts: true, localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = undefined));
      const levels = { error: t('error'), warning: t('warning'), information: t('information'), hint: t('hint'), off: t('off') };
      const labels = { title: t('{0} rules. Turn one off or on with the command "Turn Rules On or Off".', rules.length), category: t('Category'), level: t('Level'), levels, brief: t('Brief'), fix: t('Quick fix') };
      this.panel.webview.html = ruleDocPage(rules, ruleId, labels, nonce());
    }
    this.shownRule = ruleId;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
