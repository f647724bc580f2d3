import type { ParagraphContext } from '../../paragraph';
import type { CompiledRule, RawMatch } from '../compile';

// A two-digit year: after an apostrophe ('24年), followed by a month, 底/初/末, a half or a quarter,
// by 以来 (not after 近/过去/成立…, which make it a duration), or opening a clause about an area's year.
const SHORT_YEAR =
  /(?<![\d０-９.\-/:：'’‘])(?:['’‘](\d{2})年|(\d{2})年(?=(?:\d{1,2}|[一二三四五六七八九十]{1,2}|十[一二])月|底|初|末|上半年|下半年|第[一二三四1-4]季度|[一二三四1-4]季度|前三季度|度)|(?<![近过去这多几立建放周年满])(\d{2})年以来|(?<=^|[。；！？，：\s])(\d{2})年(?=全[市省国县区年]|我[市省国县区]|GDP|地区生产总值|经济|财政|是))/gu;
// The same in Chinese numerals (一九年以来, 二〇年底); adjacent numerals (五六年) are an estimate.
const SHORT_YEAR_HAN = /(?<![〇零一二三四五六七八九十百千万两几第])([〇零一二三四五六七八九])([〇零一二三四五六七八九])年(?=以来|底|初|末|上半年|下半年|全年|(?:[一二三四五六七八九十]|十[一二])月|第[一二三四]季度|前三季度)/gu;
const HAN_DIGIT = '〇一二三四五六七八九';

/** Shortened years (24年→2024年, GB/T 15835: 公历年份不能简写). */
export function shortYear(ctx: ParagraphContext, rule: CompiledRule): RawMatch[] {
  const out: RawMatch[] = [];
  const push = (start: number, end: number, digits: string) => {
    // The century is a guess from the digits; the drafter confirms it when applying the fix.
    const full = `${Number(digits) >= 50 ? '19' : '20'}${digits}年`;
    out.push({ rule, start, end, fixes: [{ title: { zh: `改为“${full}”`, en: `Write "${full}"` }, replacement: full }] });
  };
  SHORT_YEAR.lastIndex = 0;
  for (let m = SHORT_YEAR.exec(ctx.text); m; m = SHORT_YEAR.exec(ctx.text)) {
    push(m.index, m.index + m[0].length - (m[3] ? 2 : 0), m[1] ?? m[2] ?? m[3] ?? m[4]);
  }
  SHORT_YEAR_HAN.lastIndex = 0;
  for (let m = SHORT_YEAR_HAN.exec(ctx.text); m; m = SHORT_YEAR_HAN.exec(ctx.text)) {
    const tens = HAN_DIGIT.indexOf(m[1].replace('零', '〇'));
    const ones = HAN_DIGIT.indexOf(m[2].replace('零', '〇'));
    if (ones === tens + 1) continue;
    push(m.index, m.index + m[0].length, `${tens}${ones}`);
  }
  return out;
}

// A range whose unit (亿, 万, %) is written only after the second number: 9～16亿, 15～30%.
const RANGE_UNIT = /(?<![\d.A-Za-z])(\d+(?:\.\d+)?)(～|~|〜|－|-|—|至|到)(\d+(?:\.\d+)?)(万亿|亿|万|%|％|‰)/gu;

/** GB/T 15835: keep the unit on both ends of a range when dropping it is ambiguous (9亿～16亿). */
export function rangeUnit(ctx: ParagraphContext, rule: CompiledRule): RawMatch[] {
  const out: RawMatch[] = [];
  RANGE_UNIT.lastIndex = 0;
  for (let m = RANGE_UNIT.exec(ctx.text); m; m = RANGE_UNIT.exec(ctx.text)) {
    const [, from, connector, to, unit] = m;
    const joiner = connector === '至' || connector === '到' ? connector : '～';
    const replacement = `${from}${unit}${joiner}${to}${unit}`;
    out.push({
      rule,
      start: m.index,
      end: m.index + m[0].length,
      fixes: [{ title: { zh: `改为“${replacement}”`, en: `Write "${replacement}"` }, replacement }],
    });
  }
  return out;
}

const MIXED_LARGE = /(?<![\d.])(\d+)亿(\d{1,4})万(?![\d亿])/gu;

/** 3亿4500万 → 3.45亿 (GB/T 15835: do not mix 亿 and 万 inside one number). */
export function mixedLargeNumber(ctx: ParagraphContext, rule: CompiledRule): RawMatch[] {
  const out: RawMatch[] = [];
  MIXED_LARGE.lastIndex = 0;
  for (let m = MIXED_LARGE.exec(ctx.text); m; m = MIXED_LARGE.exec(ctx.text)) {
    const fraction = m[2].padStart(4, '0').replace(/0+$/, '');
    const replacement = `${m[1]}${fraction ? '.' + fraction : ''}亿`;
    out.push({
      rule,
      start: m.index,
      end: m.index + m[0].length,
      fixes: [{ title: { zh: `改为“${replacement}”`, en: `Write "${replacement}"` }, replacement }],
    });
  }
  return out;
}
