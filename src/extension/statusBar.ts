import * as vscode from 'vscode';
import { isServed, type SpeechDraftClient } from './client';
import { statusText, statusTooltip } from './statusText';

/** Characters, speaking time and findings of the active draft; a click opens the review. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('speechDraft.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: SpeechDraftClient) {
    this.item.name = vscode.l10n.t('Speech Draft');
    this.item.command = 'speechDraft.showReview';
    this.subscriptions.push(client.onStatus.event(() => this.update()), vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.update();
  }

  get text(): string {
    return this.visible ? this.item.text : '';
  }

  private visible = false;

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (this.client.loadError) {
      this.show(`$(error) ${vscode.l10n.t('Speech Draft: not checking')}`, this.client.loadError);
      return;
    }
    if (this.client.loading) {
      this.show(`$(sync~spin) ${vscode.l10n.t('Speech Draft: loading dictionaries…')}`, vscode.l10n.t('The segmentation dictionaries load once, in the background.'));
      return;
    }
    if (!document || !isServed(document)) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const status = this.client.status(document.uri.toString());
    if (!status) this.show(`$(sync~spin) ${vscode.l10n.t('Speech Draft: checking…')}`, '');
    else this.show(statusText(status, vscode.l10n.t), statusTooltip(status, vscode.l10n.t));
  }

  private show(text: string, tooltip: string): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
