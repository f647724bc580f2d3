import type { ParagraphContext } from '../../paragraph';
import type { CompiledRule, Match } from '../../model';
import { replaceWith } from '../fixes';

const HAN_DIGITS = '〇一二三四五六七八九';
/** 0–9 for a Chinese numeral digit (〇 or 零 for zero), -1 otherwise. */
const hanDigit = (c: string) => (c === '零' ? 0 : HAN_DIGITS.indexOf(c));
const isAsciiDigit = (c: string) => c >= '0' && c <= '9';
/** After a two-digit year, what makes it a calendar year: a month, 底/初/末, a half or a quarter. */
const YEAR_CONTEXT = /^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2}|十[一二])月|底|初|末|上半年|下半年|第[一二三四1-4]季度|[一二三四1-4]季度|前三季度|度)/u;
/** After a clause-opening two-digit year, words that make it a calendar year (24年全市…). */
const CLAUSE_YEAR_CONTEXT = /^(?:全[市省国县区年]|我[市省国县区]|GDP|地区生产总值|经济|财政|是)/u;
/** Before “NN年以来”, words that make it a duration (近10年以来, 改革开放40年以来). */
const DURATION_BEFORE = /[近过去这多几立建放周年满]$/u;
const CLAUSE_START = /(?:^|[。；！？，：\s])$/u;
const NOT_BEFORE_YEAR = /[\d０-９.\-/:：'’‘〇零一二三四五六七八九十百千万两几第]/u;

/**
 * Shortened years (24年→2024年, 一九年→2019年; GB/T 15835: 公历年份不能简写). A two-digit year
 * counts when it has an apostrophe ('24年), is followed by a month, 底/初/末, a half or a quarter,
 * or by 以来 (unless a duration: 近10年以来), or opens a clause about a place's year (24年全市).
 * Adjacent Chinese numerals (五六年) are an estimate, not a year.
 */
export function shortYear(ctx: ParagraphContext, rule: CompiledRule): Match[] {
  const out: Match[] = [];
  const text = ctx.text;
  for (let y = text.indexOf('年', 2); y >= 0; y = text.indexOf('年', y + 1)) {
    const a = text[y - 2];
    const b = text[y - 1];
    let digits: string;
    if (isAsciiDigit(a) && isAsciiDigit(b)) digits = a + b;
    else {
      const tens = hanDigit(a);
      const ones = hanDigit(b);
      if (tens < 0 || ones < 0 || ones === tens + 1) continue;
      digits = `${tens}${ones}`;
    }
    let start = y - 2;
    const before = text.slice(Math.max(0, start - 8), start);
    const after = text.slice(y + 1, y + 8);
    const apostrophe = /['’‘]$/.test(before);
    if (apostrophe) start--;
    else {
      if (NOT_BEFORE_YEAR.test(before.slice(-1))) continue;
      const han = !isAsciiDigit(a);
      const calendar =
        YEAR_CONTEXT.test(after) ||
        (after.startsWith('以来') && !DURATION_BEFORE.test(before)) ||
        (!han && CLAUSE_START.test(before) && CLAUSE_YEAR_CONTEXT.test(after)) ||
        (han && after.startsWith('全年'));
      if (!calendar) continue;
    }
    // The century is a guess from the digits; the drafter confirms it when applying the fix.
    const full = `${Number(digits) >= 50 ? '19' : '20'}${digits}年`;
    out.push({ rule, start, end: y + 1, fixes: [replaceWith(full)] });
  }
  return out;
}

// A range whose unit (亿, 万, %) is written only after the second number: 9～16亿, 15～30%.
const RANGE_UNIT = /(?<![\d.A-Za-z])(\d+(?:\.\d+)?)(～|~|〜|－|-|—|至|到)(\d+(?:\.\d+)?)(万亿|亿|万|%|％|‰)/gu;

/** GB/T 15835: keep the unit on both ends of a range when dropping it is ambiguous (9亿～16亿). */
export function rangeUnit(ctx: ParagraphContext, rule: CompiledRule): Match[] {
  return rewrites(RANGE_UNIT, ctx, rule, ([, from, connector, to, unit]) => {
    const joiner = connector === '至' || connector === '到' ? connector : '～';
    return `${from}${unit}${joiner}${to}${unit}`;
  });
}

/** Each match of `regex` in the paragraph, with a fix that writes what `rewrite` makes of it. */
function rewrites(regex: RegExp, ctx: ParagraphContext, rule: CompiledRule, rewrite: (m: RegExpExecArray) => string): Match[] {
  const out: Match[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(ctx.text); m; m = regex.exec(ctx.text)) {
    out.push({ rule, start: m.index, end: m.index + m[0].length, fixes: [replaceWith(rewrite(m))] });
  }
  return out;
}

// 3亿4500万 or 2亿3千万: 亿 followed by a count of 万 written in digits or with 千.
const MIXED_LARGE = /(?<![\d.])(\d+)亿(?:(\d{1,4})万|(\d)千万)(?![\d亿])/gu;
// 1千2百万: digits mixed with 千/百 before 万.
const MIXED_WAN = /(?<![\d.])(\d)千(?:(\d)百)?万(?![\d])/gu;

/** 3亿4500万 → 3.45亿 (GB/T 15835: do not mix 亿 and 万 inside one number). */
export function mixedLargeNumber(ctx: ParagraphContext, rule: CompiledRule): Match[] {
  return [
    ...rewrites(MIXED_LARGE, ctx, rule, (m) => {
      const fraction = (m[2] ?? `${m[3]}000`).padStart(4, '0').replace(/0+$/, '');
      return `${m[1]}${fraction ? '.' + fraction : ''}亿`;
    }),
    ...rewrites(MIXED_WAN, ctx, rule, (m) => `${m[1]}${m[2] ?? '0'}00万`),
  ];
}

// Full-width digits, with a full-width point between them (３．５) and a full-width percent sign
// after them (６．５％): fixing the digits alone would leave the mixed 6.5％.
// Full-width Latin letters (ＧＤＰ) are the same input-method slip, and take the same fix.
const FULL_WIDTH_NUMBER = /[０-９]+(?:[．.][０-９]+)?％?|[Ａ-Ｚａ-ｚ]+/g;

/** Full-width digits (２０２２年): GB/T 15835 writes Arabic numerals half-width. */
export function fullWidthDigits(ctx: ParagraphContext, rule: CompiledRule): Match[] {
  const out: Match[] = [];
  FULL_WIDTH_NUMBER.lastIndex = 0;
  for (let m = FULL_WIDTH_NUMBER.exec(ctx.text); m; m = FULL_WIDTH_NUMBER.exec(ctx.text)) {
    const ascii = m[0].replace(/[０-９Ａ-Ｚａ-ｚ]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace('．', '.').replace('％', '%');
    out.push({ rule, start: m.index, end: m.index + m[0].length, fixes: [replaceWith(ascii)] });
  }
  return out;
}
