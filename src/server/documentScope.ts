import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../core';
import { SERVER_TEXT, say } from './messages';

/** Enough of a document to tell whether it holds Chinese prose. */
const SAMPLE_CHARS = 20_000;
const HAN = /\p{Script=Han}/gu;
const VISIBLE = /\S/gu;

/** Chinese prose: at least two Chinese characters, and a third of what is not white space. */
export function holdsChineseProse(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  const han = sample.match(HAN)?.length ?? 0;
  return han >= 2 && han * 3 >= (sample.match(VISIBLE)?.length ?? 0);
}

/**
 * Why a document the client opened is not a draft to check, or undefined when it is: the
 * extension's own files (its rule docs, README) never are; an untitled document that VS Code's
 * language detection moved to another language (【…】 looks like INI) is, while it holds Chinese prose.
 */
export function notADraft(doc: TextDocument, languages: readonly string[], isOwnFile: (uri: string) => boolean, locale: Locale): string | undefined {
  if (isOwnFile(doc.uri)) return say(SERVER_TEXT.ownFile, locale);
  if (doc.uri.startsWith('untitled:') && !languages.includes(doc.languageId) && !holdsChineseProse(doc.getText())) return say(SERVER_TEXT.notProse, locale);
  return undefined;
}
