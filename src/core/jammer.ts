import type { Span } from './model';

/** Runs of 1–2-character ASCII groups separated by spaces, as forum anti-copy scripts insert. */
const RUN = /(?<![!-~])(?:[!-~]{1,2}[ \t]+){3,}[!-~]{1,2}(?![!-~])/g;
const SYMBOL = /[^A-Za-z0-9|]/;
const LETTER = /[A-Za-z]/;

/**
 * Forum "jammer" noise (e.g. `$ x& M1 [& b! {# N`): at least four short ASCII groups of which
 * at least two carry a symbol and one a letter. A lone `|` is no symbol here: `| a | b | c |` is
 * a table row. Runs never cross a line. The spans cover the groups only, not the spaces around.
 */
export function jammerRuns(text: string): Span[] {
  const out: Span[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const groups = m[0].split(/[ \t]+/);
    let symbols = 0;
    for (const g of groups) if (SYMBOL.test(g)) symbols++;
    if (symbols < 2 || !groups.some((g) => LETTER.test(g))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The text with each jammer run replaced by as many `x`: same length, and no Markdown in it, so
 * the runs' backticks and brackets cannot open code spans or links that hide real text.
 */
export function withoutJammer(text: string): string {
  const runs = jammerRuns(text);
  if (runs.length === 0) return text;
  const parts: string[] = [];
  let cursor = 0;
  for (const run of runs) {
    parts.push(text.slice(cursor, run.start), 'x'.repeat(run.end - run.start));
    cursor = run.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
