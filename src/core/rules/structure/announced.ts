import type { Match } from '../../model';
import { announcements, deliveryOf } from '../../structure/announcements';
import { chineseCount, chineseNumeral } from '../../structure/numerals';
import { place, textAt, type StructureRule } from './rule';

/**
 * The number of points the speech announces against the number it gives: 下面我讲三点意见 then
 * 一、…四、, 抓好以下五项工作 then three, 两个“务必”： with one 务必. Reported at the announcement,
 * with the point that is one too many (or the last one given) as the other place.
 */
export const announcedCount: StructureRule = (s, rule) => {
  const out: Match[] = [];
  for (const a of announcements(s)) {
    const delivery = deliveryOf(s, a);
    if (!delivery || delivery.points.length === a.count) continue;
    const given = delivery.points.length;
    // One numbered point so far is a speech still being written (or an excerpt), not a miscount;
    // a named term (两个“务必”) is given in the same sentence, so one is one.
    if (given < 2 && !a.term) continue;
    const first = s.lineOf(delivery.points[0].start);
    const last = delivery.points[given - 1];
    const other = given > a.count ? delivery.points[a.count] : last;
    const said = textAt(s, a);
    const at = s.lineOf(other.start);
    out.push({
      rule,
      start: a.start,
      end: a.end,
      message: given > a.count
        ? {
          zh: `前后不一致：这里说“${said}”，下文讲了${chineseCount(given)}点（第 ${first} 行起，第${chineseNumeral(a.count + 1)}点在第 ${at} 行）；应改成一致。`,
          en: `Count mismatch: "${said}" announces ${a.count}, but ${given} follow (from line ${first}; point ${a.count + 1} on line ${at}); make them agree.`,
        }
        : {
          zh: `前后不一致：这里说“${said}”，下文只讲了${chineseCount(given)}点（第 ${first} 行起，最后的第${chineseNumeral(given)}点在第 ${at} 行）；应改成一致。`,
          en: `Count mismatch: "${said}" announces ${a.count}, but only ${given} follow (from line ${first}; the last, point ${given}, on line ${at}); make them agree.`,
        },
      related: [
        place(other, given > a.count
          ? { zh: `第${chineseNumeral(a.count + 1)}点，超出所说的${chineseCount(a.count)}点`, en: `Point ${a.count + 1}, beyond the ${a.count} announced` }
          : { zh: `讲到这里只有${chineseCount(given)}点，少于所说的${chineseCount(a.count)}点`, en: `Only ${given} points by here, not the ${a.count} announced` }),
      ],
    });
  }
  return out;
};
