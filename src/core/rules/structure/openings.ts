import type { Match } from '../../model';
import { MIN_OPENING_RUN, openingRuns } from '../../structure/openings';
import { place, type StructureRule } from './rule';

/** The same stock phrase (同时, 此外, 另外…) opening several paragraphs in a row: reported at the third. */
export const repeatedOpening: StructureRule = (s, rule) =>
  openingRuns(s).map((run): Match => {
    const at = run.openings[MIN_OPENING_RUN - 1];
    const from = s.lineOf(run.openings[0].start);
    const to = s.lineOf(run.openings[run.openings.length - 1].start);
    const n = run.openings.length;
    return {
      rule,
      ...at,
      message: {
        zh: `连续 ${n} 段都以“${run.phrase}”开头（第 ${from}—${to} 行），显得拖沓；可删去，或换成承上启下的具体说法。`,
        en: `${n} paragraphs in a row open with "${run.phrase}" (lines ${from}–${to}): drop it or say how they connect.`,
      },
      related: run.openings.filter((o) => o !== at).map((o) => place(o, { zh: `也以“${run.phrase}”开头`, en: `Also opens with "${run.phrase}"` })),
    };
  });
