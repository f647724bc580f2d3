/**
 * Grapheme clusters (what a reader sees as one character: 👍🏻, 👨‍👩‍👧‍👦, 🇨🇳, 1️⃣, é) by
 * `Intl.Segmenter`. A finding or a fix must never split one. Most offsets sit between two
 * characters that never join (CJK, ASCII, common punctuation); only the others are segmented,
 * in a small window around the offset.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Characters that never join with a neighbour into one cluster (CR excepted, see below). */
function neverJoins(c: number): boolean {
  return (c >= 0x20 && c < 0x7f) || c === 0x0a || (c >= 0x3000 && c <= 0x303f) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e);
}

/** The grapheme cluster holding the code unit at `offset`. */
function clusterAt(text: string, offset: number): { start: number; end: number } {
  for (let reach = 32; ; reach *= 4) {
    const from = Math.max(0, offset - reach);
    const to = Math.min(text.length, offset + reach);
    const segment = segmenter.segment(text.slice(from, to)).containing(offset - from)!;
    const start = from + segment.index;
    const end = start + segment.segment.length;
    // A cluster touching the window's edge may go on beyond it: look wider.
    if ((start > from || from === 0) && (end < to || to === text.length)) return { start, end };
  }
}

/** True when no grapheme cluster spans `offset`. */
export function isClusterBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (neverJoins(before) && neverJoins(after)) return true;
  return clusterAt(text, offset).start === offset;
}

/** The span widened to whole grapheme clusters. */
export function snapToClusters(text: string, start: number, end: number): { start: number; end: number } {
  const s = isClusterBoundary(text, start) ? start : clusterAt(text, start).start;
  const e = end <= s ? s : isClusterBoundary(text, end) ? end : clusterAt(text, end).end;
  return { start: s, end: Math.max(e, end) };
}
