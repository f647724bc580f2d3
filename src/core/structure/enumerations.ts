import type { Span } from '../model';
import type { DocumentStructure } from './document';
import { kept, oncePer } from './memo';
import { CHINESE_NUMERAL, chineseValue } from './numerals';

/**
 * Enumerations inside the text: 一是…二是…, 一要…二要…, 第一，…第二，…, 首先…其次…最后.
 * Each family numbers its own items.
 */
export type EnumerationFamily = 'shi' | 'yao' | 'di' | 'order';

export interface EnumerationItem extends Span {
  family: EnumerationFamily;
  /** 1, 2, 3…; for 首先/其次/再次 1/2/3 and for 最后 `LAST`. */
  value: number;
  /** The numeral (or the ordinal word), which renumbering replaces. */
  numeral: Span;
  paragraph: number;
  /** The item opens its paragraph (after any level marker). */
  opensParagraph: boolean;
  /** Written in Chinese numerals (renumbering writes 三, not 3). */
  digits: false;
}

export const LAST = Number.POSITIVE_INFINITY;

const PATTERNS: { family: EnumerationFamily; re: RegExp }[] = [
  // 一是一、二是二 is an idiom (truthfully), not an enumeration.
  { family: 'shi', re: new RegExp(`(${CHINESE_NUMERAL})是(?![否一二三四五六七八九十])`, 'g') },
  { family: 'yao', re: new RegExp(`(${CHINESE_NUMERAL})要(?![素件点闻案务求职害道冲])`, 'g') },
  { family: 'di', re: new RegExp(`第(${CHINESE_NUMERAL})(?=[，,、：:]|[是要](?!务|否))`, 'g') },
  { family: 'order', re: /(首先|其次|最后)(?=[，,：:]|[是要](?!求|素|务|否)|一点)|(再次)(?=[，,：:])/g },
];

const CLAUSE_END = new Set(['。', '；', ';', '：', ':', '，', ',', '！', '!', '？', '?']);
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u3000' || c === '\r' || c === '\n';

/**
 * Whether a clause starts at `at`: the text's start, or right after 。；：，！？ (and spaces). An
 * item inside a word (统一是…, 第一要务) is not an item.
 */
function opensClause(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  return i < 0 || CLAUSE_END.has(text[i]);
}

const ORDER_VALUE: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: LAST };


/** The items of one paragraph's prose (after its level marker), offsets relative to it. */
type Found = Omit<EnumerationItem, 'paragraph'>;
function itemsIn(prose: string): Found[] {
  const found: Found[] = [];
  if (!/[是要第首其最再]/.test(prose)) return found;
  for (const { family, re } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(prose); m; m = re.exec(prose)) {
      if (!opensClause(prose, m.index)) continue;
      const word = m[1] ?? m[2];
      const value = family === 'order' ? ORDER_VALUE[word] : chineseValue(word);
      if (value === undefined) continue;
      const numeralStart = m.index + m[0].indexOf(word);
      found.push({
        family,
        value,
        start: m.index,
        end: m.index + m[0].length,
        numeral: { start: numeralStart, end: numeralStart + word.length },
        opensParagraph: /^[\s\u3000]*$/.test(prose.slice(0, m.index)),
        digits: false,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function find(s: DocumentStructure): EnumerationItem[] {
  const out: EnumerationItem[] = [];
  s.paragraphs.forEach((p, paragraph) => {
    const heading = s.sectionOf[paragraph] >= 0 ? s.headings[s.sectionOf[paragraph]] : undefined;
    // Items are searched after the paragraph's own level marker, so "（一）一是…" counts.
    const marker = heading && heading.paragraph === paragraph ? heading.marker : undefined;
    const base = marker ? marker.end : p.start;
    const from = base - p.start;
    const read = kept(p.memo, itemsIn, () => ({ from, items: itemsIn(p.prose.slice(from)) }));
    // Whether "8.6个…" opens with a marker depends on the numbering before it: read it again if that changed.
    for (const f of read.from === from ? read.items : itemsIn(p.prose.slice(from))) {
      out.push({ ...f, start: base + f.start, end: base + f.end, numeral: { start: base + f.numeral.start, end: base + f.numeral.end }, paragraph });
    }
  });
  return out;
}

/** Every enumeration item of the document, in reading order. */
export const enumerationItems = oncePer(find);
