import type { Match } from '../../model';
import { unpairedMarks } from '../../structure/pairedMarks';
import { place, type StructureRule } from './rule';

/**
 * A paired mark (“” ‘’ 《》 （） 【】 〔〕 「」 『』 〈〉) whose other half is missing in its
 * paragraph. The other place is where the paragraph ends (an opener) or begins (a closer).
 */
export const unpairedMark: StructureRule = (s, rule) =>
  unpairedMarks(s).map((u): Match => {
    const p = s.paragraphs[u.paragraph];
    if (u.opener) {
      const end = p.start + p.prose.trimEnd().length;
      const line = s.lineOf(end);
      return {
        rule,
        start: u.start,
        end: u.end,
        message: { zh: `“${u.mark}”没有配对的“${u.partner}”：本段到第 ${line} 行结束仍未闭合；请补上“${u.partner}”或删去“${u.mark}”。`, en: `"${u.mark}" has no matching "${u.partner}": the paragraph ends (line ${line}) without it.` },
        related: [place({ start: end - 1, end }, { zh: `本段到此结束，仍未出现“${u.partner}”`, en: `The paragraph ends here without "${u.partner}"` })],
      };
    }
    const line = s.lineOf(p.contentStart);
    return {
      rule,
      start: u.start,
      end: u.end,
      message: { zh: `“${u.mark}”前面没有配对的“${u.partner}”：本段自第 ${line} 行起未见“${u.partner}”；请补上或删去。`, en: `"${u.mark}" has no matching "${u.partner}" before it in this paragraph (from line ${line}).` },
      related: [place({ start: p.contentStart, end: p.contentStart + 1 }, { zh: `本段从这里开始，没有“${u.partner}”`, en: `The paragraph starts here, with no "${u.partner}"` })],
    };
  });
