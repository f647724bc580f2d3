import type { TextEdit } from '../core/node';

const CONTEXT = 3;

/** Line starts of text; a line ends after its \n (a \r stays part of the line). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Lines of a slice, each with its \n; a final line without one is marked for the "\ No newline" note. */
function linesOf(text: string): { line: string; newline: boolean }[] {
  if (text === '') return [];
  const parts = text.split('\n');
  const last = parts.pop()!;
  const out = parts.map((line) => ({ line, newline: true }));
  if (last !== '') out.push({ line: last, newline: false });
  return out;
}

function emit(out: string[], mark: string, lines: { line: string; newline: boolean }[]): void {
  for (const l of lines) {
    out.push(mark + l.line);
    if (!l.newline) out.push('\\ No newline at end of file');
  }
}

/**
 * The unified diff (`diff -u`, 3 lines of context, names as given: `patch -p0` applies it) of
 * applying non-overlapping edits to text, built from the edits themselves: each run of edited
 * lines becomes removed and added lines.
 */
export function unifiedDiff(name: string, text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return '';
  const starts = lineStarts(text);
  const lineEnd = (line: number) => (line + 1 < starts.length ? starts[line + 1] : text.length);
  // Blocks of edits over contiguous lines: [first line, last line, edits].
  const blocks: { first: number; last: number; edits: TextEdit[] }[] = [];
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const first = lineOf(starts, e.start);
    const last = Math.max(first, lineOf(starts, Math.max(e.start, e.end - 1)));
    const prev = blocks.at(-1);
    if (prev && first <= prev.last) {
      prev.last = Math.max(prev.last, last);
      prev.edits.push(e);
    } else blocks.push({ first, last, edits: [e] });
  }
  const out = [`--- ${name}`, `+++ ${name}`];
  let shift = 0;
  for (let b = 0; b < blocks.length; ) {
    // A hunk takes blocks whose context would touch.
    let end = b;
    while (end + 1 < blocks.length && blocks[end + 1].first - blocks[end].last <= 2 * CONTEXT + 1) end++;
    const from = Math.max(0, blocks[b].first - CONTEXT);
    const to = Math.min(starts.length - 1, blocks[end].last + CONTEXT);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    let line = from;
    for (let k = b; k <= end; k++) {
      const block = blocks[k];
      const context = linesOf(text.slice(starts[line], starts[block.first]));
      emit(body, ' ', context);
      const sliceStart = starts[block.first];
      const before = text.slice(sliceStart, lineEnd(block.last));
      let after = before;
      for (const e of [...block.edits].reverse()) after = after.slice(0, e.start - sliceStart) + e.newText + after.slice(e.end - sliceStart);
      const removed = linesOf(before);
      const added = linesOf(after);
      emit(body, '-', removed);
      emit(body, '+', added);
      oldCount += context.length + removed.length;
      newCount += context.length + added.length;
      line = block.last + 1;
    }
    if (line <= to) {
      const trailing = linesOf(text.slice(starts[line], lineEnd(to)));
      emit(body, ' ', trailing);
      oldCount += trailing.length;
      newCount += trailing.length;
    }
    const range = (start: number, count: number) => `${count === 0 ? start : start + 1}${count === 1 ? '' : `,${count}`}`;
    out.push(`@@ -${range(from, oldCount)} +${range(from + shift, newCount)} @@`, ...body);
    shift += newCount - oldCount;
    b = end + 1;
  }
  return out.join('\n') + '\n';
}
