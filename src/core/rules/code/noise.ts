import type { ParagraphContext } from '../../paragraph';
import type { CompiledRule, Match } from '../../model';

/** Runs of 1–2-character ASCII groups separated by spaces, as forum anti-copy scripts insert. */
const RUN = /(?<![!-~])(?:[!-~]{1,2}[ \t]+){3,}[!-~]{1,2}(?![!-~])/g;
const SYMBOL = /[^A-Za-z0-9]/;

/**
 * Forum "jammer" noise (e.g. `$ x& M1 [& b! {# N`): at least four short ASCII groups of which
 * at least two carry a symbol. Deleting the run also takes the spaces around it.
 */
export function jammerNoise(ctx: ParagraphContext, rule: CompiledRule): Match[] {
  const text = ctx.text;
  const out: Match[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const groups = m[0].split(/[ \t]+/);
    if (groups.filter((g) => SYMBOL.test(g)).length < 2) continue;
    if (!groups.some((g) => /[A-Za-z]/.test(g))) continue;
    let start = m.index;
    let end = start + m[0].length;
    while (start > 0 && /[ \t]/.test(text[start - 1])) start--;
    while (end < text.length && /[ \t]/.test(text[end])) end++;
    out.push({ rule, start, end });
  }
  return out;
}
