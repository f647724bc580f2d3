import type { ParagraphContext } from '../../paragraph';
import type { CompiledRule, Match } from '../../model';

const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;
const PARALLEL = new Set(['、', '，']);

/**
 * More than five four-character slogans in a row within one sentence (“大锅话”): items of exactly
 * four Chinese characters joined by 、 or ，. One pass over the characters.
 */
export function sloganRun(ctx: ParagraphContext, rule: CompiledRule): Match[] {
  const out: Match[] = [];
  const text = ctx.text;
  let runStart = 0;
  let runEnd = 0;
  let count = 0;
  const close = () => {
    if (count > 5) out.push({ rule, start: runStart, end: runEnd });
    count = 0;
  };
  let itemStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isHan(text.charCodeAt(i))) continue;
    // text[itemStart, i) is a run of Chinese characters ending at a mark, a non-Chinese character or the end.
    if (i - itemStart === 4) {
      if (count === 0) runStart = itemStart;
      count++;
      runEnd = i;
      if (!PARALLEL.has(text[i])) close();
    } else close();
    itemStart = i + 1;
  }
  return out;
}

const STOCK_PHRASES = ['进一步', '切实', '高度重视', '扎实推进', '大力推进', '全面加强'];

/** A stock phrase used a third time (or more) in one paragraph: each later use is reported. */
export function stockPhraseRepeated(ctx: ParagraphContext, rule: CompiledRule): Match[] {
  const out: Match[] = [];
  const text = ctx.text;
  for (const phrase of STOCK_PHRASES) {
    let seen = 0;
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) {
      if (!ctx.startsToken(i)) continue;
      if (++seen >= 3) {
        out.push({
          rule,
          start: i,
          end: i + phrase.length,
          message: { zh: `本段第${seen}次使用“${phrase}”，套话堆砌，可删去或换成具体措施。`, en: `"${phrase}" used ${seen} times in this paragraph: drop it or say what exactly will be done.` },
        });
      }
    }
  }
  return out;
}
