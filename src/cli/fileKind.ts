import { documentKind, type DocumentKind } from '../core/node';

/** How a file named on the command line is read: Markdown by its extension, anything else (a Word document's text too) as plain text. */
export function documentKindOfFile(file: string): DocumentKind {
  return documentKind(/\.(md|markdown|mdx)$/i.test(file) ? 'markdown' : 'plaintext');
}
