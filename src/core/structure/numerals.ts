/** Chinese numerals as sequence markers and counts use them: 一…九十九, and 两 in counts. */

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NAMES = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A regex source for the Chinese numerals 一 to 九十九 (longest first where it matters). */
export const CHINESE_NUMERAL = '(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])';

/** The value of 一…九十九 (十, 十一, 二十, 二十三…), 两 as 2; undefined for anything else. */
export function chineseValue(text: string): number | undefined {
  if (text.length === 1) {
    if (text === '十') return 10;
    const d = DIGITS[text];
    return d === undefined || d === 0 ? undefined : d;
  }
  const m = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(text);
  if (!m) return undefined;
  return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[2] ? DIGITS[m[2]] : 0);
}

/** 1…99 written in Chinese: 一, 十, 十一, 二十, 九十九. */
export function chineseNumeral(n: number): string {
  if (n < 10) return NAMES[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : NAMES[tens]}十${NAMES[n % 10]}`;
}

/** A count as written in "讲三点意见" or "5项工作": Chinese (两, 三…) or Arabic digits. */
export function countValue(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  return chineseValue(text);
}

/** A count in prose: 2 → 两 (两点意见, 两个“务必”), otherwise as a sequence marker writes it. */
export function chineseCount(n: number): string {
  return n === 2 ? '两' : chineseNumeral(n);
}
