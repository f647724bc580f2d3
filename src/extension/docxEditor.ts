import * as vscode from 'vscode';
import { nonce as newNonce } from './nonce';
import { omissionNotes } from '../formats/docx/context';
import { locale, t } from './localize';
import { docxErrorMessage, type DocxTextProvider } from './docx';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Opening a .docx (or a .doc/.wps) in VS Code shows this page instead of "binary file": what the
 * document holds and two buttons, 审阅 Word 文稿 and 转为 Markdown 草稿. Nothing is loaded from
 * the network (the content security policy allows our inline style and one script by nonce).
 */
export class DocxEditorProvider implements vscode.CustomReadonlyEditorProvider {
  static readonly viewType = 'speechDraft.docx';

  constructor(private readonly texts: DocxTextProvider) {}

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => this.texts.forget(uri) };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.options = { enableScripts: true, localResourceRoots: [] };
    const uri = document.uri;
    panel.webview.onDidReceiveMessage((m: { command?: string }) => {
      if (m.command === 'review') void vscode.commands.executeCommand('speechDraft.reviewDocx', uri);
      else if (m.command === 'markdown') void vscode.commands.executeCommand('speechDraft.docxToMarkdown', uri);
    });
    const name = uri.path.replace(/^.*\//, '');
    const nonce = newNonce();
    let body: string;
    try {
      const doc = await this.texts.load(uri);
      const note = omissionNotes(doc.omitted)?.[locale()];
      const headings = doc.paragraphs.filter((p) => p.headingLevel !== undefined).length;
      const title = doc.paragraphs.find((p) => p.headingLevel === 0);
      body = `<h1>${escapeHtml(title ? doc.text.slice(title.start, title.end) : name)}</h1>
<p>${escapeHtml(t('{0}: {1} paragraphs ({2} headings), {3} characters.', name, doc.paragraphs.length, headings, doc.text.replace(/\s/g, '').length))}</p>
${note ? `<p>${escapeHtml(note)}</p>` : ''}
<p><button data-command="review">${escapeHtml(t('Review Word Document'))}</button>
<button data-command="markdown">${escapeHtml(t('Convert to Markdown Draft'))}</button></p>
<p class="hint">${escapeHtml(t('The review opens the text read-only and checks it; to fix the wording, convert it to a Markdown draft, or edit the document in Word.'))}</p>`;
    } catch (e) {
      body = `<h1>${escapeHtml(name)}</h1><p>${escapeHtml(docxErrorMessage(uri, e))}</p>`;
    }
    panel.webview.html = `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}';">
<style>
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); line-height: 1.6; padding: 0 1.5em; }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 0.4em 1em; margin-right: 0.5em; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
.hint { opacity: 0.8; }
</style></head>
<body>
${body}
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-command]');
  if (button) vscode.postMessage({ command: button.dataset.command });
});
</script>
</body></html>`;
  }
}
