import * as vscode from 'vscode';
import { formatNote, isNotesFileName, notesFileName, notesHeader, resolveNotesPattern } from '../core/notes';
import { t } from './localize';
import { CLIENT_COMMANDS, type MoveToNotesArgs } from '../protocol';

/** The drafting-notes file next to a draft, named by `speechDraft.notesFile`. */
export function notesUriFor(draft: vscode.Uri): vscode.Uri {
  const { pattern } = resolveNotesPattern(vscode.workspace.getConfiguration('speechDraft').get('notesFile'));
  return vscode.Uri.joinPath(draft, '..', notesFileName(fileName(draft), pattern));
}

const fileName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);

function isNotesFile(uri: vscode.Uri): boolean {
  return isNotesFileName(fileName(uri), resolveNotesPattern(vscode.workspace.getConfiguration('speechDraft').get('notesFile')).pattern);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Today as YYYY-MM-DD, local time. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The move the server offers for a finding at the cursor, or on the cursor's line. */
async function moveAtCursor(editor: vscode.TextEditor): Promise<MoveToNotesArgs | undefined> {
  const line = editor.document.lineAt(editor.selection.active.line).range;
  for (const range of [editor.selection, line]) {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, range, vscode.CodeActionKind.QuickFix.value);
    const move = actions?.find((a) => a.command?.command === CLIENT_COMMANDS.moveToNotes)?.command?.arguments?.[0] as MoveToNotesArgs | undefined;
    if (move) return move;
  }
  return undefined;
}

/**
 * speechDraft.moveToNotes (移到起草说明): takes the sentence out of the draft and appends it, with
 * the line and heading it came from and today's date, to the notes file next to the draft, in
 * one workspace edit. Without an argument (the keyboard shortcut) it moves the sentence of the
 * finding at the cursor.
 */
export async function moveToNotes(args?: MoveToNotesArgs): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  const move = args ?? (editor ? await moveAtCursor(editor) : undefined);
  if (!move) {
    void vscode.window.setStatusBarMessage(t('Speech Draft: no opinion, hedge or drafting trace at the cursor to move to the notes.'), 4000);
    return false;
  }
  const draftUri = vscode.Uri.parse(move.uri);
  if (draftUri.scheme !== 'file') {
    void vscode.window.showInformationMessage(t('Speech Draft: save the draft first; its notes file goes next to it.'));
    return false;
  }
  const draft = await vscode.workspace.openTextDocument(draftUri);
  const range = new vscode.Range(draft.positionAt(move.start), draft.positionAt(move.end));
  if (draft.getText(range) !== move.removed) {
    void vscode.window.showWarningMessage(t('Speech Draft: the sentence has changed since it was checked; nothing was moved.'));
    return false;
  }
  const notesUri = notesUriFor(draftUri);
  const notes = (await exists(notesUri)) ? await vscode.workspace.openTextDocument(notesUri) : undefined;
  const eol = draft.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const note = formatNote({ date: today(), line: move.line, section: move.section, text: move.sentence, reason: move.reason }, eol);
  const edit = new vscode.WorkspaceEdit();
  edit.delete(draftUri, range);
  // A file operation between the two text edits makes them two single-file steps of one undo
  // group: one undo in the draft restores both files, without asking "undo in all files?".
  edit.createFile(notesUri, { ignoreIfExists: true });
  if (notes) {
    const text = notes.getText();
    edit.insert(notesUri, notes.positionAt(text.length), (text === '' || /[\r\n]$/.test(text) ? '' : eol) + note);
  } else {
    edit.insert(notesUri, new vscode.Position(0, 0), notesHeader(fileName(draftUri), eol) + note);
  }
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  void vscode.window.setStatusBarMessage(t('Speech Draft: moved to {0} (one undo restores both files).', fileName(notesUri)), 5000);
  return true;
}

/** speechDraft.openNotes: the draft's notes beside it; a new one (unsaved) when there are none yet. */
export async function openNotes(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.scheme !== 'file' || isNotesFile(editor.document.uri)) {
    void vscode.window.showInformationMessage(t('Speech Draft: open a saved draft first; its notes file goes next to it.'));
    return;
  }
  const notesUri = notesUriFor(editor.document.uri);
  const options: vscode.TextDocumentShowOptions = { viewColumn: vscode.ViewColumn.Beside, preview: false };
  if (await exists(notesUri)) {
    await vscode.window.showTextDocument(notesUri, options);
    return;
  }
  const eol = editor.document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const notes = await vscode.workspace.openTextDocument(notesUri.with({ scheme: 'untitled' }));
  const shown = await vscode.window.showTextDocument(notes, options);
  if (notes.getText() === '') await shown.edit((b) => b.insert(new vscode.Position(0, 0), notesHeader(fileName(editor.document.uri), eol)));
}
