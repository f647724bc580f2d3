import type { Finding, Span } from '../core';
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
