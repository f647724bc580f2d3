import { markdownBlocks, markdownShape, type DocumentKind } from '../core';
import type { SpanEdit } from '../protocol';

/** Blocks longer than this are not parsed again to place a comment (no "disable" action there). */
const MAX_VERIFIED_BLOCK = 20_000;

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineContentEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** The document's own line ending, so an inserted line does not mix CRLF and LF. */
function lineEnding(text: string, offset: number): string {
  const after = /\r\n|\n|\r/.exec(text.slice(offset));
  const match = after ?? /\r\n|\n|\r/.exec(text);
  return match ? match[0] : '\n';
}

/**
 * Plain text: a `// speech-draft-disable-next-line RULE` line above the finding's line, with the
 * line's indentation (and nothing else: `>` is text there, not a quote).
 */
function plainTextEdit(text: string, offset: number, ruleId: string): SpanEdit {
  const start = lineStartOf(text, offset);
  const indent = /^[ \t]*/.exec(text.slice(start, offset))![0];
  return { start, end: start, newText: `${indent}// speech-draft-disable-next-line ${ruleId}${lineEnding(text, start)}` };
}

/**
 * Places on the finding's line where a trailing comment can go: in a table row, inside the cell
 * that holds the finding; otherwise at the end of the line, before trailing spaces or a `\`
 * (a hard line break) and before a heading's closing `#`s.
 */
function trailingPlaces(text: string, offset: number, end: number): number[] {
  const lineStart = lineStartOf(text, offset);
  const contentEnd = lineContentEnd(text, offset);
  const line = text.slice(lineStart, contentEnd);
  const places: number[] = [];
  const from = Math.min(Math.max(end, offset), contentEnd) - lineStart;
  for (let i = from; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') {
      places.push(lineStart + i - (/[ \t]*$/.exec(line.slice(0, i))![0].length));
      break;
    }
  }
  let tail = line.replace(/(?:[ \t]+#+)?[ \t]*\\?[ \t]*$/, '');
  if (tail.length === 0) tail = line.replace(/[ \t]+$/, '');
  places.push(lineStart + tail.length);
  return places;
}

/** The Markdown block holding offset (front matter: none, a comment there would break the YAML). */
function blockAt(text: string, offset: number): { start: number; text: string } | undefined {
  for (const block of markdownBlocks(text, { cut: false })) {
    if (offset >= block.start && offset < block.start + block.text.length) return block.kind === 'prose' ? block : undefined;
  }
  return undefined;
}

/**
 * True when the edited block renders as before. A comment that the parser did not read as an
 * HTML comment (inside a code span, a link target or raw HTML) shows in the shape, so it fails.
 */
function keepsRendering(block: { start: number; text: string }, edit: SpanEdit): boolean {
  const at = edit.start - block.start;
  return markdownShape(block.text.slice(0, at) + edit.newText + block.text.slice(at)) === markdownShape(block.text);
}

/**
 * The edit that silences `ruleId` on the finding's line. Markdown: a trailing
 * `<!-- speech-draft-disable-line RULE -->` where the parser confirms that the document renders
 * exactly as before (tables, tight lists, soft-wrapped paragraphs and lazy continuations stay
 * intact), else a `disable-next-line` comment above the line if that renders the same; undefined
 * when neither does (and in front matter). Plain text: a directive line above.
 */
export function disableCommentEdit(text: string, kind: DocumentKind, offset: number, ruleId: string, end = offset): SpanEdit | undefined {
  if (kind !== 'markdown') return plainTextEdit(text, offset, ruleId);
  const block = blockAt(text, offset);
  if (!block || block.text.length > MAX_VERIFIED_BLOCK) return undefined;
  const trailing = `<!-- speech-draft-disable-line ${ruleId} -->`;
  for (const place of trailingPlaces(text, offset, end)) {
    const edit = { start: place, end: place, newText: ` ${trailing}` };
    if (keepsRendering(block, edit)) return edit;
  }
  const lineStart = lineStartOf(text, offset);
  const prefix = /^[ \t>]*/.exec(text.slice(lineStart, offset))![0];
  const above = `<!-- speech-draft-disable-next-line ${ruleId} -->`;
  const edit = { start: lineStart, end: lineStart, newText: prefix + above + lineEnding(text, lineStart) };
  return keepsRendering(block, edit) ? edit : undefined;
}

/** Where the document's own text starts: after Markdown front matter, which a comment would break. */
function bodyStart(text: string, kind: DocumentKind): number {
  if (kind !== 'markdown') return 0;
  const first = markdownBlocks(text)[0];
  return first?.kind === 'frontmatter' ? first.start + first.text.length : 0;
}

/**
 * The edit that switches a rule off for the rest of the document: a `speech-draft-disable`
 * comment on a line of its own at the top (below Markdown front matter). Undefined for a finding
 * above that line (on the intent card), which the comment would not reach.
 */
export function disableDocumentEdit(text: string, kind: DocumentKind, findingStart: number, ruleId: string): SpanEdit | undefined {
  const at = bodyStart(text, kind);
  if (findingStart < at) return undefined;
  const comment = kind === 'markdown' ? `<!-- speech-draft-disable ${ruleId} -->` : `// speech-draft-disable ${ruleId}`;
  return { start: at, end: at, newText: comment + lineEnding(text, at) };
}
