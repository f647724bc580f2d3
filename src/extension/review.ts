import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import * as protocol from '../protocol';
import { isServed, type SpeechDraftClient } from './client';
import { reviewHtml } from './reviewHtml';

/** 1-based, as the review lists the places. */
interface RevealMessage {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The review summary in a webview beside the draft; a click on a place selects it in the draft. */
export class ReviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private draft: vscode.Uri | undefined;
  private lastDraft: vscode.Uri | undefined;
  /** The data shown last (the API passes it on for tests). */
  shown: protocol.ReviewData | undefined;

  constructor(private readonly client: SpeechDraftClient) {}

  /** Remembers the last draft the user looked at, so the command works while the review has focus. */
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
    const data = await lc.sendRequest<protocol.ReviewData | null>(protocol.REVIEW, { uri: draft.toString() } satisfies protocol.ReviewParams);
    if (!data) return;
    this.draft = draft;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('speechDraft.review', data.title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: RevealMessage) => void this.reveal(m));
    }
    this.panel.title = data.title;
    this.panel.webview.html = reviewHtml(data, randomBytes(16).toString('hex'));
    this.shown = data;
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  private async reveal({ line, column, endLine, endColumn }: RevealMessage): Promise<void> {
    if (!this.draft) return;
    const document = await vscode.workspace.openTextDocument(this.draft);
    const start = document.validatePosition(new vscode.Position(line - 1, column - 1));
    const end = document.validatePosition(new vscode.Position(endLine - 1, endColumn - 1));
    const column1 = vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn ?? vscode.ViewColumn.One;
    await vscode.window.showTextDocument(document, { viewColumn: column1, selection: new vscode.Range(start, end) });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
