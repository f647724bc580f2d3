import type { ParagraphContext } from '../../paragraph';
import type { CompiledRule, Match } from '../../model';
import { inDoubledRun } from './typography';
import { unpairedMarksIn } from '../../structure/pairedMarks';

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
  const parentheses = new Parentheses(text);
  HALF_WIDTH_MARK.lastIndex = 0;
  for (let m = HALF_WIDTH_MARK.exec(text); m; m = HALF_WIDTH_MARK.exec(text)) {
    const i = m.index;
    const ch = m[0];
    const full = FULL_WIDTH[ch];
    const prev = text[i - 1] ?? '';
    const next = text[i + 1] ?? '';
    if (ch === '(') parentheses.opened(i);
    if ((ch === '.' || ch === ':') && /\d/.test(prev) && /\d/.test(next)) continue;
    if (ch === '.' && isListNumber(text, i)) continue;
    // A run of dots is an ellipsis written wrongly; `ellipsis-form` reports the whole run.
    if (ch === '.' && (prev === '.' || next === '.')) continue;
    // So is a doubled comma or colon (,, ::): `doubled-punctuation` reports the run, and
    // `repeated-marks` a run of !? (!!, ?!).
    if (inDoubledRun(text, i)) continue;
    if ((ch === '!' || ch === '?') && (/[!?！？]/.test(prev) || /[!?！？]/.test(next))) continue;
    let lone = false;
    if (ch === '(' || ch === ')') {
      if (!parentheses.inChinese(i)) continue;
      lone = !parentheses.paired(i);
    } else if (!(CJK.test(beyondMarks(text, i, -1)) || CJK_LETTER.test(beyondMarks(text, i, 1)))) continue;
    out.push({
      rule,
      start: i,
      end: i + 1,
      message: { zh: `中文语句中的半角“${ch}”应为全角“${full}”（GB/T 15834）。`, en: `Half-width "${ch}" in Chinese text should be full-width "${full}" (GB/T 15834).` },
      // A lone bracket made full-width would be an unpaired （ or ）: which half is missing is the drafter's call.
      fixes: lone ? [] : [{ title: { zh: `改为全角“${full}”`, en: `Use full-width "${full}"` }, replacement: full }],
    });
  }
  return out;
}

const isDigit = (c: string) => c >= '0' && c <= '9';

/** Where a numbered item may start: a line, or a sentence or clause before it (要抓好三件事：1.稳增长). */
const ITEM_OPENER = /[\n。；：;:！？]/;

/**
 * "1." of a numbered item (GB/T 15835 numbering, as `sequence-marker-dunhao` asks for): only
 * digits, and whitespace before them, from the line's start or an opener to the dot. Read
 * backwards, so each dot costs only the digits and spaces just before it.
 */
function isListNumber(text: string, dot: number): boolean {
  let k = dot - 1;
  if (k < 0 || !isDigit(text[k])) return false;
  while (k >= 0 && isDigit(text[k])) k--;
  while (k >= 0 && text[k] !== '\n' && /\s/.test(text[k])) k--;
  // A half-width full stop after Chinese ends a sentence too (池.2.地里…), as it will once fixed.
  return k < 0 || ITEM_OPENER.test(text[k]) || (text[k] === '.' && CJK_LETTER.test(text[k - 1] ?? ''));
}

/**
 * Whether a half-width parenthesis pairs with Chinese: its pair encloses or touches a Chinese
 * letter. Marks are visited in order, so the last `(` is remembered and the next `)` found once
 * per stretch; a count of Chinese letters makes "any inside" one subtraction. Linear in the text.
 */
class Parentheses {
  private lastOpen = -1;
  /** Marks without their other half, found once per paragraph when first asked. */
  private lone: Set<number> | undefined;
  private nextClose = -1;
  private hanBefore: Uint32Array | undefined;

  constructor(private readonly text: string) {}

  opened(i: number): void {
    this.lastOpen = i;
  }

  inChinese(i: number): boolean {
    const text = this.text;
    if (text[i] === '(') {
      if (this.nextClose !== Infinity && this.nextClose < i) {
        const close = text.indexOf(')', i);
        this.nextClose = close < 0 ? Infinity : close;
      }
      const close = this.nextClose;
      // Both halves of a pair get the same answer, so a fix never leaves （2012) half converted.
      if (close !== Infinity) return this.anyHan(i + 1, close) || this.anyHan(i - 1, i) || this.anyHan(close + 1, close + 2);
      return this.anyHan(i + 1, i + 3) || this.anyHan(i - 1, i);
    }
    const open = this.lastOpen;
    if (open >= 0) return this.anyHan(open + 1, i) || this.anyHan(open - 1, open) || this.anyHan(i + 1, i + 2);
    return this.anyHan(i - 2, i) || this.anyHan(i + 1, i + 2);
  }

  /** Whether the parenthesis at i has its other half, as `unpaired-mark` pairs marks ((…), （…), （…)). */
  paired(i: number): boolean {
    this.lone ??= new Set(unpairedMarksIn(this.text).map((l) => l.at));
    return !this.lone.has(i);
  }

  private anyHan(from: number, to: number): boolean {
    const text = this.text;
    if (!this.hanBefore) {
      this.hanBefore = new Uint32Array(text.length + 1);
      for (let k = 0; k < text.length; k++) this.hanBefore[k + 1] = this.hanBefore[k] + (CJK_LETTER.test(text[k]) ? 1 : 0);
    }
    const a = Math.max(0, Math.min(from, text.length));
    const b = Math.max(a, Math.min(to, text.length));
    return this.hanBefore[b] - this.hanBefore[a] > 0;
  }
}

/** How far `beyondMarks` looks past neighbouring marks (a long run of them costs no more). */
const MARKS_LOOKED_PAST = 4;

/**
 * The character next to i in direction step, past a few other half-width marks: in 感受).  the
 * dot sits in Chinese as much as the bracket does, and both are converted at once.
 */
function beyondMarks(text: string, i: number, step: 1 | -1): string {
  let j = i + step;
  for (let n = 0; n < MARKS_LOOKED_PAST && j >= 0 && j < text.length && FULL_WIDTH[text[j]] !== undefined; n++) j += step;
  return text[j] ?? '';
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
