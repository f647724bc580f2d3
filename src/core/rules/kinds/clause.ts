import type { CompiledRule, Match, Span } from '../../model';
import type { ParagraphContext } from '../../paragraph';
import { WORD_CLASSES } from '../../classes';
import { REGISTER_SCORES } from '../../classes/register';
import type { JsonSchema, ParagraphKind } from './kind';

/** A term: `@class` (a word class), `$must` or `$question` (a clause shape), or a literal word; a list is any of them. */
type Term = string | string[];

interface ClausePattern {
  all?: Term[];
  any?: Term[];
  none?: Term[];
  noneAfter?: Term[];
  noneInSentence?: Term[];
  order?: boolean;
  within?: number;
  register?: { min: number; words?: number };
  /** Where the terms must meet: one clause (default) or one sentence. */
  scope?: 'clause' | 'sentence';
}

/** Words before 要 that make it future tense (明年要换), not a requirement (我们要抓好). */
const FUTURE_BEFORE_YAO = new Set(['快', '就', '将', '马上', '即将', '明年', '年底', '年初', '下个月', '下月', '下半年', '近期', '年后', '月底', '以后', '将来', '迟早', '早晚', '很快', '听说', '据说']);

/** A clause of a paragraph with the range of its words (indices into `ctx.words`). */
interface ClauseWords extends Span {
  from: number;
  to: number;
}

/** Every clause with its words, in one pass over the words. */
function clauseWords(ctx: ParagraphContext): ClauseWords[] {
  const out: ClauseWords[] = [];
  let w = 0;
  for (const clause of ctx.clauses) {
    while (w < ctx.words.length && ctx.tokens[ctx.words[w]].start < clause.start) w++;
    const from = w;
    while (w < ctx.words.length && ctx.tokens[ctx.words[w]].start < clause.end) w++;
    out.push({ ...clause, from, to: w });
  }
  return out;
}

const SHAPES: Record<string, (ctx: ParagraphContext, clause: ClauseWords) => Span[]> = {
  /** 要 as a requirement: a leader's 要 turns a description into what must be done. */
  $must(ctx, clause) {
    const out: Span[] = [];
    for (let w = clause.from; w < clause.to; w++) {
      const t = ctx.tokens[ctx.words[w]];
      const previous = w > 0 ? ctx.tokens[ctx.words[w - 1]].text : '';
      if (t.text === '要' && !FUTURE_BEFORE_YAO.has(previous)) out.push(t);
    }
    return out;
  },
  /** The clause is a question (ends with ？). */
  $question(ctx, clause) {
    const mark = ctx.text[clause.end];
    return mark === '？' || mark === '?' ? [clause] : [];
  },
};

interface Hit extends Span {
  atom: number;
  /** Index of the clause holding the hit. */
  clause: number;
  /** Index into the paragraph's words, for `within`. */
  word: number;
}

/** Every atom (class, shape or literal word) the clause rules name, and a table from text to atoms. */
class Lexicon {
  readonly atoms: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly byText = new Map<string, number[]>();
  private maxLength = 1;

  atom(name: string): number {
    let id = this.ids.get(name);
    if (id !== undefined) return id;
    id = this.atoms.push(name) - 1;
    this.ids.set(name, id);
    const entries = name.startsWith('@') ? WORD_CLASSES[name.slice(1)] ?? [] : name.startsWith('$') ? [] : [name];
    for (const entry of entries) {
      const list = this.byText.get(entry) ?? [];
      list.push(id);
      this.byText.set(entry, list);
      this.maxLength = Math.max(this.maxLength, entry.length);
    }
    return id;
  }

  /** Whole-word hits of every atom in the paragraph, shapes included, clause by clause. */
  hits(ctx: ParagraphContext, clauses: ClauseWords[]): Hit[][] {
    const perClause: Hit[][] = clauses.map(() => []);
    const { words, tokens, text } = ctx;
    for (let w = 0; w < words.length; w++) {
      const start = tokens[words[w]].start;
      const clause = ctx.clauseIndexAt(start);
      if (clause < 0) continue;
      for (let k = w; k < words.length; k++) {
        const end = tokens[words[k]].end;
        if (end - start > this.maxLength) break;
        if (k > w && tokens[words[k]].start !== tokens[words[k - 1]].end) break;
        const atoms = this.byText.get(text.slice(start, end));
        if (atoms) for (const atom of atoms) perClause[clause].push({ atom, clause, start, end, word: w });
      }
    }
    this.atoms.forEach((name, atom) => {
      const shape = SHAPES[name];
      if (!shape) return;
      clauses.forEach((clause, i) => {
        for (const s of shape(ctx, clause)) perClause[i].push({ atom, clause: i, start: s.start, end: s.end, word: wordAt(ctx, s.start) });
      });
    });
    return perClause;
  }
}

function wordAt(ctx: ParagraphContext, offset: number): number {
  let lo = 0;
  let hi = ctx.words.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.tokens[ctx.words[mid]].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** How informal a clause reads: the sum of its words' register scores, and how many distinct words carry one. */
function registerOf(ctx: ParagraphContext, clause: ClauseWords): { score: number; words: Set<string>; span?: Span } {
  const words = new Set<string>();
  let score = 0;
  let span: Span | undefined;
  for (let w = clause.from; w < clause.to; w++) {
    const t = ctx.tokens[ctx.words[w]];
    const s = REGISTER_SCORES.get(t.text);
    if (s === undefined || ctx.isQuoted(t.start, t.end)) continue;
    // Each word counts once: 很…很 is emphasis, not a second sign of chat.
    if (!words.has(t.text)) score += s;
    words.add(t.text);
    span = { start: span?.start ?? t.start, end: t.end };
  }
  return { score, words, span };
}

/** The clauses grouped by sentence: each clause's sentence, each sentence's first clause and hits. */
function bySentence(ctx: ParagraphContext, perClause: Hit[][]): { of: number[]; first: number[]; hits: Hit[][] } {
  const of: number[] = [];
  const first: number[] = [];
  const hits: Hit[][] = [];
  let sentenceEnd = -1;
  ctx.clauses.forEach((clause, i) => {
    if (clause.start >= sentenceEnd) {
      sentenceEnd = ctx.sentenceAt(clause.start).end;
      first.push(i);
      hits.push([]);
    }
    of.push(hits.length - 1);
    for (const h of perClause[i]) hits[hits.length - 1].push(h);
  });
  return { of, first, hits };
}

interface CompiledPattern {
  rule: CompiledRule;
  all: number[][];
  any: number[][];
  none: number[][];
  noneAfter: number[][];
  noneInSentence: number[][];
  order: boolean;
  within: number;
  register?: { min: number; words: number };
  sentence: boolean;
}

const inTerm = (term: number[], hit: Hit) => term.includes(hit.atom);

/** Combinations tried before settling for the earliest hits (a clause rarely holds many). */
const MAX_COMBINATIONS = 256;

/**
 * The hits a pattern needs in one clause or sentence: one per `all` term (in order when asked)
 * and one of `any`, the combination with the fewest words between its ends, or undefined.
 */
function choose(p: CompiledPattern, hits: Hit[]): Hit[] | undefined {
  const lists = p.all.map((term) => hits.filter((h) => inTerm(term, h)));
  if (p.any.length > 0) lists.push(hits.filter((h) => p.any.some((term) => inTerm(term, h))));
  if (lists.some((l) => l.length === 0)) return undefined;
  if (lists.length === 0) return [];
  let best: Hit[] | undefined;
  let bestWidth = Infinity;
  const consider = (combo: Hit[]) => {
    if (p.order && combo.slice(0, p.all.length).some((h, k) => k > 0 && h.start <= combo[k - 1].start)) return;
    const words = combo.map((h) => h.word);
    const width = Math.max(...words) - Math.min(...words);
    if (width <= p.within && width < bestWidth) {
      best = combo;
      bestWidth = width;
    }
  };
  const total = lists.reduce((n, l) => n * l.length, 1);
  if (total > MAX_COMBINATIONS) {
    // Too many to try: the earliest hit of each term (in order when asked).
    const combo: Hit[] = [];
    let after = -1;
    for (const l of lists) {
      const h = l.find((x) => !p.order || x.start > after) ?? l[0];
      combo.push(h);
      after = h.start;
    }
    consider(combo);
    return best;
  }
  const walk = (k: number, combo: Hit[]) => {
    if (k === lists.length) return consider(combo);
    for (const h of lists[k]) walk(k + 1, [...combo, h]);
  };
  walk(0, []);
  return best;
}

const TERM: JsonSchema = {
  oneOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
  ],
  description: '"@class" (a word class in dictionaries/classes), "$must" (要 as a requirement) or "$question", or a literal word; a list means any of them.',
};
const TERMS = (description: string): JsonSchema => ({ type: 'array', minItems: 1, items: TERM, description });

function termErrors(terms: Term[] | undefined, where: string): string[] {
  const errors: string[] = [];
  for (const term of terms ?? []) {
    for (const atom of Array.isArray(term) ? term : [term]) {
      if (atom.startsWith('@') && !Object.hasOwn(WORD_CLASSES, atom.slice(1))) errors.push(`${where}: unknown word class "${atom}" (known: ${Object.keys(WORD_CLASSES).map((c) => '@' + c).join(', ')})`);
      if (atom.startsWith('$') && !Object.hasOwn(SHAPES, atom)) errors.push(`${where}: unknown clause shape "${atom}" (known: ${Object.keys(SHAPES).join(', ')})`);
    }
  }
  return errors;
}

/**
 * A clause read the way a reviewer reads it: words of given classes (a leader and a rumour, the
 * office and a decision, the public and contempt) in one clause, unless the clause also has
 * words that change its meaning (要/必须/防止 make it a requirement, a remedy answers a
 * complaint), or a clause whose words are informal enough by the register scores. One rule covers
 * the many wordings of one mistake; the finding covers the words that make it.
 */
export const clauseKind: ParagraphKind = {
  key: 'clause',
  scope: 'paragraph',
  summary: 'word classes (and the register score) combined within one clause, with terms that cancel the match',
  schema: {
    clause: {
      type: 'object',
      additionalProperties: false,
      anyOf: [{ required: ['all'] }, { required: ['any'] }, { required: ['register'] }],
      properties: {
        all: TERMS('Every term occurs in the clause.'),
        any: TERMS('At least one term occurs in the clause.'),
        none: TERMS('No term occurs in the clauses that hold the matched words.'),
        noneAfter: TERMS('No term occurs from the first matched clause to the end of the sentence (an answer that follows; one before a 可/但 does not count).'),
        noneInSentence: TERMS('No term occurs anywhere in the sentence.'),
        order: { type: 'boolean', description: 'The terms of `all` occur in this order.' },
        scope: { enum: ['clause', 'sentence'], description: 'Where the terms must meet: one clause (default, between commas) or one sentence.' },
        within: { type: 'integer', minimum: 0, description: 'At most this many words from the first to the last matched term (default 12).' },
        register: {
          type: 'object',
          additionalProperties: false,
          required: ['min'],
          description: 'The clause’s register score (the sum of the scores of its distinct words in dictionaries/register-score.tsv) is at least `min`, from at least `words` distinct words.',
          properties: { min: { type: 'number' }, words: { type: 'integer', minimum: 1 } },
        },
      },
    },
  },
  validate(match) {
    const p = match.clause as ClausePattern;
    return [...termErrors(p.all, 'clause.all'), ...termErrors(p.any, 'clause.any'), ...termErrors(p.none, 'clause.none'), ...termErrors(p.noneAfter, 'clause.noneAfter'), ...termErrors(p.noneInSentence, 'clause.noneInSentence')];
  },
  compile(rules) {
    const lexicon = new Lexicon();
    const terms = (list: Term[] | undefined) => (list ?? []).map((t) => (Array.isArray(t) ? t : [t]).map((a) => lexicon.atom(a)));
    const patterns: CompiledPattern[] = rules.map((rule) => {
      const p = rule.spec.match.clause as ClausePattern;
      return {
        rule,
        all: terms(p.all),
        any: terms(p.any),
        none: terms(p.none),
        noneAfter: terms(p.noneAfter),
        noneInSentence: terms(p.noneInSentence),
        order: p.order ?? false,
        within: p.within ?? 12,
        register: p.register ? { min: p.register.min, words: p.register.words ?? 1 } : undefined,
        sentence: p.scope === 'sentence',
      };
    });
    return (ctx, out: Match[]) => {
      const clauses = ctx.memo(clauseWords, () => clauseWords(ctx));
      const perClause = ctx.memo(lexicon, () => lexicon.hits(ctx, clauses));
      const sentences = ctx.memo(perClause, () => bySentence(ctx, perClause));
      clauses.forEach((clause, i) => {
        const sentence = sentences.of[i];
        let register: ReturnType<typeof registerOf> | undefined;
        for (const p of patterns) {
          // A sentence-scope pattern is tried once, at the sentence's first clause.
          if (p.sentence && sentences.first[sentence] !== i) continue;
          const hits = p.sentence ? sentences.hits[sentence] : perClause[i];
          if (hits.length === 0 && !p.register) continue;
          const chosen = choose(p, hits);
          if (!chosen) continue;
          // `none` is tested on the clauses that hold the matched words, `noneInSentence` on the whole sentence.
          if (p.none.length > 0) {
            const own = new Set(chosen.length > 0 ? chosen.map((h) => h.clause) : [i]);
            if (p.none.some((term) => [...own].some((c) => perClause[c].some((h) => inTerm(term, h))))) continue;
          }
          if (p.noneAfter.length > 0) {
            // From the first matched clause to the sentence's end: a remedy before a 可/但 does not answer what follows it.
            const from = chosen.length > 0 ? Math.min(...chosen.map((h) => h.clause)) : i;
            const later = sentences.hits[sentence].filter((h) => h.clause >= from);
            if (p.noneAfter.some((term) => later.some((h) => inTerm(term, h)))) continue;
          }
          if (p.noneInSentence.some((term) => sentences.hits[sentence].some((h) => inTerm(term, h)))) continue;
          let span: Span | undefined = chosen.length > 0 ? { start: Math.min(...chosen.map((h) => h.start)), end: Math.max(...chosen.map((h) => h.end)) } : undefined;
          if (p.register) {
            register ??= registerOf(ctx, clause);
            if (register.score < p.register.min || register.words.size < p.register.words || !register.span) continue;
            span ??= register.span;
          }
          if (span) out.push({ rule: p.rule, start: span.start, end: span.end });
        }
      });
    };
  },
};
