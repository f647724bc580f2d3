import type { Span } from './model';

/** Runs of 1–2-character ASCII groups separated by spaces, as forum anti-copy scripts insert. */
const RUN = /(?<![!-~])(?:[!-~]{1,2}[ \t]+){3,}[!-~]{1,2}(?![!-~])/g;
const SYMBOL = /[^A-Za-z0-9|]/;
const LETTER = /[A-Za-z]/;
/** A Markdown container marker or heading opener at a line's start: structure, not noise. */
const BLOCK_MARKER = /^(?:[ \t]*(?:>|[-+*]|#{1,6}|\d{1,2}[.)])(?=[ \t]))+[ \t]*/;

/** At least four groups, two of them with a symbol (a lone `|` is none) and one with a letter. */
function isJammer(run: string): boolean {
  const groups = run.split(/[ \t]+/);
  if (groups.length < 4) return false;
  let symbols = 0;
  for (const g of groups) if (SYMBOL.test(g)) symbols++;
  return symbols >= 2 && groups.some((g) => LETTER.test(g));
}

/**
 * Forum "jammer" noise (e.g. `$ x& M1 [& b! {# N`): at least four short ASCII groups of which
 * at least two carry a symbol and one a letter. A lone `|` is no symbol here: `| a | b | c |` is
 * a table row. Runs never cross a line. The spans cover the groups only, not the spaces around.
 * In Markdown (`markdown`), a run starting a line that goes on with real text leaves out the
 * list, quote or heading marker it begins with (`1. $ x& M1 早餐…` is a list item holding noise);
 * a line of nothing but noise is noise, marker and all.
 */
export function jammerRuns(text: string, markdown = false): Span[] {
  const out: Span[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    let start = m.index;
    const end = start + m[0].length;
    if (markdown && hasTextAfter(text, end) && /^[ \t>]*$/.test(lineBefore(text, start))) {
      const marker = BLOCK_MARKER.exec(m[0]);
      if (marker) start += marker[0].length;
    }
    if (isJammer(text.slice(start, end))) out.push({ start, end });
  }
  return out;
}

/** True when the line goes on with something other than spaces after offset. */
function hasTextAfter(text: string, offset: number): boolean {
  for (let i = offset; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') return false;
    if (c !== ' ' && c !== '\t') return true;
  }
  return false;
}

/** The text of the line before offset (at most 64 code units: markers are short). */
function lineBefore(text: string, offset: number): string {
  const from = Math.max(0, offset - 64);
  const before = text.slice(from, offset);
  const lf = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return lf >= 0 ? before.slice(lf + 1) : from === 0 ? before : 'x';
}

/**
 * Markdown with each jammer run replaced by as many `x`: same length, and no Markdown in it, so
 * the runs' backticks and brackets cannot open code spans or links that hide real text.
 */
export function withoutJammer(markdown: string): string {
  const runs = jammerRuns(markdown, true);
  if (runs.length === 0) return markdown;
  const parts: string[] = [];
  let cursor = 0;
  for (const run of runs) {
    parts.push(markdown.slice(cursor, run.start), 'x'.repeat(run.end - run.start));
    cursor = run.end;
  }
  parts.push(markdown.slice(cursor));
  return parts.join('');
}
