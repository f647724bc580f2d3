import type { ParagraphContext } from '../../paragraph';
import type { CompiledRule, Match } from '../../model';

const HAN = /\p{Script=Han}/u;
/** ASCII spaces, tabs and no-break spaces; never the full-width space U+3000 (paragraph indent, name padding). */
const SPACE_RUN = /(?<=\p{Script=Han})[ \t\u00a0]+(?=\p{Script=Han})/gu;
/** Tested first: SPACE_RUN's leading lookbehind is tried at every offset of every paragraph, and most paragraphs have no space. */
const SPACE = /[ \t\u00a0]/;
/**
 * jieba tags of names and nouns (n…), words it does not know (x: mostly personal names),
 * abbreviations (j) and attributives (b): a space between two of them is a separator (省长 王予波,
 * 香港 澳门, 主任 刘锡林), not a slip.
 */
const NOMINAL = /^[nxjbz]/;

/**
 * Spaces that split a Chinese sentence (我们 要 坚持): Chinese is written without them. Only a
 * run between two Chinese characters counts, so spaces next to Latin text or digits are never
 * asked for or removed. Layout keeps its spaces: separators between names and nouns, headlines,
 * captions, titles in 《》 and quoted titles (“礼乐和合 探知齐鲁”). In Markdown only real spaces
 * count, not markup blanked out around them.
 */
export function spacesBetweenChinese(ctx: ParagraphContext, rule: CompiledRule): Match[] {
  const { text, source } = ctx;
  const out: Match[] = [];
  if (!SPACE.test(text)) return out;
  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(text); m; m = SPACE_RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (source.slice(start, end).trim() !== '') continue;
    if (ctx.isQuoted(start, end)) continue;
    if (isLayoutSpace(text, start, end) || inTitle(text, start)) continue;
    const before = ctx.tokenEndingAt(start);
    if (NOMINAL.test((before && ctx.tagAt(before.start)) ?? '') && NOMINAL.test(ctx.tagAt(end) ?? '')) continue;
    out.push({ rule, start, end });
  }
  return out;
}

/** What bounds a stretch of text around a space: spaces, punctuation, brackets, the line's ends. */
const STRETCH_END = /[\s，。、；：？！“”‘’（）《》【】…—,.;:?!()"']/;
/** Common surnames: a short stretch starting with one is a name in a list or a byline. */
const SURNAME = new Set('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤温康施牛樊葛邢乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿兰焦俞左柳甘祝包尚符舒阮柯纪梅童凌毕裴霍涂苗谷盛翁冉骆蓝辛靳柴蒙鲍喻祁蒲滕屈饶牟艾穆卓缪褚娄窦戚岑宫卜冷晏席柏瞿佟臧闵苟邬卞姬栾隋刁巫寇桑郎甄丛仲虞敖巩佘迟邝鞠荆冀郁胥栗鄢谌奚粟冼蔺阚屠朴禹祖漆卿狄'.split(''));

/**
 * The stretches on both sides of the space, up to the next space or mark, say whether it is a
 * slip inside a sentence or layout: a stretch of six characters or more, or two of four or more,
 * is a headline or a clause break (构建新发展格局 实现互利共赢) where a space stands for a comma;
 * digits make it a caption (74岁 退休干部); a name makes it a list or a byline (省长 王予波,
 * 白恩培 丛斌, 王  伟, 唐·邦克 表示). Deleting the space would mend none of those.
 */
function isLayoutSpace(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && !STRETCH_END.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !STRETCH_END.test(text[b])) b++;
  const left = text.slice(a, start);
  const right = text.slice(end, b);
  if (Math.max(left.length, right.length) >= 6 || Math.min(left.length, right.length) >= 4) return true;
  if (/[\d·]/.test(left + right)) return true;
  const name = (s: string) => s.length >= 2 && s.length <= 4 && SURNAME.has(s[0]);
  const padded = left.length === 1 && SURNAME.has(left) && right.length <= 2;
  return padded || name(left) || name(right);
}

/** Inside 《…》 or 【…】 on the line: a title keeps its own layout (《小贺卡 大文章》). */
function inTitle(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const before = text.slice(lineStart, at);
  return before.lastIndexOf('《') > before.lastIndexOf('》') || before.lastIndexOf('【') > before.lastIndexOf('】');
}

/** The mark a doubled run becomes, for either width of it. */
const SINGLE: Record<string, string> = { '，': '，', ',': '，', '、': '、', '；': '；', ';': '；', '：': '：', ':': '：', '。': '。' };
/** Runs of one mark, either width; 。 only doubled (three or more are an ellipsis: `ellipsis-form`). */
const DOUBLED_MARK = /([，,])[，,]+|、{2,}|([；;])[；;]+|([：:])[：:]+|(?<!。)。。(?!。)/g;

/**
 * A doubled mark (，， 。。 、、 ；； ：：), a typing slip; the fix keeps one. Half-width runs count only
 * next to Chinese (`a,,b` and `::` in code are not prose), and an ellipsis …… is never a double.
 */
export function doubledPunctuation(ctx: ParagraphContext, rule: CompiledRule): Match[] {
  const text = ctx.text;
  const out: Match[] = [];
  DOUBLED_MARK.lastIndex = 0;
  for (let m = DOUBLED_MARK.exec(text); m; m = DOUBLED_MARK.exec(text)) {
    const run = m[0];
    const start = m.index;
    const end = start + run.length;
    const fullWidth = /[，、；：。]/.test(run);
    if (!fullWidth && !(HAN.test(text[start - 1] ?? '') || HAN.test(text[end] ?? ''))) continue;
    const single = SINGLE[run[0]];
    out.push({
      rule,
      start,
      end,
      message: { zh: `标点“${run}”重复，只用一个“${single}”。`, en: `The mark "${run}" is doubled: use one "${single}".` },
      fixes: [{ title: { zh: `改为“${single}”`, en: `Replace with “${single}”` }, replacement: single }],
    });
  }
  return out;
}

/** True for a half-width , ; : that is part of a doubled run `doubledPunctuation` reports whole. */
export function inDoubledRun(text: string, i: number): boolean {
  const single = SINGLE[text[i]];
  return single !== undefined && single !== '。' && (SINGLE[text[i - 1]] === single || SINGLE[text[i + 1]] === single);
}
