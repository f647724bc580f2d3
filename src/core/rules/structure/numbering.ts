import type { LocalizedText, Match, Span } from '../../model';
import type { DocumentStructure } from '../../structure/document';
import { LAST, type EnumerationItem } from '../../structure/enumerations';
import { numberingProblems, type Numbered, type NumberingProblem } from '../../structure/numbering';
import { chineseNumeral } from '../../structure/numerals';
import { enumerationScopes, markerScopes } from '../../structure/scopes';
import { place, textAt, type StructureRule } from './rule';

/** A numbered item as these checks see it: where it is, where its numeral is, how it is written. */
interface Numberable extends Span {
  numeral: Span;
  digits: boolean;
}

/** The item's text with its numeral replaced by `value`'s. */
function renumbered(s: DocumentStructure, item: Numberable, value: number): string {
  const numeral = item.digits ? String(value) : chineseNumeral(value);
  return s.text.slice(item.start, item.numeral.start) + numeral + s.text.slice(item.numeral.end, item.end);
}

function messageOf(s: DocumentStructure, p: NumberingProblem<Numberable>): LocalizedText {
  const here = textAt(s, p.item);
  const wanted = renumbered(s, p.item, p.expected);
  if (p.fault === 'start') {
    return { zh: `序号没有从头开始：这一组的第一项是“${here}”，前面缺“${wanted}”；请补上或改号。`, en: `The numbering does not start at one: the first item is "${here}", with no "${wanted}" before it.` };
  }
  const before = textAt(s, p.previous!.item);
  const line = s.lineOf(p.previous!.item.start);
  if (p.follows) {
    const first = s.lineOf(p.follows.item.start);
    return { zh: `序号顺延：本组自第 ${first} 行起序号已错，此处“${here}”按顺序应为“${wanted}”。`, en: `Numbering follows on: this run goes wrong from line ${first}; "${here}" should be "${wanted}".` };
  }
  if (p.fault === 'repeat') return { zh: `序号重复：第 ${line} 行已是“${before}”，此处又是“${here}”；按顺序应为“${wanted}”。`, en: `Repeated number: "${before}" (line ${line}) and again "${here}" here; it should be "${wanted}".` };
  if (p.fault === 'gap') return { zh: `序号不连续：第 ${line} 行是“${before}”，此处跳到“${here}”；按顺序应为“${wanted}”。`, en: `Numbering gap: "${before}" (line ${line}) is followed by "${here}"; it should be "${wanted}".` };
  return { zh: `序号颠倒：第 ${line} 行是“${before}”，此处是“${here}”；按顺序应为“${wanted}”。`, en: `Numbering out of order: "${before}" (line ${line}) is followed by "${here}"; it should be "${wanted}".` };
}

function matchOf(s: DocumentStructure, rule: Parameters<StructureRule>[1], p: NumberingProblem<Numberable>): Match {
  const wanted = renumbered(s, p.item, p.expected);
  const other = p.follows ?? p.previous;
  return {
    rule,
    start: p.item.start,
    end: p.item.end,
    message: messageOf(s, p),
    fixes: p.fault === 'start' ? [] : [{ title: { zh: `改为“${wanted}”（按顺序编号）`, en: `Renumber as "${wanted}"` }, replacement: wanted }],
    related: other ? [place(other.item, p.follows ? { zh: `本组序号从这里开始出错`, en: 'The run goes wrong here' } : { zh: `上一项“${textAt(s, other.item)}”`, en: `The item before, "${textAt(s, other.item)}"` })] : [],
  };
}

/**
 * Numbering with a gap, a repeat or out of order: level markers under one parent (一、二、四、),
 * and 一是…二是…, 一要…二要…, 第一…第二… within one section. The fix renumbers the item to its
 * place in the run. A run of the text's own enumerations is read only once it has two items.
 */
export const sequenceNumbering: StructureRule = (s, rule) => {
  const out: Match[] = [];
  for (const scope of markerScopes(s)) {
    const items: Numbered<Numberable>[] = scope.map((e) => ({ value: e.value, item: e.item.marker }));
    // A first level that starts at 二、 is left alone: pasted reports often lose an automatic 一、.
    const orphanMinItems = scope[0].item.parent ? 1 : Number.POSITIVE_INFINITY;
    for (const p of numberingProblems(items, { orphanMinItems, present: presentIn(s, 0, true) })) out.push(matchOf(s, rule, p));
  }
  for (const scope of enumerationScopes(s)) {
    const first = scope[0].item;
    if (first.family === 'order') continue;
    const items: Numbered<Numberable>[] = scope;
    const section = s.sectionOf[first.paragraph];
    const from = section >= 0 ? s.paragraphs[s.headings[section].paragraph].start : 0;
    // A run of 第五…第六 with no 第一 before it is read as the rest of a list begun elsewhere (an excerpt):
    // only its gaps, repeats and disorder are reported.
    for (const p of numberingProblems(items, { orphanMinItems: Number.POSITIVE_INFINITY, present: presentIn(s, from, false) })) out.push(matchOf(s, rule, p));
  }
  return out;
};

/**
 * Whether the missing items are written in the text between two items (or since `from`), only
 * not where an item is read: "新华社记者 摄三是…" or "…。一、关于…" in a pasted text. A level
 * marker counts only after a sentence ends, so "二、三产业" is not "二、".
 */
function presentIn(s: DocumentStructure, from: number, sentenceStart: boolean) {
  return (missing: number[], after: Numberable | undefined, before: Numberable): boolean => {
    const between = s.text.slice(after ? after.end : from, before.start);
    return missing.every((value) => {
      const written = renumbered(s, before, value);
      if (!sentenceStart) return between.includes(written);
      for (let at = between.indexOf(written); at >= 0; at = between.indexOf(written, at + 1)) {
        if (at === 0 || /[。！？；\s]/.test(between[at - 1])) return true;
      }
      return false;
    });
  };
}

/** 首先…其次…再次…最后: 最后 comes last, and no word twice or before the one it follows. */
export const ordinalOrder: StructureRule = (s, rule) => {
  const out: Match[] = [];
  for (const scope of enumerationScopes(s)) {
    if (scope[0].item.family !== 'order') continue;
    let previous: EnumerationItem | undefined;
    for (const { item } of scope) {
      if (item.value === 1 || !previous) {
        previous = item;
        continue;
      }
      const here = textAt(s, item.numeral);
      const before = textAt(s, previous.numeral);
      const line = s.lineOf(previous.start);
      if (previous.value === LAST) {
        const last = textAt(s, previous.numeral);
        out.push({
          rule,
          start: previous.numeral.start,
          end: previous.numeral.end,
          message: { zh: `“${last}”不在最后：第 ${s.lineOf(item.start)} 行后面还有“${here}”；“最后”应是这一组的最后一项。`, en: `"${last}" is not last: "${here}" follows on line ${s.lineOf(item.start)}.` },
          related: [place(item.numeral, { zh: `“最后”之后又出现“${here}”`, en: `"${here}" after the last item` })],
        });
      } else if (item.value <= previous.value) {
        const twice = item.value === previous.value;
        out.push({
          rule,
          start: item.numeral.start,
          end: item.numeral.end,
          message: twice
            ? { zh: `“${here}”重复：第 ${line} 行已有“${before}”；请调整次序用词（首先、其次、再次、最后）。`, en: `"${here}" twice: already on line ${line}; use 首先, 其次, 再次, 最后 in turn.` }
            : { zh: `次序颠倒：第 ${line} 行是“${before}”，此处却是“${here}”（应为首先、其次、再次、最后）。`, en: `Out of order: "${before}" (line ${line}) and then "${here}" (首先, 其次, 再次, 最后 in turn).` },
          related: [place(previous.numeral, { zh: `上一项“${before}”`, en: `The item before, "${before}"` })],
        });
      }
      previous = item;
    }
  }
  return out;
};
