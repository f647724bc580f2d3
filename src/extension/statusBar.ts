import * as vscode from 'vscode';
import { t } from './localize';
import { servedLanguages, type SpeechDraftClient } from './client';
import { statusText, statusTooltip } from './statusText';

/** Characters, speaking time and findings of the active draft; a click opens the review. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('speechDraft.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: SpeechDraftClient) {
    this.item.name = t('Speech Draft');
    this.item.command = 'speechDraft.showReview';
    // A new language reopens the document (close, then open): the editor's document changes without the editor changing.
    const soon = () => setTimeout(() => this.update(), 0);
    this.subscriptions.push(
      client.onStatus.event(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidOpenTextDocument(soon),
      vscode.workspace.onDidCloseTextDocument(soon),
      // The current part's time follows the cursor.
      vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor === vscode.window.activeTextEditor && this.update()),
    );
    this.update();
  }

  get text(): string {
    return this.visible ? this.item.text : '';
  }

  private visible = false;

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const document = editor?.document;
    if (this.client.loadError) {
      this.show(`$(error) ${t('Speech Draft: not checking')}`, this.client.loadError);
      return;
    }
    if (this.client.loading) {
      this.show(`$(sync~spin) ${t('Speech Draft: loading dictionaries…')}`, t('The segmentation dictionaries load once, in the background.'));
      return;
    }
    const status = document && this.client.isServed(document) ? this.client.status(document.uri.toString()) : undefined;
    if (status && status.coverage !== 'ignored') this.show(statusText(status, t, editor!.selection.active.line), statusTooltip(status, t, editor!.selection.active.line));
    // An untitled document in another language may not be a draft: the server says so first.
    else if (document && this.client.isServed(document) && !status && servedLanguages().includes(document.languageId)) this.show(`$(sync~spin) ${t('Speech Draft: checking…')}`, '');
    else this.hide();
  }

  private hide(): void {
    this.item.hide();
    this.visible = false;
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
