import type { Span } from '../model';
import type { DocumentStructure } from './document';
import { kept } from './memo';

/** A paired mark (GB/T 15834) left without its other half within its paragraph. */
export interface UnpairedMark extends Span {
  mark: string;
  /** The mark it needs: the closing one for an opener, the opening one for a closer. */
  partner: string;
  opener: boolean;
  paragraph: number;
}

const CLOSING: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）', '(': ')', '【': '】', '〔': '〕', '「': '」', '『': '』', '〈': '〉' };
const OPENING: Record<string, string> = Object.fromEntries(Object.entries(CLOSING).map(([o, c]) => [c, o]));
/** A bracket's width is punctuation's business (half-width-punctuation): （…) still closes. */
const SAME_BRACKET: Record<string, string> = { '（': '(', '(': '（', '）': ')', ')': '）' };
/** Quotation marks turned the wrong way (“大V“, ”协议”, “悦动") still pair: the half is not missing. */
const QUOTE_CLASS: Record<string, string> = { '“': 'double', '”': 'double', '"': 'double', '‘': 'single', '’': 'single' };
/** ASCII marks are reported only as the partner of a full-width one: 1) and (a) are left alone. */
const isAscii = (mark: string) => mark === '(' || mark === ')' || mark === '"';
const MARKS = /[“”‘’"《》（）()【】〔〕「」『』〈〉]/g;
const ANY_MARK = new RegExp(MARKS.source);

interface Leftover {
  mark: string;
  at: number;
  opener: boolean;
}

function closes(opener: string, closer: string): boolean {
  return CLOSING[opener] === closer || CLOSING[SAME_BRACKET[opener] ?? ''] === closer;
}

/** The marks of one paragraph that find no partner (quotes turned the wrong way do), in order. */
export function unpairedMarksIn(prose: string): Leftover[] {
  if (!ANY_MARK.test(prose)) return [];
  const stack: Leftover[] = [];
  const left: Leftover[] = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(prose); m; m = MARKS.exec(prose)) {
    const mark = m[0];
    if (mark === '"') left.push({ mark, at: m.index, opener: true });
    else if (Object.hasOwn(CLOSING, mark)) stack.push({ mark, at: m.index, opener: true });
    else if (mark === '’' && /[A-Za-z]/.test(prose[m.index - 1] ?? '') && !stack.some((o) => o.mark === '‘')) continue;
    else {
      let k = stack.length - 1;
      while (k >= 0 && !closes(stack[k].mark, mark)) k--;
      if (k < 0) left.push({ mark, at: m.index, opener: false });
      else left.push(...stack.splice(k).slice(1));
    }
  }
  left.push(...stack);
  return pairTurnedQuotes(left.sort((a, b) => a.at - b.at));
}

/** Leftover quotation marks of one class pair up in order: they were only turned the wrong way. */
function pairTurnedQuotes(left: Leftover[]): Leftover[] {
  const paired = new Set<Leftover>();
  const pending = new Map<string, Leftover>();
  for (const l of left) {
    const cls = QUOTE_CLASS[l.mark];
    if (!cls) continue;
    const waiting = pending.get(cls);
    if (waiting) {
      paired.add(waiting).add(l);
      pending.delete(cls);
    } else pending.set(cls, l);
  }
  return left.filter((l) => !paired.has(l));
}

/**
 * Marks whose other half is missing in the same paragraph. A quotation running over several
 * paragraphs opens each with “ and closes only the last (GB/T 15834), or in pasted text simply
 * closes in a later paragraph: an unclosed “ is fine when the next paragraph opens with “ or
 * closes a quotation it did not open. An apostrophe (China’s) is not a closing quote.
 */
export function unpairedMarks(s: DocumentStructure): UnpairedMark[] {
  const out: UnpairedMark[] = [];
  let carried = false;
  s.paragraphs.forEach((p, paragraph) => {
    let left = kept(p.memo, unpairedMarksIn, () => unpairedMarksIn(p.prose));
    if (left.length === 0) return void (carried = false);
    // A quotation carried over from the paragraph before closes here.
    if (carried) {
      const close = left.findIndex((l) => QUOTE_CLASS[l.mark] === 'double');
      if (close >= 0 && !left[close].opener) left = left.filter((_, k) => k !== close);
    }
    carried = false;
    const next = s.paragraphs[paragraph + 1];
    const last = left.at(-1);
    if (last?.mark === '“' && next) {
      const nextLeft = kept(next.memo, unpairedMarksIn, () => unpairedMarksIn(next.prose));
      const closesInNext = nextLeft.find((l) => QUOTE_CLASS[l.mark] === 'double')?.opener === false;
      if (next.prose.trimStart().startsWith('“') || closesInNext) {
        left = left.slice(0, -1);
        carried = closesInNext;
      }
    }
    for (const l of left) {
      if (isAscii(l.mark)) continue;
      out.push({ mark: l.mark, partner: l.opener ? CLOSING[l.mark] : OPENING[l.mark], opener: l.opener, start: p.start + l.at, end: p.start + l.at + 1, paragraph });
    }
  });
  return out;
}
