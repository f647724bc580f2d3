import * as vscode from 'vscode';

/**
 * The scheme of a Word document's extracted text, opened read-only for review. The path is the
 * .docx's own (so the tab and the review summary show its name); the query keeps its scheme
 * when that is not `file` (a remote workspace).
 */
export const DOCX_SCHEME = 'speech-draft-docx';

export function reviewUriOf(file: vscode.Uri): vscode.Uri {
  return file.with({ scheme: DOCX_SCHEME, query: file.scheme === 'file' ? '' : file.scheme });
}

export function fileUriOf(uri: vscode.Uri): vscode.Uri {
  return uri.scheme === DOCX_SCHEME ? uri.with({ scheme: uri.query || 'file', query: '' }) : uri;
}
