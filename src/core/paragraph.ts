import type { Segmenter, Span, Token } from './model';

/** 。！？!?；;… and line feed end a sentence. */
function endsSentence(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff1b || c === 0x3b || c === 0x2026 || c === 0x0a;
}

/**
 * A half-width full stop after a Chinese character (not a decimal point) ends a sentence and a
 * clause as 。 does: a pasted draft reads the same before and after its marks are fixed.
 */
function isHalfWidthStop(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x2e) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  return ((before >= 0x3400 && before <= 0x9fff) || (before >= 0xf900 && before <= 0xfaff)) && !(after >= 0x30 && after <= 0x39);
}

/** ”’」』）)]】"' and whitespace may follow a sentence's final mark. */
function closesSentence(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x29 || c === 0x5d || c === 0x3011 || c === 0x22 || c === 0x27 || isWhitespace(c);
}

/** Closing mark for “ ‘ 「 『, or 0. */
function closingQuote(c: number): number {
  switch (c) {
    case 0x201c: return 0x201d;
    case 0x2018: return 0x2019;
    case 0x300c: return 0x300d;
    case 0x300e: return 0x300f;
    default: return 0;
  }
}

/** What `\s` matches in a regular expression. */
function isWhitespace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Sentences of a paragraph: each ends after its final mark and any closing quotes. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!endsSentence(text.charCodeAt(i)) && !isHalfWidthStop(text, i)) continue;
    let end = i + 1;
    while (end < text.length && (endsSentence(text.charCodeAt(end)) || closesSentence(text.charCodeAt(end)))) end++;
    spans.push({ start, end });
    start = end;
    i = end - 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** ，,；;：:。！？!?… and line breaks end a clause. */
function endsClause(c: number): boolean {
  return c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x0a || c === 0x0d;
}

/** Clauses of a paragraph: the spans between clause-ending marks (marks excluded, empty spans dropped). */
function splitClauses(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !endsClause(text.charCodeAt(i)) && !isHalfWidthStop(text, i)) continue;
    if (i > start) spans.push({ start, end: i });
    start = i + 1;
  }
  return spans;
}

/** Quotation marks that open or close quoted text: “”‘’「」『』 and ASCII ". */
const QUOTE_MARK = /[“”‘’「」『』"]/;

/** Text inside quotation marks (content only). An unclosed quote runs to the paragraph's end. */
function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (!QUOTE_MARK.test(text)) return spans;
  const stack: { close: number; start: number }[] = [];
  let asciiOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (top && c === top.close) {
      stack.pop();
      if (stack.length === 0) spans.push({ start: top.start, end: i });
    } else if (closingQuote(c)) {
      stack.push({ close: closingQuote(c), start: i + 1 });
    } else if (c === 0x22 && stack.length === 0) {
      if (asciiOpen < 0) asciiOpen = i + 1;
      else {
        spans.push({ start: asciiOpen, end: i });
        asciiOpen = -1;
      }
    }
  }
  if (stack.length > 0) spans.push({ start: stack[0].start, end: text.length });
  return outermost(spans);
}

/** Quoted spans nest (“…"…"…” closes the inner one first): the outermost ones, in order. */
function outermost(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) if (out.length === 0 || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

const STARTS = 1;
const ENDS = 2;

/** Everything a rule needs to know about one paragraph; offsets relative to the paragraph. */
export class ParagraphContext {
  readonly tokens: Token[];
  /** Indices into `tokens` of the non-whitespace tokens, in order. */
  readonly words: number[];
  /** Per offset: STARTS when a token starts there, ENDS when one ends there (offset 0 counts as an end). */
  private readonly boundaries: Uint8Array;
  private sentenceCache: Span[] | undefined;
  private clauseCache: Span[] | undefined;
  private quotedCache: Span[] | undefined;
  private memos: Map<object, unknown> | undefined;
  private tagCache: Map<number, string> | undefined;

  /**
   * @param source The paragraph as written, same length as `text` (in Markdown `text` has its
   *   markup blanked out): rules that delete text check here that they delete nothing else.
   */
  constructor(
    readonly text: string,
    private readonly segmenter: Segmenter,
    readonly source: string = text,
  ) {
    this.tokens = segmenter.cut(text);
    const boundaries = new Uint8Array(text.length + 1);
    this.words = [];
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i];
      boundaries[t.start] |= STARTS;
      boundaries[t.end] |= ENDS;
      if (!isWhitespaceToken(t.text)) this.words.push(i);
    }
    boundaries[0] |= ENDS;
    this.boundaries = boundaries;
  }

  /** Sentences and quoted spans are computed on first use: most paragraphs need neither. */
  get sentences(): Span[] {
    return (this.sentenceCache ??= splitSentences(this.text));
  }

  get quoted(): Span[] {
    return (this.quotedCache ??= quotedSpans(this.text));
  }

  get clauses(): Span[] {
    return (this.clauseCache ??= splitClauses(this.text));
  }

  /** A value computed once per paragraph for `key` (an index a rule kind built over its rules). */
  memo<T>(key: object, compute: () => T): T {
    this.memos ??= new Map();
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  /** Index into `clauses` of the clause holding offset, or -1 (an offset on a clause mark). */
  clauseIndexAt(offset: number): number {
    const clauses = this.clauses;
    let lo = 0;
    let hi = clauses.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (clauses[mid].end <= offset) lo = mid + 1;
      else if (clauses[mid].start > offset) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  startsToken(offset: number): boolean {
    return (this.boundaries[offset] & STARTS) !== 0;
  }

  endsToken(offset: number): boolean {
    return (this.boundaries[offset] & ENDS) !== 0;
  }

  /** The token starting at offset (binary search: rarely needed, so not indexed). */
  tokenAt(offset: number): Token | undefined {
    const i = this.tokenIndexAt(offset);
    return i < 0 ? undefined : this.tokens[i];
  }

  /** The token ending at offset (tokens cover the text, so it is the one before the token starting there). */
  tokenEndingAt(offset: number): Token | undefined {
    if (offset === this.text.length) return this.tokens.at(-1);
    const i = this.tokenIndexAt(offset);
    return i > 0 ? this.tokens[i - 1] : undefined;
  }

  private tokenIndexAt(offset: number): number {
    if (!this.startsToken(offset)) return -1;
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** jieba's part-of-speech tag for the token starting at offset (tags are computed on demand). */
  tagAt(offset: number): string | undefined {
    const token = this.tokenAt(offset);
    if (!token) return undefined;
    // Tagging a paragraph costs about as much as cutting it; a word seen before needs no call.
    const known = this.tagCache ? undefined : this.segmenter.knownTag?.(token.text);
    if (known !== undefined) return known;
    this.tagCache ??= this.segmenter.tags(this.text);
    return this.tagCache.get(offset);
  }

  /** The tag of the word that ends at offset, skipping whitespace (undefined at the paragraph's start). */
  tagOfWordBefore(offset: number): string | undefined {
    let lo = 0;
    let hi = this.words.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[this.words[mid]].end <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? undefined : this.tagAt(this.tokens[this.words[found]].start);
  }

  /** Binary searches: a paragraph with no sentence end can hold a hundred thousand matches. */
  sentenceAt(offset: number): Span {
    const sentences = this.sentences;
    const i = firstEndingAfter(sentences, offset);
    return i < sentences.length ? sentences[i] : { start: 0, end: this.text.length };
  }

  isQuoted(start: number, end: number): boolean {
    // Quoted spans are disjoint and in order: only the first one ending at or after `end` can hold the match.
    const quoted = this.quoted;
    const i = firstEndingAfter(quoted, end - 1);
    return i < quoted.length && start >= quoted[i].start && end <= quoted[i].end;
  }
}

/** Index of the first span (sorted, disjoint) whose end is after offset; spans.length if none. */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function isWhitespaceToken(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return text.length > 0;
}
