import type { CompiledRule, Match } from '../../model';
import type { ParagraphContext } from '../../paragraph';
import type { ParagraphKind } from './kind';

interface PhraseEntry {
  phrase: string;
  rule: CompiledRule;
}

/** A 16-bit hash of a phrase's first two code units. */
function pairKey(c0: number, c1: number): number {
  return (c0 * 31 + c1) & 0xffff;
}

/**
 * Whole-word phrases: a phrase matches only where it starts and ends on token boundaries, so
 * 可能 does not match inside 可能性. Looked up by table: one-character phrases by that code
 * unit, longer ones by a hash of their first two (entries sharing a hash are told apart by
 * comparing the text).
 */
export const phrasesKind: ParagraphKind = {
  key: 'phrases',
  scope: 'paragraph',
  summary: 'whole-word phrases, matched on token boundaries',
  schema: {
    phrases: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 }, description: 'Phrases that match where they start and end on word boundaries.' },
  },
  compile(rules) {
    const singleCharBucketOf = new Uint32Array(0x10000);
    const pairBucketOf = new Uint32Array(0x10000);
    const buckets: PhraseEntry[][] = [[]];
    for (const rule of rules) {
      for (const phrase of rule.spec.match.phrases as string[]) {
        const table = phrase.length === 1 ? singleCharBucketOf : pairBucketOf;
        const key = phrase.length === 1 ? phrase.charCodeAt(0) : pairKey(phrase.charCodeAt(0), phrase.charCodeAt(1));
        if (!table[key]) table[key] = buckets.push([]) - 1;
        buckets[table[key]].push({ phrase, rule });
      }
    }
    for (const list of buckets) list.sort((a, b) => b.phrase.length - a.phrase.length);
    return (ctx: ParagraphContext, out: Match[]) => {
      const text = ctx.text;
      for (const t of ctx.tokens) {
        const c0 = text.charCodeAt(t.start);
        const single = singleCharBucketOf[c0];
        if (single !== 0 && ctx.endsToken(t.start + 1)) for (const { rule } of buckets[single]) out.push({ rule, start: t.start, end: t.start + 1 });
        if (t.start + 1 >= text.length) continue;
        const pair = pairBucketOf[pairKey(c0, text.charCodeAt(t.start + 1))];
        if (pair === 0) continue;
        for (const { phrase, rule } of buckets[pair]) {
          const end = t.start + phrase.length;
          if (ctx.endsToken(end) && text.startsWith(phrase, t.start)) out.push({ rule, start: t.start, end });
        }
      }
    };
  },
};
