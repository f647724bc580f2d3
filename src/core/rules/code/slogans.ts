import type { ParagraphContext } from '../../paragraph';
import type { CompiledRule, RawMatch } from '../compile';

const HAN4 = /^[\u3400-\u9fff]{4}$/;
/** Parallel items end at 、 or ，; a run ends at any other mark. */
const ITEM = /[^、，。；！？：\n]+[、，]?/g;

/** More than five four-character slogans in a row within one sentence (“大锅话”). */
export function sloganRun(ctx: ParagraphContext, rule: CompiledRule): RawMatch[] {
  const out: RawMatch[] = [];
  const text = ctx.text;
  let runStart = -1;
  let runEnd = -1;
  let count = 0;
  const close = () => {
    if (count > 5) out.push({ rule, start: runStart, end: runEnd });
    count = 0;
    runStart = -1;
  };
  ITEM.lastIndex = 0;
  for (let m = ITEM.exec(text); m; m = ITEM.exec(text)) {
    const item = m[0].replace(/[、，]$/, '');
    const previousEnd = runStart < 0 ? m.index : runEnd + 1;
    if (HAN4.test(item) && m.index === previousEnd) {
      if (runStart < 0) runStart = m.index;
      runEnd = m.index + item.length;
      count++;
    } else {
      close();
      if (HAN4.test(item)) {
        runStart = m.index;
        runEnd = m.index + item.length;
        count = 1;
      }
    }
    if (!/[、，]$/.test(m[0])) close();
  }
  close();
  return out;
}

const STOCK_PHRASES = ['进一步', '切实', '高度重视', '扎实推进', '大力推进', '全面加强'];

/** A stock phrase used a third time (or more) in one paragraph: each later use is reported. */
export function stockPhraseRepeated(ctx: ParagraphContext, rule: CompiledRule): RawMatch[] {
  const out: RawMatch[] = [];
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
