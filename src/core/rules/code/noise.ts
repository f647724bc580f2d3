import type { ParagraphContext } from '../../paragraph';
import type { CompiledRule, Match } from '../../model';
import { jammerRuns } from '../../jammer';

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * Forum "jammer" noise (see `jammerRuns`). Deleting the run also takes the spaces around it,
 * but only spaces the drafter typed: in Markdown the prose has its markup blanked to spaces, and
 * a deletion must never take a `>` or a list marker, or the space that makes it one. Every character of the range is
 * checked against the source, so a finding covers noise and nothing else.
 */
export function jammerNoise(ctx: ParagraphContext, rule: CompiledRule): Match[] {
  const { text, source } = ctx;
  const out: Match[] = [];
  for (const run of jammerRuns(text)) {
    if (source.slice(run.start, run.end) !== text.slice(run.start, run.end)) continue;
    let start = run.start;
    let end = run.end;
    while (start > 0 && isBlank(text[start - 1]) && isBlank(source[start - 1])) start--;
    // Spaces right after markup (`1. `, `> `) belong to it: without them it is no list item or quote.
    if (start > 0 && text[start - 1] !== source[start - 1]) start = run.start;
    while (end < text.length && isBlank(text[end]) && isBlank(source[end])) end++;
    out.push({ rule, start, end });
  }
  return out;
}
