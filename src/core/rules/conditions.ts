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

/** True when the match survives its rule's quoted-speech, `unless` and `requires` conditions. */
export function passesConditions(ctx: ParagraphContext, m: Match): boolean {
  const r = m.rule;
  if (r.skipQuoted && ctx.isQuoted(m.start, m.end)) return false;
  if (!r.before && !r.after && !r.sentence && !r.beforeTag && !r.afterTag && !r.requires && !r.requiresBefore && !r.requiresAfter) return true;
  if (r.beforeTag && r.beforeTag.test(ctx.tagOfWordBefore(m.start) ?? '')) return false;
  if (r.afterTag && r.afterTag.test(ctx.tagAt(m.end) ?? '')) return false;
  const s = ctx.sentenceAt(m.start);
  const text = ctx.text;
  if (r.before && r.before.test(text.slice(s.start, m.start))) return false;
  if (r.after && r.after.test(text.slice(m.end, Math.max(s.end, m.end)))) return false;
  const sentence = text.slice(s.start, Math.max(s.end, m.end));
  if (r.sentence && r.sentence.test(sentence)) return false;
  if (r.requires && !r.requires.test(sentence)) return false;
  if (r.requiresBefore && !r.requiresBefore.test(text.slice(s.start, m.start))) return false;
  if (r.requiresAfter && !r.requiresAfter.test(text.slice(m.end, Math.max(s.end, m.end)))) return false;
  return true;
}
