/** The span of a large document worth checking: the visible lines plus a margin around them. */
export function visibleWindow(
  ranges: readonly { startLine: number; endLine: number }[],
  lineCount: number,
  offsetOfLine: (line: number) => number,
  textLength: number,
  marginLines = 30,
): { start: number; end: number } | undefined {
  if (ranges.length === 0) return undefined;
  // A loop, not Math.min(...): a client may send any number of ranges.
  let top = Infinity;
  let bottom = -Infinity;
  for (const r of ranges) {
    top = Math.min(top, r.startLine);
    bottom = Math.max(bottom, r.endLine);
  }
  if (!Number.isFinite(top) || !Number.isFinite(bottom)) return undefined;
  const first = Math.max(0, top - marginLines);
  const last = bottom + marginLines + 1;
  const start = offsetOfLine(Math.min(first, lineCount - 1));
  const end = last >= lineCount ? textLength : offsetOfLine(last);
  return end > start ? { start, end } : undefined;
}

/**
 * The beginning of a large document, whole lines up to `maxChars` characters: what is checked
 * while the client has said nothing about visible lines (editors other than VS Code never do).
 */
export function beginningWindow(lineOfOffset: (offset: number) => number, offsetOfLine: (line: number) => number, maxChars: number): { start: number; end: number } | undefined {
  const end = offsetOfLine(lineOfOffset(maxChars));
  return end > 0 ? { start: 0, end } : undefined;
}
