/**
 * Splits a document into blocks that can be checked, cached and re-checked independently.
 * Plain text: one block per line. Markdown: runs of lines between blank lines, except that
 * fenced code, HTML comments and indented continuations stay in one block, and front matter
 * at the top is a block of its own. Markdown *inside* a block is parsed by a real parser.
 */
import { forEachLineBreak } from './lineIndex';

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

export function markdownBlocks(text: string): Block[] {
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
      blocks.push(joinLines(lines, blockStart, i + 1, 'prose'));
      blockStart = -1;
    }
  }
  if (blockStart >= 0) blocks.push(joinLines(lines, blockStart, lines.length, 'prose'));
  return blocks;
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
