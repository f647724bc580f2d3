/**
 * Splits a document into blocks that can be checked, cached and re-checked independently.
 * Plain text: one block per line. Markdown: runs of lines between blank lines, except that
 * fenced code, HTML comments and indented continuations stay in one block, and front matter
 * at the top is a block of its own. Markdown *inside* a block is parsed by a real parser.
 */
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

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const contentEnd = i;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      lines.push({ start, content: text.slice(start, contentEnd), full: text.slice(start, i + 1) });
      start = i + 1;
    }
  }
  if (start < text.length) lines.push({ start, content: text.slice(start), full: text.slice(start) });
  return lines;
}

export function plainTextBlocks(text: string): Block[] {
  return splitLines(text).map((line) => ({ start: line.start, text: line.full, kind: 'prose' }));
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
