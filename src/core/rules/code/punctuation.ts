import type { ParagraphContext } from '../../paragraph';
import type { CompiledRule, Match } from '../../model';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '.': '。', '(': '（', ')': '）' };
/** Finds the candidates quickly; most paragraphs have few half-width marks. */
const HALF_WIDTH_MARK = /[,;:!?.()]/g;
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e“”‘’《》…—]/;
const CJK_LETTER = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Half-width ,.;:!?() next to Chinese text (GB/T 15834: Chinese text takes full-width marks).
 * Left alone: decimals and times (3.5, 10:30), list markers such as "1." at a line's start,
 * and marks between Latin letters or digits.
 */
export function halfWidthPunctuation(ctx: ParagraphContext, rule: CompiledRule): Match[] {
  const text = ctx.text;
  const out: Match[] = [];
  HALF_WIDTH_MARK.lastIndex = 0;
  for (let m = HALF_WIDTH_MARK.exec(text); m; m = HALF_WIDTH_MARK.exec(text)) {
    const i = m.index;
    const ch = m[0];
    const full = FULL_WIDTH[ch];
    const prev = text[i - 1] ?? '';
    const next = text[i + 1] ?? '';
    if ((ch === '.' || ch === ':') && /\d/.test(prev) && /\d/.test(next)) continue;
    if (ch === '.' && /^\s*\d+$/.test(text.slice(lineStart(text, i), i))) continue;
    // A run of dots is an ellipsis written wrongly; `ellipsis-form` reports the whole run.
    if (ch === '.' && (prev === '.' || next === '.')) continue;
    if (ch === '(' || ch === ')') {
      if (!parenthesisInChinese(text, i)) continue;
    } else if (!(CJK.test(prev) || CJK_LETTER.test(next))) continue;
    out.push({
      rule,
      start: i,
      end: i + 1,
      message: { zh: `中文语句中的半角“${ch}”应为全角“${full}”（GB/T 15834）。`, en: `Half-width "${ch}" in Chinese text should be full-width "${full}" (GB/T 15834).` },
      fixes: [{ title: { zh: `改为全角“${full}”`, en: `Use full-width "${full}"` }, replacement: full }],
    });
  }
  return out;
}

function lineStart(text: string, i: number): number {
  return text.lastIndexOf('\n', i) + 1;
}

/** A half-width parenthesis whose pair encloses or touches Chinese. */
function parenthesisInChinese(text: string, i: number): boolean {
  if (text[i] === '(') {
    const close = text.indexOf(')', i);
    const inner = close > i ? text.slice(i + 1, close) : text.slice(i + 1, i + 3);
    return CJK_LETTER.test(inner) || CJK_LETTER.test(text[i - 1] ?? '');
  }
  const open = text.lastIndexOf('(', i);
  const inner = open >= 0 ? text.slice(open + 1, i) : text.slice(Math.max(0, i - 2), i);
  return CJK_LETTER.test(inner) || CJK_LETTER.test(text[i + 1] ?? '');
}

/** ASCII "…" around Chinese text: Chinese text takes “…” (GB/T 15834). */
export function asciiQuotes(ctx: ParagraphContext, rule: CompiledRule): Match[] {
  const text = ctx.text;
  const out: Match[] = [];
  // Single quotes count only when they are not an apostrophe between Latin letters (it's, don't).
  const re = /"([^"\r\n]*)"|(?<![A-Za-z])'([^'\r\n]*)'(?![A-Za-z])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const inner = m[1] ?? m[2];
    if (!CJK_LETTER.test(inner)) continue;
    const replacement = `“${inner}”`;
    out.push({
      rule,
      start: m.index,
      end: m.index + m[0].length,
      fixes: [{ title: { zh: '改为中文引号“”', en: 'Use Chinese quotation marks “”' }, replacement }],
    });
  }
  return out;
}

// Names of meetings, activities, courses, projects, awards and bodies take no 书名号 (GB/T 15834).
const EVENT_IN_TITLE_MARKS = /《([^《》\r\n]{2,40}?(?:会议|大会|全会|两会|工作会|座谈会|推进会|现场会|论坛|峰会|博览会|交易会|研讨会|培训班|活动|运动会|课题|项目|评选|奖|奖项|领导小组|委员会|办公室))》/gu;

/** 《全市…工作会议》: a meeting or activity in book-title marks; the fix drops the marks. */
export function bookTitleForEvent(ctx: ParagraphContext, rule: CompiledRule): Match[] {
  const out: Match[] = [];
  EVENT_IN_TITLE_MARKS.lastIndex = 0;
  for (let m = EVENT_IN_TITLE_MARKS.exec(ctx.text); m; m = EVENT_IN_TITLE_MARKS.exec(ctx.text)) {
    out.push({
      rule,
      start: m.index,
      end: m.index + m[0].length,
      fixes: [{ title: { zh: '去掉书名号', en: 'Drop the book-title marks' }, replacement: m[1] }],
    });
  }
  return out;
}
