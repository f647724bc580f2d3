import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Nodes } from 'mdast';
import type { Span } from './model';
import { withoutJammer } from './jammer';
import { markdownPieces } from './markdownPieces';

/** A block's prose as a same-length string: markup, code, link targets and HTML become spaces. */
export interface ProseView {
  text: string;
  /** HTML nodes (comments carry our disable directives), offsets relative to the block. */
  html: { start: number; value: string }[];
}

/** Same length, line ends kept, everything else a space (one per UTF-16 code unit). */
export function blankOut(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

function parse(text: string, offset: number, keep: Span[], html: ProseView['html']): void {
  // micromark drops a leading U+FEFF and counts positions without it; parse past it and shift back.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const tree = fromMarkdown(shift ? text.slice(1) : text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const base = offset + shift;
  // Depth-first in document order, without recursion: quotes and lists nest as deep as the input.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const start = node.position && node.position.start.offset! + base;
    const end = node.position && node.position.end.offset! + base;
    if (node.type === 'text' && start !== undefined && end !== undefined) keep.push({ start, end });
    else if (node.type === 'html' && start !== undefined) html.push({ start, value: node.value });
    if (node.type === 'image' || node.type === 'imageReference') continue;
    if ('children' in node) for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k] as Nodes);
  }
}

/**
 * The prose of a Markdown block. Forum jammer runs (`( a- v2 g. _% D#`) are not Markdown: their
 * backticks, `_` and `[` would open code spans and links across lines and hide whole real
 * paragraphs, so the parser reads them as plain letters (see `withoutJammer`) and the prose
 * keeps them as written, unless they sit inside code or a link target. A block whose parse would
 * cost more than linear time is parsed in pieces (see `markdownPieces`).
 */
export function markdownProse(block: string): ProseView {
  const parsed = withoutJammer(block);
  const keep: Span[] = [];
  const html: ProseView['html'] = [];
  for (const piece of markdownPieces(parsed)) parse(parsed.slice(piece.start, piece.end), piece.start, keep, html);

  const parts: string[] = [];
  let cursor = 0;
  for (const { start, end } of keep) {
    const from = Math.max(start, cursor);
    if (end <= from) continue;
    parts.push(blankOut(block.slice(cursor, from)), block.slice(from, end));
    cursor = end;
  }
  parts.push(blankOut(block.slice(cursor)));
  return { text: parts.join(''), html };
}
