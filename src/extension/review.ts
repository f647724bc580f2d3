import * as vscode from 'vscode';
import { t } from './localize';
import { nonce } from './nonce';
import * as protocol from '../protocol';
import type { SpeechDraftClient } from './client';
import { reviewBody, reviewPage } from './reviewHtml';
import { minutesChartSvg } from './minutesChart';

/** 1-based, as the review lists the places. */
interface RevealMessage {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A PNG twice the chart's size, sharp on a high-resolution screen or in print. */
const PNG_SCALE = 2;
const PNG_TIMEOUT_MS = 10_000;

/** After a check the review waits this long for more (typing) before it asks for a new one. */
const REFRESH_MS = 250;

/**
 * The review summary in a webview beside the draft; a click on a place selects it in the draft.
 * While it is open it follows every check of its draft, so its counts and places stay current.
 */
export class ReviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private draft: vscode.Uri | undefined;
  private lastDraft: vscode.Uri | undefined;
  /** The status the shown review was made from: a new one means a new check. */
  private shownStatus: protocol.DocumentStatus | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[];
  private pendingPng: ((message: protocol.ChartMessage) => void) | undefined;
  /** The data shown last (the API passes it on for tests). */
  shown: protocol.ReviewData | undefined;

  constructor(private readonly client: SpeechDraftClient) {
    this.subscriptions = [client.onStatus.event(() => this.refreshSoon())];
  }

  /** Remembers the last draft the user looked at, so the command works while the review has focus. */
  track(editor: vscode.TextEditor | undefined): void {
    if (editor && this.client.isServed(editor.document)) this.lastDraft = editor.document.uri;
  }

  async show(): Promise<void> {
    const active = vscode.window.activeTextEditor;
    const draft = active && this.client.isServed(active.document) ? active.document.uri : this.lastDraft;
    if (!draft || !this.client.languageClient) {
      void vscode.window.showInformationMessage(t('Speech Draft: open a Markdown or plain-text draft first.'));
      return;
    }
    this.draft = draft;
    const data = await this.fetch(draft);
    if (!data) return;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('speechDraft.review', data.title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: RevealMessage | protocol.ChartMessage) => {
        if (!('type' in m)) void this.reveal(m);
        else if (m.type === 'exportChart') void this.exportChart();
        else this.pendingPng?.(m);
      });
    }
    this.panel.title = data.title;
    this.panel.webview.html = reviewPage(data, nonce());
    this.shown = data;
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  private async fetch(draft: vscode.Uri): Promise<protocol.ReviewData | null> {
    const lc = this.client.languageClient;
    if (!lc) return null;
    await this.client.whenReady();
    this.shownStatus = this.client.status(draft.toString());
    return lc.sendRequest<protocol.ReviewData | null>(protocol.REVIEW, { uri: draft.toString() } satisfies protocol.ReviewParams);
  }

  private refreshSoon(): void {
    if (!this.panel || !this.draft || this.client.status(this.draft.toString()) === this.shownStatus) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_MS);
  }

  /** Shows the review of the draft's latest check in place, keeping the reader's scroll position. */
  private async refresh(): Promise<void> {
    const draft = this.draft;
    if (!this.panel || !draft) return;
    const data = await this.fetch(draft).catch(() => null);
    if (!this.panel || draft !== this.draft) return;
    const shown = data ?? { title: this.shown?.title ?? t('Review'), notes: [t('This draft is closed or no longer checked.')], total: '', groups: [] };
    this.panel.title = shown.title;
    void this.panel.webview.postMessage({ body: reviewBody(shown) });
    this.shown = shown;
  }

  /**
   * speechDraft.exportChart: saves the chart of minutes per part as SVG or PNG, to `target` or
   * where the save dialog says. SVG is written as the review shows it; PNG is drawn by the page.
   */
  async exportChart(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (!this.shown?.chart || !this.draft) await this.show();
    const chart = this.shown?.chart;
    if (!chart || !this.draft) {
      void vscode.window.showInformationMessage(t('Speech Draft: the draft has no parts (headings or 一、（一）…) to chart.'));
      return undefined;
    }
    const base = this.draft.path.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
    const uri = target ?? await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(this.draft, '..', `${base}-${t('speaking time')}.svg`),
      filters: { [t('SVG image')]: ['svg'], [t('PNG image')]: ['png'] },
      saveLabel: t('Export'),
    });
    if (!uri) return undefined;
    const bytes = /\.png$/i.test(uri.path) ? await this.renderPng() : Buffer.from(minutesChartSvg(chart), 'utf8');
    if (!bytes) {
      void vscode.window.showWarningMessage(t('Speech Draft: the chart could not be drawn as PNG; save it as SVG instead.'));
      return undefined;
    }
    await vscode.workspace.fs.writeFile(uri, bytes);
    void vscode.window.setStatusBarMessage(t('Speech Draft: chart saved to {0}', uri.fsPath), 4000);
    return uri;
  }

  /** Asks the page to draw the chart on a canvas and waits for the PNG it sends back. */
  private renderPng(): Promise<Buffer | undefined> {
    const panel = this.panel;
    if (!panel) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(undefined), PNG_TIMEOUT_MS);
      const finish = (png: Buffer | undefined) => {
        clearTimeout(timer);
        this.pendingPng = undefined;
        resolve(png);
      };
      this.pendingPng = (m) => finish(m.type === 'png' ? Buffer.from(m.base64, 'base64') : undefined);
      void panel.webview.postMessage({ type: 'renderPng', scale: PNG_SCALE } satisfies protocol.ChartMessage);
    });
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
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
