import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Nodes } from 'mdast';

/** What an HTML comment node holds: it renders as nothing. */
const COMMENT = /^<!--[\s\S]*-->$/;
/** Node fields that change what a reader sees (positions and raw spellings do not). */
const SHOWN = ['depth', 'ordered', 'start', 'spread', 'checked', 'align', 'lang', 'url', 'title', 'alt', 'value'] as const;

/**
 * How Markdown renders, as a string that two documents share exactly when they render the same:
 * the syntax tree without positions, with HTML comments left out and runs of whitespace in text
 * read as one space (as a browser does). A quick fix must leave this unchanged outside the words
 * it edits (`text: false` leaves the text out, to compare structure only); directives are HTML comments, so inserting one
 * must leave it unchanged entirely.
 */
export function markdownShape(markdown: string, { text = true } = {}): string {
  const tree = fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const out: string[] = [];
  // Without recursion: quotes and lists nest as deep as the input.
  const stack: (Nodes | string)[] = [tree];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    const fields: Record<string, unknown> = { type: item.type };
    for (const key of SHOWN) if (key in item) fields[key] = (item as unknown as Record<string, unknown>)[key];
    if (item.type === 'text') {
      if (!text) continue;
      fields.value = item.value.replace(/\s+/g, ' ');
    }
    out.push(JSON.stringify(fields));
    if ('children' in item) {
      const children = mergeText((item.children as Nodes[]).filter((c) => !(c.type === 'html' && COMMENT.test(c.value.trim()))));
      stack.push(')');
      for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]);
      stack.push('(');
    }
  }
  return out.join('');
}

/** Text nodes that an HTML comment had kept apart are one text once it is gone. */
function mergeText(children: Nodes[]): Nodes[] {
  const merged: Nodes[] = [];
  for (const child of children) {
    const last = merged[merged.length - 1];
    if (child.type === 'text' && last?.type === 'text') merged[merged.length - 1] = { ...last, value: last.value + child.value };
    else merged.push(child);
  }
  // Whitespace at the edges of a block's text and around a hard line break does not render.
  for (let k = 0; k < merged.length; k++) {
    const child = merged[k];
    if (child.type !== 'text') continue;
    let value = child.value;
    if (k === 0 || merged[k - 1].type === 'break') value = value.replace(/^\s+/, '');
    if (k === merged.length - 1 || merged[k + 1].type === 'break') value = value.replace(/\s+$/, '');
    merged[k] = { ...child, value };
  }
  return merged.filter((c) => c.type !== 'text' || c.value !== '');
}
