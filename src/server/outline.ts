import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { chartParts, type Locale, type Outline, type OutlinePart, type Stretch } from '../core';
import type { PartStatus } from '../protocol';
import { SERVER_TEXT, say } from './messages';

/**
 * The speech's parts as document symbols, for the Outline view, breadcrumbs and Go to Symbol:
 * each named with its speaking time, its characters as the detail. The opening (同志们：…)
 * before the first part is a symbol of its own.
 */
export function documentSymbols(doc: TextDocument, outline: Outline, locale: Locale): DocumentSymbol[] {
  const range = (start: number, end: number) => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
  const symbol = (part: OutlinePart): DocumentSymbol => ({
    name: say(SERVER_TEXT.partName, locale, part.title, part.minutes),
    detail: say(SERVER_TEXT.partDetail, locale, part.characters),
    kind: SymbolKind.String,
    range: range(part.start, part.end),
    selectionRange: range(part.heading.start, part.heading.end),
    children: part.children.map(symbol),
  });
  const openingSymbol = (o: Stretch): DocumentSymbol => {
    const r = range(o.start, o.end);
    return { name: say(SERVER_TEXT.partName, locale, say(SERVER_TEXT.opening, locale), o.minutes), detail: say(SERVER_TEXT.partDetail, locale, o.characters), kind: SymbolKind.String, range: r, selectionRange: r };
  };
  const symbols = outline.parts.map(symbol);
  const { opening } = chartParts(outline);
  if (opening && opening === outline.opening) symbols.unshift(openingSymbol(opening));
  else if (opening) symbols[0].children!.unshift(openingSymbol(opening));
  return symbols;
}

/** Every part in document order, a part before its subparts, with 0-based lines for the status bar. */
export function partStatuses(outline: Outline | undefined): PartStatus[] {
  const out: PartStatus[] = [];
  const visit = (part: OutlinePart, depth: number) => {
    out.push({ title: part.title, startLine: part.line - 1, endLine: part.endLine - 1, minutes: part.minutes, depth });
    for (const child of part.children) visit(child, depth + 1);
  };
  for (const part of outline?.parts ?? []) visit(part, 0);
  return out;
}
