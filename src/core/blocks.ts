/**
 * Splits a document into blocks that can be checked, cached and re-checked independently.
 * Plain text: one block per line. Markdown: runs of lines between blank lines, except that
 * fenced code, HTML comments and indented continuations stay in one block, and front matter
 * at the top is a block of its own; a run of lines is cut further where no Markdown can join
 * the lines on either side (see `markdownCuts`), so a draft written with single newlines is
 * re-checked a paragraph at a time. Markdown *inside* a block is parsed by a real parser.
 */
import { forEachLineBreak } from './lineIndex';
import { withoutJammer } from './jammer';
import type { Span } from './model';

export type BlockKind = 'prose' | 'frontmatter';

export interface Block {
  start: number;
  text: string;
  kind: BlockKind;
}

interface Line {
  start: number;
  /** Text without its line ending. */
  content: string;
  /** Text with its line ending. */
  full: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  forEachLineBreak(text, (contentEnd, nextStart) => {
    lines.push({ start, content: text.slice(start, contentEnd), full: text.slice(start, nextStart) });
    start = nextStart;
  });
  if (start < text.length) lines.push({ start, content: text.slice(start), full: text.slice(start) });
  return lines;
}

/** One block per line, built straight from the line breaks: this runs on every keystroke. */
export function plainTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  forEachLineBreak(text, (_, nextStart) => {
    blocks.push({ start, text: text.slice(start, nextStart), kind: 'prose' });
    start = nextStart;
  });
  if (start < text.length) blocks.push({ start, text: text.slice(start), kind: 'prose' });
  return blocks;
}

/**
 * Plain-text blocks of `text` reusing those of its previous version: lines before and after the
 * edited span keep their block (and their strings, whose hashes V8 has already computed), and
 * only the lines in between are split again. One character of margin on each side of the edit
 * covers a CR and an LF joining into CRLF.
 */
export function updatePlainTextBlocks(previous: string, previousBlocks: Block[], text: string): Block[] {
  const shortest = Math.min(previous.length, text.length);
  const prefix = commonPrefixLength(previous, text, shortest);
  const suffix = commonSuffixLength(previous, text, shortest - prefix);
  const delta = text.length - previous.length;
  let head = 0;
  while (head < previousBlocks.length && previousBlocks[head].start + previousBlocks[head].text.length < prefix) head++;
  let tail = previousBlocks.length;
  while (tail > head && previousBlocks[tail - 1].start > previous.length - suffix) tail--;
  const from = head > 0 ? previousBlocks[head - 1].start + previousBlocks[head - 1].text.length : 0;
  const to = tail < previousBlocks.length ? previousBlocks[tail].start + delta : text.length;
  const middle = plainTextBlocks(text.slice(from, to));
  for (const block of middle) block.start += from;
  const moved = previousBlocks.slice(tail).map((b): Block => ({ start: b.start + delta, text: b.text, kind: b.kind }));
  return [...previousBlocks.slice(0, head), ...middle, ...moved];
}

/** Compared in chunks first: string equality on slices is far faster than a loop of charCodeAt. */
const CHUNK = 512;

function commonPrefixLength(a: string, b: string, max: number): number {
  let n = 0;
  while (n + CHUNK <= max && a.slice(n, n + CHUNK) === b.slice(n, n + CHUNK)) n += CHUNK;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function commonSuffixLength(a: string, b: string, max: number): number {
  let n = 0;
  while (n + CHUNK <= max && a.slice(a.length - n - CHUNK, a.length - n) === b.slice(b.length - n - CHUNK, b.length - n)) n += CHUNK;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const isBlank = (s: string) => /^[ \t]*$/.test(s);

/** `cut: false` gives the runs between blank lines whole (to parse a run in its full context). */
export function markdownBlocks(text: string, { cut = true } = {}): Block[] {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  let i = 0;

  if (lines.length > 0 && /^---[ \t]*$/.test(lines[0].content)) {
    const close = lines.findIndex((l, k) => k > 0 && /^(---|\.\.\.)[ \t]*$/.test(l.content));
    if (close > 0) {
      blocks.push(joinLines(lines, 0, close + 1, 'frontmatter'));
      i = close + 1;
    }
  }

  let blockStart = -1;
  let fence: string | undefined;
  let inComment = false;
  for (; i < lines.length; i++) {
    const content = lines[i].content;
    if (blockStart < 0) {
      if (isBlank(content)) continue;
      blockStart = i;
    }
    if (fence) {
      const m = FENCE.exec(content);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && isBlank(content.slice(m[0].length))) fence = undefined;
    } else if (inComment) {
      if (content.includes('-->')) inComment = false;
    } else {
      const m = FENCE.exec(content);
      if (m) fence = m[1];
      else if (content.lastIndexOf('<!--') > content.lastIndexOf('-->')) inComment = true;
    }
    const next = lines[i + 1];
    const endsHere =
      !fence && !inComment && (next === undefined || (isBlank(next.content) && !continuesAfterBlank(lines, i + 1)));
    if (endsHere) {
      pushProse(blocks, lines, blockStart, i + 1, cut);
      blockStart = -1;
    }
  }
  if (blockStart >= 0) pushProse(blocks, lines, blockStart, lines.length, cut);
  return blocks;
}

function pushProse(blocks: Block[], lines: Line[], from: number, to: number, cut: boolean): void {
  let start = from;
  for (const at of cut ? markdownCuts(lines, from, to) : []) {
    blocks.push(joinLines(lines, start, at, 'prose'));
    start = at;
  }
  blocks.push(joinLines(lines, start, to, 'prose'));
}

/** A block at least this long is cut before a line that starts a list item, a quote or a heading. */
const MAX_BLOCK_CHARS = 20_000;
/** Characters that open or close inline Markdown which may run over several lines. */
const INLINE_MARK = /[`*_~[\]<>\\]/;
/** A line that may change how the lines before it parse (setext underline, table delimiter row), start a structure, or be code. */
const STARTS_STRUCTURE = /^(?: {0,3}(?:[=\-|:+*>#~`<]|\d+[.)])| {4}|[ ]{0,3}\t)/;
/** `[label]:` whose destination may follow on the next line. */
const LINK_DEFINITION = /^ {0,3}\[[^\]]*\]:/;
const STARTS_CONTAINER = /^ {0,3}(?:[-+*>#]|\d+[.)])/;

/**
 * Where a run of Markdown lines can be cut into blocks that parse to the same prose as the
 * whole run: before a line that starts no structure and continues none, when every inline mark
 * before it is balanced (code spans, emphasis, brackets and angle brackets closed), so nothing
 * open runs into it. A very long run is also cut before a list item, a quote or a heading.
 */
function markdownCuts(lines: Line[], from: number, to: number): number[] {
  const cuts: number[] = [];
  const open: OpenMarks = { backticks: 0, stars: 0, underscores: 0, tildes: 0, brackets: 0, angles: 0 };
  let fence: string | undefined;
  let chars = 0;
  let previous = '';
  for (let k = from; k < to; k++) {
    // The parser reads jammer runs as letters (see markdownProse): so does this.
    const raw = lines[k].content;
    const line = INLINE_MARK.test(raw) || STARTS_STRUCTURE.test(raw) ? withoutJammer(raw) : raw;
    if (k > from && !fence) {
      const codeOrComment = open.backticks % 2 !== 0 || open.tildes % 2 !== 0 || open.angles > 0;
      const balanced = !codeOrComment && open.stars % 2 === 0 && open.underscores % 2 === 0 && open.brackets === 0;
      const joinable = isBlank(line) || isBlank(previous) || previous.endsWith('\\') || LINK_DEFINITION.test(previous);
      const exact = balanced && !joinable && !STARTS_STRUCTURE.test(line);
      const long = chars >= MAX_BLOCK_CHARS && !codeOrComment && !isBlank(line) && (STARTS_CONTAINER.test(line) || !INLINE_MARK.test(line));
      if (exact || long) {
        cuts.push(k);
        for (const key of Object.keys(open) as (keyof typeof open)[]) open[key] = 0;
        chars = 0;
      }
    }
    chars += lines[k].full.length;
    const m = FENCE.exec(line);
    if (fence) {
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && isBlank(line.slice(m[0].length))) fence = undefined;
    } else if (m) fence = m[1];
    else countMarks(line, open);
    previous = line;
  }
  return cuts;
}

type OpenMarks = { backticks: number; stars: number; underscores: number; tildes: number; brackets: number; angles: number };

/** Adds a line's runs of ` * _ ~ and its bracket balance to `open`. */
function countMarks(line: string, open: OpenMarks): void {
  if (!INLINE_MARK.test(line)) return;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (c === '[') open.brackets++;
    else if (c === ']') open.brackets = Math.max(0, open.brackets - 1);
    else if (c === '<') open.angles++;
    else if (c === '>') open.angles = Math.max(0, open.angles - 1);
    else if ((c === '`' || c === '*' || c === '_' || c === '~') && line[i - 1] !== c) {
      if (c === '`') open.backticks++;
      else if (c === '*') open.stars++;
      else if (c === '_') open.underscores++;
      else open.tildes++;
    }
  }
}

/** An indented line after blank lines continues a list item or indented code. */
function continuesAfterBlank(lines: Line[], from: number): boolean {
  let k = from;
  while (k < lines.length && isBlank(lines[k].content)) k++;
  return k < lines.length && /^( {2,}|\t)/.test(lines[k].content);
}

function joinLines(lines: Line[], from: number, to: number, kind: BlockKind): Block {
  let text = '';
  for (let k = from; k < to; k++) text += lines[k].full;
  return { start: lines[from].start, text, kind };
}

/**
 * The span widened to whole blocks (a Markdown run of lines, a fence, the front matter, a plain
 * line): a part of a document checked alone must start and end where its blocks do, or a fence
 * or the front matter cut in half would be read as prose.
 */
export function wholeBlocksSpan(text: string, kind: 'markdown' | 'plaintext', start: number, end: number): Span {
  if (kind !== 'markdown') {
    const from = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
    const lf = text.indexOf('\n', Math.max(end - 1, from));
    return { start: from, end: end <= from ? from : lf < 0 ? text.length : lf + 1 };
  }
  let from = start;
  let to = end;
  for (const block of markdownBlocks(text)) {
    const blockEnd = block.start + block.text.length;
    if (block.start <= start && start < blockEnd) from = block.start;
    if (block.start < end && end < blockEnd) to = blockEnd;
  }
  return { start: from, end: Math.max(from, to) };
}
