import type { CompiledRule, Match, Span } from '../../model';
import type { ParagraphContext } from '../../paragraph';
import { WORD_CLASSES } from '../../classes';
import { REGISTER_SCORES } from '../../classes/register';
import type { JsonSchema, ParagraphKind } from './kind';
import { PairIndex } from '../pairIndex';

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
    out.push({ start: clause.start, end: clause.end, from, to: w });
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

const SINGLE = 1;
const PAIR = 2;

/** Whole-word entries to find in a paragraph, each standing for some atoms. */
class EntryTable {
  /** One-character entries by their code unit; longer ones by their first two (an index into `buckets`). */
  private readonly single = new Map<number, number[]>();
  private readonly pairs = new PairIndex();
  private readonly buckets: { entry: string; atoms: number[] }[][] = [];
  /** Per code unit, SINGLE and/or PAIR when some entry starts with it: most words start none, and skip the look-ups. */
  private readonly starts = new Uint8Array(0x10000);

  add(entry: string, atom: number): void {
    this.starts[entry.charCodeAt(0)] |= entry.length === 1 ? SINGLE : PAIR;
    if (entry.length === 1) {
      const list = this.single.get(entry.charCodeAt(0)) ?? [];
      if (!list.includes(atom)) list.push(atom);
      this.single.set(entry.charCodeAt(0), list);
      return;
    }
    let b = this.pairs.get(entry.charCodeAt(0), entry.charCodeAt(1));
    if (b < 0) this.pairs.set(entry.charCodeAt(0), entry.charCodeAt(1), (b = this.buckets.push([]) - 1));
    const bucket = this.buckets[b];
    const known = bucket.find((x) => x.entry === entry);
    if (known) {
      if (!known.atoms.includes(atom)) known.atoms.push(atom);
    } else bucket.push({ entry, atoms: [atom] });
  }

  /** Calls `found` for every entry that starts and ends on word boundaries, with its word index. */
  scan(ctx: ParagraphContext, found: (atoms: number[], start: number, end: number, word: number) => void): void {
    const { words, tokens, text } = ctx;
    for (let w = 0; w < words.length; w++) {
      const start = tokens[words[w]].start;
      const c0 = text.charCodeAt(start);
      const starts = this.starts[c0];
      if (starts === 0) continue;
      const one = starts & SINGLE ? this.single.get(c0) : undefined;
      if (one && ctx.endsToken(start + 1)) found(one, start, start + 1, w);
      const b = starts & PAIR && start + 1 < text.length ? this.pairs.get(c0, text.charCodeAt(start + 1)) : -1;
      if (b < 0) continue;
      for (const { entry, atoms } of this.buckets[b]) {
        const end = start + entry.length;
        if (ctx.endsToken(end) && text.startsWith(entry, start)) found(atoms, start, end, w);
      }
    }
  }
}

/**
 * Every atom (class, shape or literal word) the clause rules name, in three tables, looked for in
 * turn and only as far as needed: the triggers (a pattern's last `all` term, its `any` terms:
 * the rare predicate such as 调走, 拍板, 扛不住), in every paragraph; the rest of a finding (the
 * referent: 群众, 局长 — frequent), only where a trigger is; the frames that cancel one (要, 必须,
 * 解决 — more frequent still), only where a finding is.
 */
class Lexicon {
  readonly atoms: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly triggerWords = new EntryTable();
  private readonly findingWords = new EntryTable();
  private readonly frameWords = new EntryTable();
  /** The atoms that are clause shapes ($must, $question), computed rather than looked up. */
  private readonly shapeAtoms: { atom: number; shape: (ctx: ParagraphContext, clause: ClauseWords) => Span[] }[] = [];

  /** Atoms are made triggers first, then findings, then frames: an atom in two roles is looked for in the first. */
  atom(name: string, role: 'trigger' | 'finding' | 'frame'): number {
    let id = this.ids.get(name);
    if (id !== undefined) return id;
    id = this.atoms.push(name) - 1;
    this.ids.set(name, id);
    const table = role === 'trigger' ? this.triggerWords : role === 'finding' ? this.findingWords : this.frameWords;
    for (const entry of this.entriesOf(name)) table.add(entry, id);
    if (Object.hasOwn(SHAPES, name)) this.shapeAtoms.push({ atom: id, shape: SHAPES[name] });
    return id;
  }

  private entriesOf(name: string): readonly string[] {
    return name.startsWith('@') ? WORD_CLASSES[name.slice(1)] ?? [] : name.startsWith('$') ? [] : [name];
  }

  /** Whole-word hits of the trigger atoms, clause by clause. */
  triggers(ctx: ParagraphContext, clauses: ClauseWords[]): Hit[][] {
    return this.collect(ctx, clauses, this.triggerWords, false);
  }

  /** Whole-word hits of the other finding atoms, clause by clause. */
  findings(ctx: ParagraphContext, clauses: ClauseWords[]): Hit[][] {
    return this.collect(ctx, clauses, this.findingWords, false);
  }

  /** Whole-word hits of the frame atoms and the shapes, clause by clause. */
  frames(ctx: ParagraphContext, clauses: ClauseWords[]): Hit[][] {
    return this.collect(ctx, clauses, this.frameWords, true);
  }

  private collect(ctx: ParagraphContext, clauses: ClauseWords[], table: EntryTable, withShapes: boolean): Hit[][] {
    const perClause: Hit[][] = clauses.map(() => []);
    let clause = 0;
    table.scan(ctx, (atoms, start, end, word) => {
      while (clause < clauses.length && clauses[clause].end <= start) clause++;
      if (clause >= clauses.length || clauses[clause].start > start) return;
      for (const atom of atoms) perClause[clause].push({ atom, clause, start, end, word });
    });
    if (withShapes) {
      for (const { atom, shape } of this.shapeAtoms) {
        for (let i = 0; i < clauses.length; i++) {
          for (const s of shape(ctx, clauses[i])) perClause[i].push({ atom, clause: i, start: s.start, end: s.end, word: wordAt(ctx, s.start) });
        }
      }
    }
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

/** First code units of the scored words: a word starting otherwise needs no lookup. */
const REGISTER_FIRST = new Uint8Array(0x10000);
for (const word of REGISTER_SCORES.keys()) REGISTER_FIRST[word.charCodeAt(0)] = 1;

/** How informal a clause reads: the sum of its words' register scores, and how many distinct words carry one. */
function registerOf(ctx: ParagraphContext, clause: ClauseWords): { score: number; words: number; span?: Span } {
  // Made at the first scored word: most clauses of a speech have none.
  let words: Set<string> | undefined;
  let score = 0;
  let span: Span | undefined;
  for (let w = clause.from; w < clause.to; w++) {
    const t = ctx.tokens[ctx.words[w]];
    if (REGISTER_FIRST[ctx.text.charCodeAt(t.start)] === 0) continue;
    const s = REGISTER_SCORES.get(t.text);
    if (s === undefined || ctx.isQuoted(t.start, t.end)) continue;
    words ??= new Set();
    // Each word counts once: 很…很 is emphasis, not a second sign of chat.
    if (!words.has(t.text)) score += s;
    words.add(t.text);
    span = { start: span?.start ?? t.start, end: t.end };
  }
  return { score, words: words?.size ?? 0, span };
}

/** The clauses grouped by sentence: each clause's sentence, each sentence's first clause and hits. */
/** Per clause, the hits of both lists, in order of position. */
function merge(a: Hit[][], b: Hit[][]): Hit[][] {
  return a.map((list, i) => (b[i].length === 0 ? list : list.length === 0 ? b[i] : [...list, ...b[i]].sort((x, y) => x.start - y.start)));
}

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
  // A register pattern needs no word: the common case, tried at every clause.
  if (p.all.length === 0 && p.any.length === 0) return [];
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
    const specs = rules.map((rule) => rule.spec.match.clause as ClausePattern);
    const atoms = (t: Term, role: 'trigger' | 'finding' | 'frame') => (Array.isArray(t) ? t : [t]).map((a) => lexicon.atom(a, role));
    const terms = (list: Term[] | undefined, role: 'trigger' | 'finding' | 'frame') => (list ?? []).map((t) => atoms(t, role));
    // Triggers first, then the rest of the findings, then the frames (an atom's first role wins).
    const triggers = specs.map((p) => (p.all?.length ? [atoms(p.all[p.all.length - 1], 'trigger')] : terms(p.any, 'trigger')));
    const found = specs.map((p, k) => ({
      all: p.all?.length ? [...terms(p.all.slice(0, -1), 'finding'), triggers[k][0]] : [],
      any: p.all?.length ? terms(p.any, 'finding') : triggers[k],
    }));
    const patterns: CompiledPattern[] = rules.map((rule, k) => {
      const p = specs[k];
      return {
        rule,
        ...found[k],
        none: terms(p.none, 'frame'),
        noneAfter: terms(p.noneAfter, 'frame'),
        noneInSentence: terms(p.noneInSentence, 'frame'),
        order: p.order ?? false,
        within: p.within ?? 12,
        register: p.register ? { min: p.register.min, words: p.register.words ?? 1 } : undefined,
        sentence: p.scope === 'sentence',
      };
    });
    // Which patterns an atom can start. Register patterns have no trigger and are tried everywhere.
    const triggeredBy: number[][] = [];
    const untriggered: number[] = [];
    triggers.forEach((list, k) => {
      if (list.length === 0) return void untriggered.push(k);
      for (const term of list) for (const atom of term) (triggeredBy[atom] ??= []).push(k);
    });
    const untriggeredInClause = untriggered.filter((k) => !patterns[k].sentence);
    const tried = new Int32Array(patterns.length);
    let stamp = 0;
    return (ctx, out: Match[]) => {
      const clauses = ctx.memo(clauseWords, () => clauseWords(ctx));
      const triggered = lexicon.triggers(ctx, clauses);
      // No trigger anywhere: only the register patterns can match, and they need no other word.
      const anyTrigger = triggered.some((list) => list.length > 0);
      const found = anyTrigger ? merge(triggered, lexicon.findings(ctx, clauses)) : triggered;
      const sentences = bySentence(ctx, found);
      // Phase 1: the matches the finding words allow, before any frame is looked for.
      const possible: { k: number; clause: number; sentence: number; chosen: Hit[]; span?: Span }[] = [];
      clauses.forEach((clause, i) => {
        const sentence = sentences.of[i];
        const atSentenceStart = sentences.first[sentence] === i;
        let candidates: readonly number[];
        // A sentence-scope pattern is tried once, at the sentence's first clause.
        const sentenceHits = atSentenceStart ? sentences.hits[sentence] : [];
        if (found[i].length === 0 && sentenceHits.length === 0) {
          // No hit, the common case: only the untriggered patterns, already in order.
          candidates = atSentenceStart ? untriggered : untriggeredInClause;
        } else {
          stamp++;
          const list: number[] = [];
          const consider = (hits: Hit[], sentenceScope: boolean) => {
            for (const h of hits) {
              for (const k of triggeredBy[h.atom] ?? []) {
                if (tried[k] === stamp || patterns[k].sentence !== sentenceScope) continue;
                tried[k] = stamp;
                list.push(k);
              }
            }
          };
          consider(found[i], false);
          consider(sentenceHits, true);
          for (const k of atSentenceStart ? untriggered : untriggeredInClause) list.push(k);
          candidates = list.sort((a, b) => a - b);
        }
        let register: ReturnType<typeof registerOf> | undefined;
        for (const k of candidates) {
          const p = patterns[k];
          const chosen = choose(p, p.sentence ? sentences.hits[sentence] : found[i]);
          if (!chosen) continue;
          let span: Span | undefined = chosen.length > 0 ? { start: Math.min(...chosen.map((h) => h.start)), end: Math.max(...chosen.map((h) => h.end)) } : undefined;
          if (p.register) {
            register ??= registerOf(ctx, clause);
            if (register.score < p.register.min || register.words < p.register.words || !register.span) continue;
            span ??= register.span;
          }
          if (span) possible.push({ k, clause: i, sentence, chosen, span });
        }
      });
      if (possible.length === 0) return;
      // Phase 2: the frames, looked for only now (most paragraphs never get here).
      const frames = ctx.memo(found, () => lexicon.frames(ctx, clauses));
      const inClause = (c: number, term: number[]) => found[c].some((h) => inTerm(term, h)) || frames[c].some((h) => inTerm(term, h));
      const clausesOf = (sentence: number) => {
        const from = sentences.first[sentence];
        const to = sentence + 1 < sentences.first.length ? sentences.first[sentence + 1] : clauses.length;
        return { from, to };
      };
      for (const m of possible) {
        const p = patterns[m.k];
        // `none` is tested on the clauses that hold the matched words, `noneAfter` from the first
        // of them to the sentence's end (a remedy before a 可/但 does not answer what follows it),
        // `noneInSentence` on the whole sentence.
        const own = m.chosen.length > 0 ? [...new Set(m.chosen.map((h) => h.clause))] : [m.clause];
        if (p.none.some((term) => own.some((c) => inClause(c, term)))) continue;
        const { from, to } = clausesOf(m.sentence);
        const first = Math.min(...own);
        let cancelled = false;
        for (let c = from; c < to && !cancelled; c++) {
          if (c >= first && p.noneAfter.some((term) => inClause(c, term))) cancelled = true;
          else if (p.noneInSentence.some((term) => inClause(c, term))) cancelled = true;
        }
        if (!cancelled) out.push({ rule: p.rule, start: m.span!.start, end: m.span!.end });
      }
    };
  },
};
