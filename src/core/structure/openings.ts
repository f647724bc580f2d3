import type { Span } from '../model';
import type { DocumentStructure } from './document';

/**
 * Connectives and fillers that say nothing of their own. A run of paragraphs each opening with a
 * verb (坚持…, 加快…, 要…) is parallelism, a leader's device, and is not listed here.
 */
const STOCK_OPENERS = ['与此同时', '同时', '此外', '另外', '总之', '总而言之', '总的来说', '因此', '所以', '当然', '其实', '事实上', '应该说', '可以说', '众所周知', '近年来', '当前', '目前'];
const OPENER = new RegExp(STOCK_OPENERS.join('|'), 'y');

/** Paragraphs in a row (no heading between) that open with the same stock phrase. */
export interface OpeningRun {
  phrase: string;
  /** Each paragraph's opening phrase, in order. */
  openings: Span[];
}

export const MIN_OPENING_RUN = 3;

export function openingRuns(s: DocumentStructure): OpeningRun[] {
  const runs: OpeningRun[] = [];
  let current: OpeningRun | undefined;
  s.paragraphs.forEach((p, i) => {
    const heading = s.sectionOf[i] >= 0 && s.headings[s.sectionOf[i]].paragraph === i;
    OPENER.lastIndex = p.contentStart - p.start;
    const m = heading ? null : OPENER.exec(p.prose);
    if (m && current?.phrase === m[0]) current.openings.push({ start: p.contentStart, end: p.contentStart + m[0].length });
    else {
      if (current && current.openings.length >= MIN_OPENING_RUN) runs.push(current);
      current = m ? { phrase: m[0], openings: [{ start: p.contentStart, end: p.contentStart + m[0].length }] } : undefined;
    }
  });
  if (current && current.openings.length >= MIN_OPENING_RUN) runs.push(current);
  return runs;
}
