import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Nodes } from 'mdast';

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

export function markdownProse(block: string): ProseView {
  // micromark drops a leading U+FEFF and counts positions without it; parse past it and shift back.
  const shift = block.charCodeAt(0) === 0xfeff ? 1 : 0;
  const tree = fromMarkdown(shift ? block.slice(1) : block, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const keep: [number, number][] = [];
  const html: ProseView['html'] = [];
  const visit = (node: Nodes): void => {
    const start = node.position && node.position.start.offset! + shift;
    const end = node.position && node.position.end.offset! + shift;
    if (node.type === 'text' && start !== undefined && end !== undefined) keep.push([start, end]);
    else if (node.type === 'html' && start !== undefined) html.push({ start, value: node.value });
    if (node.type === 'image' || node.type === 'imageReference') return;
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);

  let text = '';
  let cursor = 0;
  for (const [start, end] of keep) {
    if (start < cursor) continue;
    text += blankOut(block.slice(cursor, start)) + block.slice(start, end);
    cursor = end;
  }
  text += blankOut(block.slice(cursor));
  return { text, html };
}
