import * as vscode from 'vscode';
import * as protocol from '../server/protocol';
import { isServed, type SpeechDraftClient } from './client';

export const REVIEW_SCHEME = 'speech-draft-review';

/**
 * The review summary as a read-only Markdown document (no network, no webview): findings by
 * category with counts and a link to each place.
 */
export class ReviewProvider implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private lastDraft: vscode.Uri | undefined;

  constructor(private readonly client: SpeechDraftClient) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  /** Remembers the last draft the user looked at, so the command works from the review itself. */
  track(editor: vscode.TextEditor | undefined): void {
    if (editor && isServed(editor.document)) this.lastDraft = editor.document.uri;
  }

  async show(): Promise<void> {
    const active = vscode.window.activeTextEditor;
    const draft = active && isServed(active.document) ? active.document.uri : this.lastDraft;
    const lc = this.client.languageClient;
    if (!draft || !lc) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Speech Draft: open a Markdown or plain-text draft first.'));
      return;
    }
    await this.client.whenReady();
    const markdown = await lc.sendRequest<string | null>(protocol.REVIEW, { uri: draft.toString() } satisfies protocol.ReviewParams);
    if (markdown === null) return;
    const name = draft.path.replace(/^.*\//, '') || 'draft';
    const uri = vscode.Uri.from({ scheme: REVIEW_SCHEME, path: `/${vscode.l10n.t('Review')} - ${name}.md`, query: draft.toString() });
    this.contents.set(uri.toString(), markdown);
    this.changed.fire(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: false });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
