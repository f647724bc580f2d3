import type { Finding } from '../core/findings';
import type { OffsetEdit } from './protocol';

/** A finding together with the text it covered when it was found. */
export interface PlacedFinding extends Finding {
  matched: string;
}

/** The edit of a finding's fix: it replaces exactly the finding's range, nothing around it. */
export function fixEdit(finding: Finding, fixIndex = 0): OffsetEdit | undefined {
  const fix = finding.fixes[fixIndex];
  if (!fix) return undefined;
  return { offset: finding.offset, length: finding.length, newText: fix.replacement };
}

/** True when `text` still holds what the finding matched (a stale finding must not edit). */
export function stillMatches(text: string, finding: PlacedFinding): boolean {
  return text.slice(finding.offset, finding.offset + finding.length) === finding.matched;
}

/**
 * The first fix of every finding that has one, as edits that do not overlap, in document order;
 * applying them all at once is one undo step. Of overlapping edits the one that starts first
 * wins, and of two starting together the longer (a deletion of noise beats a fix inside it).
 */
export function mergeFixes(findings: readonly Finding[]): OffsetEdit[] {
  const edits = findings
    .map((f) => fixEdit(f))
    .filter((e): e is OffsetEdit => e !== undefined)
    .sort((a, b) => a.offset - b.offset || b.length - a.length);
  const out: OffsetEdit[] = [];
  for (const e of edits) {
    const last = out.at(-1);
    if (last && (e.offset < last.offset + last.length || e.offset === last.offset)) continue;
    out.push(e);
  }
  return out;
}

/** Applies non-overlapping edits (any order) to text. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
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
export function disableCommentEdit(text: string, kind: 'markdown' | 'plaintext', offset: number, ruleId: string): OffsetEdit | undefined {
  if (kind === 'markdown' && offset < frontMatterEnd(text)) return undefined;
  const start = lineStartOf(text, offset);
  const prefix = /^[ \t>]*/.exec(text.slice(start, offset))![0];
  const comment = kind === 'markdown' ? `<!-- speech-draft-disable-next-line ${ruleId} -->` : `// speech-draft-disable-next-line ${ruleId}`;
  return { offset: start, length: 0, newText: prefix + comment + lineEnding(text, start) };
}
