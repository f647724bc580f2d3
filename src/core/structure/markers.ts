import type { Span } from '../model';
import { CHINESE_NUMERAL, chineseNumeral, chineseValue } from './numerals';
import type { DraftParagraph } from './paragraphs';

/** The four levels of GB/T 9704—2012: 一、 → （一） → 1. → （1）. */
export type MarkerLevel = 1 | 2 | 3 | 4;

/** A level marker that opens a paragraph ("二、", "（三）", "4.", "（5）"). */
export interface LevelMarker extends Span {
  level: MarkerLevel;
  value: number;
  /** The numeral alone (renumbering replaces it). */
  numeral: Span;
  /**
   * How the level is written where GB/T 9704 leaves a choice that must stay the same within a
   * document: "、" or "." after 一 and 1. Brackets are always （）: their width is punctuation.
   */
  style: string;
  /** Chinese numerals (一) or Arabic digits (1). */
  digits: boolean;
}

/** The marker of each level as GB/T 9704 writes it, for messages. */
export const STANDARD_MARKER: Record<MarkerLevel, string> = { 1: '一、', 2: '（一）', 3: '1.', 4: '（1）' };

/** Writes `value` as the numeral of a marker like `marker` (Chinese or Arabic). */
export function numeralLike(marker: Pick<LevelMarker, 'digits'>, value: number): string {
  return marker.digits ? String(value) : chineseNumeral(value);
}

const LEVEL_1 = new RegExp(`^(${CHINESE_NUMERAL})([、.．])`);
const LEVEL_2 = new RegExp(`^[（(](${CHINESE_NUMERAL})[）)]`);
const LEVEL_3 = /^(\d{1,2})([.．、])(?![.．])/;
const LEVEL_4 = /^[（(](\d{1,2})[）)]/;
const MARKER_FIRST = /[一二三四五六七八九十（(0-9]/;
/** "一、二级响应", "一、二季度", "一、二线城市": a range of grades or periods, not a marker. */
const GRADE_RANGE = new RegExp(`^${CHINESE_NUMERAL}[级类等档批期季月年线号审产层次轮]`);

/**
 * The level marker at the start of a paragraph's prose, if any. "8.6个专项" or "1、2号线" may be
 * a marker or a number: it is a marker only when it continues the numbering before it
 * (`previousLevel3`, the last "N." since the last higher level); "3．10种" (full-width) always is.
 */
export function levelMarkerOf(paragraph: DraftParagraph, previousLevel3?: number): LevelMarker | undefined {
  if (paragraph.listMarker?.delimiter === '.') {
    const { start, end, value } = paragraph.listMarker;
    return { start, end: end + 1, level: 3, value, numeral: { start, end }, style: '.', digits: true };
  }
  const at = paragraph.contentStart;
  // Most paragraphs open with none of 一…十, （, ( or a digit: nothing to read.
  if (!MARKER_FIRST.test(paragraph.text[at - paragraph.start] ?? '')) return undefined;
  const rest = paragraph.text.slice(at - paragraph.start, at - paragraph.start + 12);
  let m = LEVEL_1.exec(rest);
  if (m && !(m[2] === '、' && GRADE_RANGE.test(rest.slice(m[0].length)))) return marker(at, m, 1, m[2] === '、' ? '、' : '.', false);
  if ((m = LEVEL_2.exec(rest))) return marker(at, m, 2, '（）', false);
  if ((m = LEVEL_3.exec(rest))) {
    const number = /^\d/.test(rest.slice(m[0].length)) && m[2] !== '．';
    if (!number || Number(m[1]) === (previousLevel3 ?? -1) + 1) return marker(at, m, 3, m[2] === '、' ? '、' : '.', true);
  }
  if ((m = LEVEL_4.exec(rest))) return marker(at, m, 4, '（）', true);
  return undefined;
}

function marker(at: number, m: RegExpExecArray, level: MarkerLevel, style: string, digits: boolean): LevelMarker | undefined {
  const value = digits ? Number(m[1]) : chineseValue(m[1]);
  if (!value) return undefined;
  const numeralStart = at + m[0].indexOf(m[1]);
  return { start: at, end: at + m[0].length, level, value, numeral: { start: numeralStart, end: numeralStart + m[1].length }, style, digits };
}
