/**
 * Calls `onBreak(contentEnd, nextStart)` for each line break (CRLF, LF or CR) in order. Jumps
 * from break to break with indexOf, which is much faster than visiting every character.
 */
export function forEachLineBreak(text: string, onBreak: (contentEnd: number, nextStart: number) => void): void {
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    const isCr = cr >= 0 && (lf < 0 || cr < lf);
    const contentEnd = isCr ? cr : lf;
    const nextStart = isCr && lf === cr + 1 ? cr + 2 : contentEnd + 1;
    onBreak(contentEnd, nextStart);
    if (lf >= 0 && lf < nextStart) lf = text.indexOf('\n', nextStart);
    if (cr >= 0 && cr < nextStart) cr = text.indexOf('\r', nextStart);
  }
}

/** Converts UTF-16 offsets to 1-based line and column; CRLF, LF and CR all end a line. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    forEachLineBreak(text, (_, nextStart) => this.lineStarts.push(nextStart));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** 1-based line and column (column counted in UTF-16 code units, as editors do). */
  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return { line: line + 1, column: clamped - this.lineStarts[line] + 1 };
  }
}
