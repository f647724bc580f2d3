import { markdownBlocks, plainTextBlocks } from './blocks';
import { markdownProse } from './markdownProse';
import type { DocumentKind, Span } from './model';
import { splitSentences } from './paragraph';

/** A sentence of the draft that can leave it (for the drafting notes) without disturbing the rest. */
export interface SentenceToMove {
  /** The sentence as it stands in the draft (markup inside it kept). */
  sentence: string;
  /** Where the sentence starts. */
  start: number;
  /** What leaves the draft: the sentence and the spaces after it, or its whole line when nothing else is on it. */
  remove: Span;
}

const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * The sentence holding `offset`, and what to delete to take it out. In Markdown the rest of the
 * block must read the same afterwards (no half of a `**…**` or a link left behind): otherwise
 * undefined, and nothing is offered.
 */
export function sentenceToMove(text: string, kind: DocumentKind, offset: number): SentenceToMove | undefined {
  const blocks = kind === 'markdown' ? markdownBlocks(text) : plainTextBlocks(text);
  const block = blocks.find((b) => b.start <= offset && offset < b.start + b.text.length);
  if (!block || block.kind === 'frontmatter') return undefined;
  const prose = kind === 'markdown' ? markdownProse(block.text).text : block.text;
  const at = offset - block.start;
  const lineStart = Math.max(prose.lastIndexOf('\n', at - 1), prose.lastIndexOf('\r', at - 1)) + 1;
  const breakAt = prose.slice(lineStart).search(/\r\n|\r|\n/);
  const contentEnd = breakAt < 0 ? prose.length : lineStart + breakAt;
  const line = prose.slice(lineStart, contentEnd);
  const span = splitSentences(line).find((s) => at - lineStart < s.end);
  if (!span) return undefined;
  const words = line.slice(span.start, span.end);
  const from = lineStart + span.start + (words.length - words.trimStart().length);
  const to = lineStart + span.end - (words.length - words.trimEnd().length);
  if (to <= from) return undefined;

  let remove: Span;
  if (!/\S/.test(prose.slice(lineStart, from) + prose.slice(to, contentEnd))) {
    // Nothing else is on the line: it goes with its line break (or the one before it, on the last line).
    const lineBreak = /^(\r\n|\r|\n)/.exec(prose.slice(contentEnd))?.[0] ?? '';
    const before = lineBreak || lineStart === 0 ? '' : /(\r\n|\r|\n)$/.exec(prose.slice(0, lineStart))?.[0] ?? '';
    remove = { start: lineStart - before.length, end: contentEnd + lineBreak.length };
  } else {
    remove = { start: from, end: to + /^[ \t\u3000]*/.exec(block.text.slice(to))![0].length };
  }
  if (kind === 'markdown') {
    const left = block.text.slice(0, remove.start) + block.text.slice(remove.end);
    if (squash(markdownProse(left).text) !== squash(prose.slice(0, remove.start) + prose.slice(remove.end))) return undefined;
  }
  return {
    sentence: block.text.slice(from, to),
    start: block.start + from,
    remove: { start: block.start + remove.start, end: block.start + remove.end },
  };
}
