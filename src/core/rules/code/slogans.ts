import type { ParagraphContext } from '../../paragraph';
import type { CompiledRule, Match } from '../../model';

const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;
const PARALLEL = new Set(['、', '，']);

/**
 * More than five four-character slogans in a row within one sentence (“大锅话”): items of exactly
 * four Chinese characters joined by 、 or ，, most of them a verb and its object (统一思想、提高认识).
 * A list of names (卫生健康、发展改革; 人工智能、新型储能), of classical ideals, or a run quoted
 * as a set formulation is not a slogan run. One pass over the characters.
 */
export function sloganRun(ctx: ParagraphContext, rule: CompiledRule): Match[] {
  const out: Match[] = [];
  const text = ctx.text;
  let runStart = 0;
  let runEnd = 0;
  let items: number[] = [];
  const close = () => {
    if (items.length > 5 && !ctx.isQuoted(runStart, runEnd) && items.filter((start) => startsWithVerb(ctx, start)).length * 2 > items.length) {
      out.push({ rule, start: runStart, end: runEnd });
    }
    items = [];
  };
  let itemStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isHan(text.charCodeAt(i))) continue;
    // text[itemStart, i) is a run of Chinese characters ending at a mark, a non-Chinese character or the end.
    if (i - itemStart === 4) {
      if (items.length === 0) runStart = itemStart;
      items.push(itemStart);
      runEnd = i;
      if (!PARALLEL.has(text[i])) close();
    } else close();
    itemStart = i + 1;
  }
  return out;
}

/**
 * Verbs that head the four-character slogans of a 大锅话 run (统一思想、提高认识、狠抓落实). jieba's
 * tags are unreliable on such items (落实 a, 狠抓落实 z), so the head is looked up instead.
 */
const SLOGAN_HEADS = new Set([
  '统一', '提高', '加强', '落实', '强化', '推进', '深化', '完善', '健全', '压实', '抓好', '突出', '坚持', '增强',
  '扩大', '优化', '提升', '夯实', '筑牢', '守住', '防范', '化解', '打造', '构建', '推动', '促进', '激发', '拓展',
  '做强', '做优', '做大', '严格', '规范', '转变', '改进', '创新', '加快', '着力', '大力', '切实', '努力', '积极',
  '稳步', '持续', '不断', '把握', '树立', '弘扬', '培育', '保障', '改善', '增进', '减轻', '统筹', '巩固', '拓宽',
  '实施', '开展', '抓实', '抓细', '狠抓', '严抓', '真抓', '明确', '细化', '量化', '服务',
]);
const SLOGAN_HEAD_CHARS = new Set(['抓', '狠', '严', '真', '促', '保', '稳', '防', '控', '强', '补', '调', '建', '管', '治', '育', '引', '树', '立', '破']);

function startsWithVerb(ctx: ParagraphContext, start: number): boolean {
  const head = ctx.text.slice(start, start + 2);
  return SLOGAN_HEADS.has(head) || SLOGAN_HEAD_CHARS.has(head[0]);
}

const STOCK_PHRASES = ['进一步', '切实', '高度重视', '扎实推进', '大力推进', '全面加强'];

/** A stock phrase used a fourth time (or more) in one paragraph: each later use is reported (real reports use one three times). */
export function stockPhraseRepeated(ctx: ParagraphContext, rule: CompiledRule): Match[] {
  const out: Match[] = [];
  const text = ctx.text;
  for (const phrase of STOCK_PHRASES) {
    let seen = 0;
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) {
      if (!ctx.startsToken(i)) continue;
      if (++seen >= 4) {
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
