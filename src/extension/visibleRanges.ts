import * as vscode from 'vscode';
import * as protocol from '../protocol';
import type { SpeechDraftClient } from './client';

/** Tells the server which lines each served editor shows, so a large document is checked where the user looks. */
export function trackVisibleRanges(client: SpeechDraftClient): vscode.Disposable {
  let timer: NodeJS.Timeout | undefined;
  let wasLoading = true;
  const send = () => {
    const lc = client.languageClient;
    if (!lc || client.loading) return;
    for (const editor of vscode.window.visibleTextEditors) {
      if (!client.isServed(editor.document)) continue;
      const params: protocol.VisibleRangesParams = {
        uri: editor.document.uri.toString(),
        ranges: editor.visibleRanges.map((r) => ({ startLine: r.start.line, endLine: r.end.line })),
      };
      void lc.sendNotification(protocol.VISIBLE_RANGES, params).catch(() => undefined);
    }
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(send, 150);
  };
  const subscriptions = [
    vscode.window.onDidChangeTextEditorVisibleRanges(soon),
    vscode.window.onDidChangeVisibleTextEditors(soon),
    // The server forgets nothing across checks but starts empty after a (re)start.
    client.onStatus.event(() => {
      if (wasLoading && !client.loading) soon();
      wasLoading = client.loading;
    }),
  ];
  return { dispose: () => { clearTimeout(timer); subscriptions.forEach((s) => s.dispose()); } };
}
