import type { ParagraphContext } from '../../paragraph';
import type { CompiledRule, Match, Token } from '../../model';

/**
 * Characters that never reduplicate in written Chinese, so 要要 or 的的 is a slip. Characters
 * that do (谢谢, 常常, 人人, 天天, 看看, 个个, 每每, 让让, 最最) are not listed.
 */
const NEVER_DOUBLED = new Set('的是在和与及并把被将要我们这那就也都还又而或以为于从向使很更已其之所则但即由因此该会各');
/** jieba tags of two-character words that never reduplicate: pronouns, prepositions, conjunctions, particles. */
const NEVER_DOUBLED_TAG = /^[rpcu]/;
const ALL_HAN = /^\p{Script=Han}+$/u;

/**
 * A word typed twice (要要, 我们我们, 高质量高质量). Legitimate reduplication is left alone:
 * single characters that reduplicate (谢谢, 天天, 看看), verbs (研究研究, 走着走着), AABB forms
 * (的的确确, 和和气气), and whatever jieba keeps as one word. What counts: a listed character
 * doubled, a pronoun, preposition, conjunction or particle doubled, or any word or run of words
 * of three characters or more repeated at once. The finding marks the second copy; the fix
 * deletes it.
 */
export function doubledWord(ctx: ParagraphContext, rule: CompiledRule): Match[] {
  const out: Match[] = [];
  const { tokens, words, text } = ctx;
  for (let i = 0; i + 1 < text.length; i++) {
    // Numbers first: a doubled character is rare, a set lookup at every place is not free.
    if (text.charCodeAt(i) === text.charCodeAt(i + 1) && NEVER_DOUBLED.has(text[i]) && doubledCharacter(ctx, i)) {
      out.push({ rule, start: i + 1, end: i + 2 });
      i++;
    }
  }
  // The words' starts in one typed array: the loop below reads four of them at every word.
  const starts = new Int32Array(words.length);
  for (let w = 0; w < words.length; w++) starts[w] = tokens[words[w]].start;
  for (let w = 0; w < words.length; w++) {
    const a = starts[w];
    for (let n = 1; n <= 4 && w + 2 * n <= words.length; n++) {
      // Cheap test first (most words pass none): the n words from a, as text, start and end as
      // the text right after them does.
      const b = starts[w + n];
      const length = b - a;
      if (length < 2 || text.charCodeAt(b) !== text.charCodeAt(a) || text.charCodeAt(b - 1) !== text.charCodeAt(b + length - 1)) continue;
      const second = repeatedRun(ctx, w, n);
      if (!second) continue;
      out.push({ rule, ...second });
      w += 2 * n - 1;
      break;
    }
  }
  return out;
}

/**
 * 要要 at i, i+1 as a slip: jieba reads each 要 as a word of its own (or the pair as one unknown
 * word). Where either belongs to a longer word the pair is two words meeting (首都|都市圈,
 * 重要|要求, 纵向|向), and an AABB form (的的确确, 和和气气) is no slip either.
 */
function doubledCharacter(ctx: ParagraphContext, i: number): boolean {
  const text = ctx.text;
  const aabb = (a: number) => a >= 0 && a + 1 < text.length && text[a] === text[a + 1] && /\p{Script=Han}/u.test(text[a]);
  if (aabb(i + 2) || aabb(i - 2)) return false;
  const first = ctx.tokenAt(i);
  if (first && first.end === i + 2) return true;
  return first?.end === i + 1 && ctx.tokenAt(i + 1)?.end === i + 2;
}

/**
 * The second copy of the n words from word index w when they are at once repeated: one word of
 * the never-doubled tags, or words of three characters or more.
 */
function repeatedRun(ctx: ParagraphContext, w: number, n: number): { start: number; end: number } | undefined {
  const word = (k: number) => ctx.tokens[ctx.words[k]];
  const first: Token[] = [];
  const second: Token[] = [];
  for (let k = 0; k < n; k++) {
    first.push(word(w + k));
    second.push(word(w + n + k));
  }
  if (!first.every((t, k) => t.text === second[k].text)) return undefined;
  // The copies must touch: 我们，我们 is a figure of speech, not a slip.
  if (first[n - 1].end !== second[0].start || !adjacent(first) || !adjacent(second)) return undefined;
  const phrase = ctx.text.slice(first[0].start, first[n - 1].end);
  if (!ALL_HAN.test(phrase)) return undefined;
  // A quoted saying may repeat a name on purpose (“曲麻莱曲麻莱，进得去出不来”).
  if (ctx.isQuoted(first[0].start, second[n - 1].end)) return undefined;
  // 一家一家, 一个项目一个项目: a numeral and its measure word repeated means "one by one".
  if (/^[一每两几]/.test(phrase) || /^m/.test(ctx.tagAt(first[0].start) ?? '')) return undefined;
  const pronounOrParticle = n === 1 && phrase.length === 2 && NEVER_DOUBLED_TAG.test(ctx.tagAt(first[0].start) ?? '');
  if (phrase.length < 3 && !pronounOrParticle) return undefined;
  return { start: second[0].start, end: second[n - 1].end };
}

const adjacent = (run: Token[]) => run.every((t, k) => k === 0 || run[k - 1].end === t.start);
