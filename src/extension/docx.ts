import * as vscode from 'vscode';
// Imported module by module, so that the docx library (export only) is not loaded at start-up.
import { readDocx, type DocxText } from '../formats/docx/read';
import { DocxError } from '../formats/docx/errors';
import { docxToMarkdown } from '../formats/docx/markdown';
import { omissionNotes } from '../formats/docx/context';
import { normalizeFontSize } from '../formats/docx/layout';
import { parseSpeech } from '../formats/speech';
import { notesUriFor } from './notesCommands';
import { locale, t } from './localize';
import { DOCX_SCHEME, fileUriOf, reviewUriOf } from './docxScheme';

const baseName = (uri: vscode.Uri) => uri.path.replace(/^.*\//, '');

/** The reason a file is not readable, in the message language, naming the file. */
export function docxErrorMessage(uri: vscode.Uri, e: unknown): string {
  const reason = e instanceof DocxError ? e.text[locale()] : locale() === 'zh' ? '无法读取' : 'cannot be read';
  return t('Speech Draft: {0} {1}', baseName(uri), reason);
}

/**
 * The extracted text of .docx files, served read-only on the speech-draft-docx scheme. The
 * language server checks it like any plain-text draft; when the .docx changes on disk (saved
 * again in Word), the text is read again.
 */
export class DocxTextProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly texts = new Map<string, DocxText>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/*.{docx,DOCX}', true, false, true);

  constructor() {
    this.watcher.onDidChange((file) => {
      const uri = reviewUriOf(file);
      if (!this.texts.has(uri.toString())) return;
      this.texts.delete(uri.toString());
      this.changed.fire(uri);
    });
  }

  /** Reads the .docx behind `uri` (either URI); throws a DocxError for an unreadable file. */
  async load(uri: vscode.Uri): Promise<DocxText> {
    const review = reviewUriOf(fileUriOf(uri));
    const cached = this.texts.get(review.toString());
    if (cached) return cached;
    const file = fileUriOf(uri);
    const bytes = await vscode.workspace.fs.readFile(file);
    const doc = readDocx(bytes, { fileName: file.path });
    this.texts.set(review.toString(), doc);
    return doc;
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    try {
      return (await this.load(uri)).text;
    } catch (e) {
      void vscode.window.showErrorMessage(docxErrorMessage(fileUriOf(uri), e));
      return '';
    }
  }

  forget(uri: vscode.Uri): void {
    this.texts.delete(uri.toString());
  }

  dispose(): void {
    this.changed.dispose();
    this.watcher.dispose();
  }
}

/** The .docx a command applies to: its argument (explorer, editor title), the open review, or a picked file. */
async function targetDocx(arg: unknown): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return fileUriOf(arg);
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === DOCX_SCHEME) return fileUriOf(active);
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (tab instanceof vscode.TabInputCustom && /\.docx$/i.test(tab.uri.path)) return tab.uri;
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [t('Word documents')]: ['docx'] }, openLabel: t('Review Word Document') });
  return picked?.[0];
}

/** The document's text, or undefined after telling the user why it cannot be read. */
async function loadOrSay(provider: DocxTextProvider, file: vscode.Uri): Promise<DocxText | undefined> {
  try {
    return await provider.load(file);
  } catch (e) {
    void vscode.window.showErrorMessage(docxErrorMessage(file, e));
    return undefined;
  }
}

/** speechDraft.reviewDocx: opens the document's text read-only; the language server checks it. */
export async function reviewDocx(provider: DocxTextProvider, arg?: unknown): Promise<vscode.TextDocument | undefined> {
  const file = await targetDocx(arg);
  const doc = file && (await loadOrSay(provider, file));
  if (!file || !doc) return undefined;
  let document = await vscode.workspace.openTextDocument(reviewUriOf(file));
  if (document.languageId !== 'plaintext') document = await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
  await vscode.window.showTextDocument(document, { preview: false });
  const note = omissionNotes(doc.omitted);
  if (note) void vscode.window.showInformationMessage(t('Speech Draft: {0} — {1}', baseName(file), note[locale()]));
  return document;
}

/** Asks before replacing a file; true when it does not exist or the user agrees. */
async function mayWrite(target: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(target);
  } catch {
    return true;
  }
  const overwrite = t('Overwrite');
  const answer = await vscode.window.showWarningMessage(t('{0} already exists. Overwrite it?', baseName(target)), { modal: true }, overwrite);
  return answer === overwrite;
}

/** speechDraft.docxToMarkdown: writes <name>.md beside the .docx (headings as #) and opens it. */
export async function docxToMarkdownDraft(provider: DocxTextProvider, arg?: unknown, options: { overwrite?: boolean } = {}): Promise<vscode.Uri | undefined> {
  const file = await targetDocx(arg);
  const doc = file && (await loadOrSay(provider, file));
  if (!file || !doc) return undefined;
  const target = file.with({ path: file.path.replace(/\.[^./]+$/, '') + '.md' });
  if (!options.overwrite && !(await mayWrite(target))) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(docxToMarkdown(doc)));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target), { preview: false });
  return target;
}

/** speechDraft.exportDocx: writes the Markdown draft as a printed speech, <name>.docx beside it. */
export async function exportDocx(arg?: unknown, options: { target?: vscode.Uri; overwrite?: boolean } = {}): Promise<vscode.Uri | undefined> {
  const source = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  if (!source || source.scheme === DOCX_SCHEME || /\.(doc|dot|wps)$/i.test(source.path) || /\.docx$/i.test(source.path)) {
    void vscode.window.showInformationMessage(t('Speech Draft: open a Markdown or plain-text draft first.'));
    return undefined;
  }
  // The editor's text, saved or not.
  const document = await vscode.workspace.openTextDocument(source);
  let target = options.target;
  if (!target) {
    if (source.scheme === 'untitled') {
      target = await vscode.window.showSaveDialog({ filters: { [t('Word documents')]: ['docx'] } });
      if (!target) return undefined;
    } else {
      target = source.with({ path: source.path.replace(/\.(md|markdown|mdx|txt)$/i, '') + '.docx' });
      if (!options.overwrite && !(await mayWrite(target))) return undefined;
    }
  }
  const fontSize = normalizeFontSize(vscode.workspace.getConfiguration('speechDraft', source).get<unknown>('exportFontSize'));
  // The docx library is loaded on the first export only, not when the extension starts.
  const { exportSpeechDocx } = await import('../formats/docx/write');
  const bytes = await exportSpeechDocx(parseSpeech(document.getText()), { fontSize });
  await vscode.workspace.fs.writeFile(target, bytes);
  if (source.scheme !== 'untitled') {
    // A notes file beside the draft (named by speechDraft.notesFile) is found and, for now, not exported.
    const notes = notesUriFor(source);
    try {
      await vscode.workspace.fs.stat(notes);
      void vscode.window.showInformationMessage(t('Speech Draft: drafting notes ({0}) are not exported yet; only the speech is.', baseName(notes)));
    } catch {
      // no notes file
    }
  }
  const open = t('Open');
  const reveal = t('Reveal in Folder');
  void vscode.window.showInformationMessage(t('Speech Draft: wrote {0} (body {1} pt).', baseName(target), fontSize), open, reveal).then((choice) => {
    if (choice === open) void vscode.env.openExternal(target);
    else if (choice === reveal) void vscode.commands.executeCommand('revealFileInOS', target);
  });
  return target;
}
