import type { DocumentKind, Finding, Span } from '../core';
import type { SpanEdit } from '../protocol';

/** The edit of a finding's fix: it replaces exactly the finding's range, nothing around it. */
export function fixEdit(finding: Finding, fixIndex = 0): SpanEdit | undefined {
  const fix = finding.fixes[fixIndex];
  if (!fix) return undefined;
  return { start: finding.start, end: finding.end, newText: fix.replacement };
}

/** True when `text` still holds what the finding covered (a stale finding must not edit). */
export function stillMatches(text: string, finding: Span & { text: string }): boolean {
  return text.slice(finding.start, finding.end) === finding.text;
}

/**
 * The first fix of every finding that has one, as edits that do not overlap, in document order;
 * applying them all at once is one undo step. Of overlapping edits the one that starts first
 * wins, and of two starting together the longer (a deletion of noise beats a fix inside it).
 */
export function mergeFixes(findings: readonly Finding[]): SpanEdit[] {
  const edits = findings
    .map((f) => fixEdit(f))
    .filter((e): e is SpanEdit => e !== undefined)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SpanEdit[] = [];
  for (const e of edits) {
    const last = out.at(-1);
    if (last && (e.start < last.end || e.start === last.start)) continue;
    out.push(e);
  }
  return out;
}

/** Applies non-overlapping edits (any order) to text. */
export function applyEdits(text: string, edits: readonly SpanEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** The document's own line ending, so an inserted line does not mix CRLF and LF. */
function lineEnding(text: string, offset: number): string {
  const after = /\r\n|\n|\r/.exec(text.slice(offset));
  const match = after ?? /\r\n|\n|\r/.exec(text);
  return match ? match[0] : '\n';
}

/** Markdown front matter at the top of the document, where an HTML comment would break the YAML. */
function frontMatterEnd(text: string): number {
  const m = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? m[0].length : 0;
}

/**
 * The edit that inserts a disable-next-line comment above the finding's line, keeping the
 * line's indentation (and blockquote markers in Markdown). Undefined where a comment cannot go
 * (inside Markdown front matter).
 */
export function disableCommentEdit(text: string, kind: DocumentKind, offset: number, ruleId: string): SpanEdit | undefined {
  if (kind === 'markdown' && offset < frontMatterEnd(text)) return undefined;
  const start = lineStartOf(text, offset);
  const prefix = /^[ \t>]*/.exec(text.slice(start, offset))![0];
  const comment = kind === 'markdown' ? `<!-- speech-draft-disable-next-line ${ruleId} -->` : `// speech-draft-disable-next-line ${ruleId}`;
  return { start, end: start, newText: prefix + comment + lineEnding(text, start) };
}

/**
 * The edit that switches a rule off for the rest of the document: a `speech-draft-disable`
 * comment on a line of its own at the top (below Markdown front matter, which it would break).
 * Undefined for a finding above that line (on the intent card), which the comment would not reach.
 */
export function disableDocumentEdit(text: string, kind: DocumentKind, findingStart: number, ruleId: string): SpanEdit | undefined {
  const at = kind === 'markdown' ? frontMatterEnd(text) : 0;
  if (findingStart < at) return undefined;
  const comment = kind === 'markdown' ? `<!-- speech-draft-disable ${ruleId} -->` : `// speech-draft-disable ${ruleId}`;
  return { start: at, end: at, newText: comment + lineEnding(text, at) };
}
