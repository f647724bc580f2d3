import type { Span } from './model';

/**
 * The parser (micromark) costs time quadratic in some inputs: container markers nested on one
 * line (`> > > …`, `- - - …`) and long runs of unmatched `*`, `[` or `(`. Such a block is parsed
 * in pieces of bounded length, so checking stays linear; a construct crossing a piece's edge is
 * then read as text, which only such text can notice. Ordinary blocks are parsed whole.
 */

/** Container markers on one line beyond which the line is parsed without them. */
const MAX_NESTING = 16;
/** Pieces are about this long (whole lines where possible). */
const PIECE_CHARS = 500;
/** A block longer than this is always parsed in pieces. */
const MAX_WHOLE_CHARS = 50_000;
const MARKUP = /[*_`[\]()<>!]/g;

/** The spans of `text` to parse one by one (the whole text for an ordinary block). */
export function markdownPieces(text: string): Span[] {
  const whole = [{ start: 0, end: text.length }];
  const deep = deepPrefixes(text);
  if (deep.size === 0 && text.length <= MAX_WHOLE_CHARS && !(text.length > PIECE_CHARS && denseMarkup(text))) return whole;

  const pieces: Span[] = [];
  let pieceStart = -1;
  let pieceEnd = -1;
  const flush = () => {
    if (pieceStart >= 0) pieces.push({ start: pieceStart, end: pieceEnd });
    pieceStart = -1;
  };
  let lineStart = 0;
  while (lineStart < text.length) {
    const lf = text.indexOf('\n', lineStart);
    const lineEnd = lf < 0 ? text.length : lf + 1;
    const contentStart = deep.get(lineStart) ?? lineStart;
    if (contentStart !== lineStart || lineEnd - lineStart > PIECE_CHARS) {
      flush();
      cutLong(text, contentStart, lineEnd, pieces);
    } else {
      if (pieceStart >= 0 && lineEnd - pieceStart > PIECE_CHARS) flush();
      if (pieceStart < 0) pieceStart = lineStart;
      pieceEnd = lineEnd;
    }
    lineStart = lineEnd;
  }
  flush();
  return pieces;
}

function denseMarkup(text: string): boolean {
  let count = 0;
  MARKUP.lastIndex = 0;
  while (MARKUP.exec(text)) count++;
  return count * 8 > text.length;
}

/** Per line start, where the content begins after more than MAX_NESTING container markers. */
function deepPrefixes(text: string): Map<number, number> {
  const deep = new Map<number, number>();
  for (let lineStart = 0; lineStart < text.length; ) {
    const end = containerPrefixEnd(text, lineStart);
    if (end >= 0) deep.set(lineStart, end);
    const lf = text.indexOf('\n', lineStart);
    lineStart = lf < 0 ? text.length : lf + 1;
  }
  return deep;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * The end of a line's container markers (`>`, `-`, `+`, `*`, `1.`, `1)` and the spaces between)
 * when there are more than MAX_NESTING of them, else -1.
 */
function containerPrefixEnd(text: string, from: number): number {
  let i = from;
  let markers = 0;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    let next = -1;
    if (c === 0x3e) next = i + 1;
    else if ((c === 0x2d || c === 0x2b || c === 0x2a) && isSpace(text.charCodeAt(i + 1))) next = i + 1;
    else if (isDigit(c)) {
      let k = i;
      while (k < text.length && k - i < 9 && isDigit(text.charCodeAt(k))) k++;
      const d = text.charCodeAt(k);
      if ((d === 0x2e || d === 0x29) && isSpace(text.charCodeAt(k + 1))) next = k + 1;
    }
    if (next < 0) break;
    markers++;
    i = next;
  }
  if (markers <= MAX_NESTING) return -1;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Cuts [from, to) into pieces of at most PIECE_CHARS, after a sentence end or a space where one is near. */
function cutLong(text: string, from: number, to: number, out: Span[]): void {
  let start = from;
  while (to - start > PIECE_CHARS) {
    let cut = start + PIECE_CHARS;
    for (let k = cut; k > cut - 100; k--) {
      if (/[。！？；\s]/.test(text[k - 1])) {
        cut = k;
        break;
      }
    }
    // Never between the halves of a surrogate pair or of CRLF.
    const before = text.charCodeAt(cut - 1);
    if ((before >= 0xd800 && before <= 0xdbff) || (before === 0x0d && text.charCodeAt(cut) === 0x0a)) cut--;
    out.push({ start, end: cut });
    start = cut;
  }
  if (to > start) out.push({ start, end: to });
}
