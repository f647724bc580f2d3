import type { Segmenter, Token } from './segmenter';

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？!?；;…\n]/;
const CLOSERS = /[”’」』）)\]】"'\s]/;
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』' };

/** Sentences of a paragraph: each ends after its final mark and any closing quotes. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!SENTENCE_END.test(text[i])) continue;
    let end = i + 1;
    while (end < text.length && (SENTENCE_END.test(text[end]) || CLOSERS.test(text[end]))) end++;
    spans.push({ start, end });
    start = end;
    i = end - 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** Text inside quotation marks (content only). An unclosed quote runs to the paragraph's end. */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const stack: { close: string; start: number }[] = [];
  let asciiOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const top = stack[stack.length - 1];
    if (top && ch === top.close) {
      stack.pop();
      if (stack.length === 0) spans.push({ start: top.start, end: i });
    } else if (QUOTE_PAIRS[ch]) {
      stack.push({ close: QUOTE_PAIRS[ch], start: i + 1 });
    } else if (ch === '"' && stack.length === 0) {
      if (asciiOpen < 0) asciiOpen = i + 1;
      else {
        spans.push({ start: asciiOpen, end: i });
        asciiOpen = -1;
      }
    }
  }
  if (stack.length > 0) spans.push({ start: stack[0].start, end: text.length });
  return spans;
}

const WHITESPACE = /^\s+$/;

/** Everything a rule needs to know about one paragraph; offsets relative to the paragraph. */
export class ParagraphContext {
  readonly tokens: Token[];
  /** Indices into `tokens` of the non-whitespace tokens, in order. */
  readonly words: number[];
  /** tokenStarting[offset] = token index + 1, or 0 when no token starts there. */
  private readonly tokenStarting: Int32Array;
  private readonly tokenEnding: Uint8Array;
  readonly sentences: Span[];
  readonly quoted: Span[];
  private tagCache: Map<number, string> | undefined;

  constructor(
    readonly text: string,
    private readonly segmenter: Segmenter,
  ) {
    this.tokens = segmenter.cut(text);
    this.tokenStarting = new Int32Array(text.length + 1);
    this.tokenEnding = new Uint8Array(text.length + 1);
    this.words = [];
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i];
      this.tokenStarting[t.start] = i + 1;
      this.tokenEnding[t.end] = 1;
      if (!WHITESPACE.test(t.text)) this.words.push(i);
    }
    this.tokenEnding[0] = 1;
    this.sentences = splitSentences(text);
    this.quoted = quotedSpans(text);
  }

  startsToken(offset: number): boolean {
    return this.tokenStarting[offset] > 0;
  }

  endsToken(offset: number): boolean {
    return this.tokenEnding[offset] === 1;
  }

  tokenAt(offset: number): Token | undefined {
    const i = this.tokenStarting[offset];
    return i > 0 ? this.tokens[i - 1] : undefined;
  }

  /** jieba's part-of-speech tag for the token starting at offset (tags are computed on demand). */
  tagAt(offset: number): string | undefined {
    this.tagCache ??= this.segmenter.tags(this.text);
    return this.tagCache.get(offset);
  }

  sentenceAt(offset: number): Span {
    for (const s of this.sentences) if (offset < s.end) return s;
    return { start: 0, end: this.text.length };
  }

  isQuoted(start: number, end: number): boolean {
    return this.quoted.some((q) => start >= q.start && end <= q.end);
  }
}
