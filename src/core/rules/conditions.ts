import { CATEGORY_TABLE, type CompiledRule, type Match, type RuleSpec } from '../model';
import type { ParagraphContext } from '../paragraph';

/** A rule with its `unless` and `requires` regexes compiled, anchored where they apply. */
export function compileRule(spec: RuleSpec): CompiledRule {
  const u = spec.unless ?? {};
  return {
    spec,
    before: u.before ? new RegExp(`(?:${u.before})$`, 'u') : undefined,
    after: u.after ? new RegExp(`^(?:${u.after})`, 'u') : undefined,
    sentence: u.sentence ? new RegExp(u.sentence, 'u') : undefined,
    beforeTag: u.beforeTag ? new RegExp(u.beforeTag, 'u') : undefined,
    afterTag: u.afterTag ? new RegExp(u.afterTag, 'u') : undefined,
    requires: spec.requires ? new RegExp(spec.requires, 'u') : undefined,
    requiresBefore: spec.requiresBefore ? new RegExp(`(?:${spec.requiresBefore})$`, 'u') : undefined,
    requiresAfter: spec.requiresAfter ? new RegExp(`^(?:${spec.requiresAfter})`, 'u') : undefined,
    skipQuoted: u.quoted ?? CATEGORY_TABLE[spec.category].voice,
  };
}

/** The sentence conditions a rule may carry: they need a paragraph, so document rules take none. */
export const CONDITION_KEYS = ['unless', 'requires', 'requiresBefore', 'requiresAfter'] as const;

/**
 * How far `before` / `after` conditions look from the match, in code units. Testing an
 * end-anchored regex costs the length of its input, so an unbounded look would make a sentence
 * with many matches quadratic; conditions name the words right next to a match.
 */
export const CONDITION_REACH = 200;

/**
 * Whole-sentence conditions per paragraph, by rule and sentence: a long sentence may hold
 * thousands of one rule's matches, and its condition is tested once.
 */
const sentenceResults = new WeakMap<ParagraphContext, Map<string, boolean>>();

function sentenceTest(ctx: ParagraphContext, regex: RegExp, key: string, sentence: () => string): boolean {
  let cache = sentenceResults.get(ctx);
  if (!cache) sentenceResults.set(ctx, (cache = new Map()));
  let result = cache.get(key);
  if (result === undefined) cache.set(key, (result = regex.test(sentence())));
  return result;
}

/** The text of the sentence before the match, at most CONDITION_REACH code units of it. */
function textBefore(text: string, sentenceStart: number, matchStart: number): string {
  const from = Math.max(sentenceStart, matchStart - CONDITION_REACH);
  // A cut-off look must not let `^` match where the sentence does not start.
  return from > sentenceStart ? '\uffff' + text.slice(from, matchStart) : text.slice(from, matchStart);
}

/** True when the match survives its rule's quoted-speech, `unless` and `requires` conditions. */
export function passesConditions(ctx: ParagraphContext, m: Match): boolean {
  const r = m.rule;
  if (r.skipQuoted && ctx.isQuoted(m.start, m.end)) return false;
  if (!r.before && !r.after && !r.sentence && !r.beforeTag && !r.afterTag && !r.requires && !r.requiresBefore && !r.requiresAfter) return true;
  if (r.beforeTag && r.beforeTag.test(ctx.tagOfWordBefore(m.start) ?? '')) return false;
  if (r.afterTag && r.afterTag.test(ctx.tagAt(m.end) ?? '')) return false;
  const s = ctx.sentenceAt(m.start);
  const text = ctx.text;
  const sentenceEnd = Math.max(s.end, m.end);
  const before = r.before || r.requiresBefore ? textBefore(text, s.start, m.start) : '';
  const after = r.after || r.requiresAfter ? text.slice(m.end, Math.min(sentenceEnd, m.end + CONDITION_REACH)) : '';
  if (r.before && r.before.test(before)) return false;
  if (r.after && r.after.test(after)) return false;
  const sentence = () => text.slice(s.start, sentenceEnd);
  const id = `${r.spec.id}\u0000${s.start}:${sentenceEnd}`;
  if (r.sentence && sentenceTest(ctx, r.sentence, `u${id}`, sentence)) return false;
  if (r.requires && !sentenceTest(ctx, r.requires, `r${id}`, sentence)) return false;
  if (r.requiresBefore && !r.requiresBefore.test(before)) return false;
  if (r.requiresAfter && !r.requiresAfter.test(after)) return false;
  return true;
}
