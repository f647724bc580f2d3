import type { Document, Element } from '@xmldom/xmldom';
import { children, isW, wAttr, wChild } from './xml';

/**
 * Automatic numbering (w:numPr): Word draws labels such as 一、 （一） 1. that are not in the
 * text. They are rebuilt here so the checked text reads as the printed page does. Bullets give
 * no label; a number format we do not know gives none either (and is counted).
 */
interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
  legal: boolean;
}

interface AbstractNum {
  levels: Map<number, Level>;
}

interface Num {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

const CHINESE_DIGITS = '零一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (enough for outline numbers). */
function chineseCounting(n: number, digits = CHINESE_DIGITS, units = ['', '十', '百', '千']): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i];
    if (d === 0) {
      zero = out.length > 0;
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    out += (d === 1 && unit === units[1] && i === 0 && parts.length === 2 ? '' : digits[d]) + unit;
  });
  return out;
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

function letters(n: number): string {
  if (n <= 0) return String(n);
  const c = String.fromCharCode(65 + ((n - 1) % 26));
  return c.repeat(Math.floor((n - 1) / 26) + 1);
}

/** The label of counter `n` in `format`, or undefined for a format we do not render. */
export function formatNumber(n: number, format: string): string | undefined {
  switch (format) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'decimalEnclosedFullstop':
      return `${n}.`;
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return chineseCounting(n, LEGAL_DIGITS, ['', '拾', '佰', '仟']);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1] : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? EARTHLY_BRANCHES[n - 1] : String(n);
    case 'none':
      return '';
    default:
      return undefined;
  }
}

function readLevel(lvl: Element): Level {
  const val = (name: string) => wAttr(wChild(lvl, name), 'val');
  return {
    start: Number(val('start') ?? 1) || 0,
    format: val('numFmt') ?? 'decimal',
    text: val('lvlText') ?? '',
    suffix: val('suff') ?? 'tab',
    legal: !!wChild(lvl, 'isLgl'),
  };
}

export class Numbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, Num>();
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();
  /** Numbered paragraphs whose label could not be rendered (a picture bullet, an unknown format). */
  unrendered = 0;

  constructor(doc?: Document) {
    const root = doc?.documentElement;
    if (!root) return;
    for (const el of children(root)) {
      if (isW(el, 'abstractNum')) {
        const levels = new Map<number, Level>();
        for (const lvl of children(el).filter((c) => isW(c, 'lvl'))) levels.set(Number(wAttr(lvl, 'ilvl') ?? 0), readLevel(lvl));
        this.abstracts.set(wAttr(el, 'abstractNumId') ?? '', { levels });
      } else if (isW(el, 'num')) {
        const overrides = new Map<number, { start?: number; level?: Level }>();
        for (const o of children(el).filter((c) => isW(c, 'lvlOverride'))) {
          const start = wAttr(wChild(o, 'startOverride'), 'val');
          const lvl = wChild(o, 'lvl');
          overrides.set(Number(wAttr(o, 'ilvl') ?? 0), { start: start === undefined ? undefined : Number(start), level: lvl ? readLevel(lvl) : undefined });
        }
        this.nums.set(wAttr(el, 'numId') ?? '', { abstractId: wAttr(wChild(el, 'abstractNumId'), 'val') ?? '', overrides });
      }
    }
  }

  private level(num: Num, ilvl: number): Level | undefined {
    return num.overrides.get(ilvl)?.level ?? this.abstracts.get(num.abstractId)?.levels.get(ilvl);
  }

  /**
   * The label of the next paragraph numbered (numId, ilvl), counting as Word does: lists that
   * share an abstract numbering continue one another unless a num restarts with startOverride.
   */
  next(numId: string, ilvl: number): string {
    const num = this.nums.get(numId);
    if (!num || numId === '0') return '';
    const key = num.abstractId;
    let counters = this.counters.get(key);
    if (!counters || (!this.started.has(numId) && [...num.overrides.values()].some((o) => o.start !== undefined))) {
      counters = [];
      this.counters.set(key, counters);
    }
    this.started.add(numId);
    const own = this.level(num, ilvl);
    if (!own) return '';
    const startOf = (l: number) => num.overrides.get(l)?.start ?? this.level(num, l)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl] + 1;
    counters.length = ilvl + 1;
    if (own.format === 'bullet') return '';
    let failed = false;
    const label = own.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const lvl = this.level(num, l);
      const n = counters[l] ?? startOf(l);
      const s = formatNumber(n, own.legal && l < ilvl ? 'decimal' : (lvl?.format ?? 'decimal'));
      if (s === undefined) failed = true;
      return s ?? '';
    });
    if (failed) {
      this.unrendered++;
      return '';
    }
    if (!label) return '';
    // A tab after 一、 or （一） is spacing only; after 1. or (a) it separates a word.
    const suffix = own.suffix === 'nothing' ? '' : /[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff）]$/.test(label) ? '' : ' ';
    return label + suffix;
  }
}
