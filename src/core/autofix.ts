import type { Checker } from './checker';
import { CATEGORY_TABLE, type DocumentKind, type Finding, type Span } from './model';
import { splitSentences } from './paragraph';

/** An edit replacing [start, end) of a text (UTF-16 offsets) with `newText`. */
export interface TextEdit extends Span {
  newText: string;
}

/**
 * The first fix of every finding that has one, as edits that do not overlap, in document order;
 * applying them all at once is one undo step. Of overlapping edits the one that starts first
 * wins, of two starting together the longer (a deletion of noise beats a fix inside it), and of
 * two over the same range the shorter replacement (deleting a stray mark beats converting it).
 */
export function mergeFixes(findings: readonly Finding[]): TextEdit[] {
  const edits = findings
    .filter((f) => f.fixes.length > 0)
    .map((f) => ({ start: f.start, end: f.end, newText: f.fixes[0].replacement }))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.newText.length - b.newText.length);
  const out: TextEdit[] = [];
  for (const e of edits) {
    const last = out.at(-1);
    if (last && (e.start < last.end || e.start === last.start)) continue;
    out.push(e);
  }
  return out;
}

/** Applies non-overlapping edits (any order) to text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The sentences (on their lines) that each of the spans touches. */
function sentencesAround(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const lineStart = span.start === 0 ? 0 : text.lastIndexOf('\n', span.start - 1) + 1;
    const newline = text.indexOf('\n', span.end);
    const lineEnd = newline < 0 ? text.length : newline;
    for (const s of splitSentences(text.slice(lineStart, lineEnd))) {
      const start = s.start + lineStart;
      const end = s.end + lineStart;
      if (start < Math.max(span.end, span.start + 1) && end > span.start) out.push({ start, end });
    }
  }
  return out;
}

function overlaps(edit: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => (edit.start === edit.end ? edit.start >= s.start && edit.start < s.end : edit.start < s.end && edit.end > s.start));
}

/**
 * The fixes fix-all applies: only those that cannot change what the speech says (`Fix.safe`:
 * punctuation, numbers, typos, noise), and none inside a sentence that still carries an
 * error-level finding no fix solves, since the drafter has to rewrite that sentence anyway
 * (removing pasted noise is the exception: it is not the drafter's text). Voice fixes stay
 * single quick fixes, where the drafter reads them.
 */
export function safeFixEdits(text: string, findings: readonly Finding[]): TextEdit[] {
  const unsolvable = findings.filter((f) => f.severity === 'error' && f.fixes.length === 0);
  const heldBack = sentencesAround(text, unsolvable);
  const safe = findings.filter((f) => f.fixes[0]?.safe && (CATEGORY_TABLE[f.category].foreign || !overlaps(f, heldBack)));
  return mergeFixes(safe);
}

/** Checks text and applies its safe fixes once: what `speech-draft fix` writes and fix-all does. */
export function fixText(checker: Pick<Checker, 'check'>, text: string, kind: DocumentKind): { text: string; edits: TextEdit[] } {
  const edits = safeFixEdits(text, checker.check(text, kind).findings);
  return { text: applyEdits(text, edits), edits };
}
