import type { ParagraphContext } from '../paragraph';
import { replaceWith } from './fixes';
import type { LocalizedText, Fix } from '../findings';
import type { RuleSpec, SequenceStep } from './types';
import { CODE_RULES } from './code';
import { RegexTriggers } from './regexTriggers';
import { splitLeadingLookbehind } from './leadingLookbehind';

/** A match inside a paragraph before exceptions and configuration are applied. */
export interface RawMatch {
  rule: CompiledRule;
  start: number;
  end: number;
  /** Overrides the rule's message (code rules that say what exactly is wrong). */
  message?: LocalizedText;
  /** Overrides the rule's fix. */
  fixes?: LocalizedFix[];
}

export interface LocalizedFix {
  title: LocalizedText;
  replacement: string;
}

export interface CompiledRule {
  spec: RuleSpec;
  before?: RegExp;
  after?: RegExp;
  sentence?: RegExp;
  requires?: RegExp;
  requiresBefore?: RegExp;
  requiresAfter?: RegExp;
  skipQuoted: boolean;
}

const VOICE_CATEGORIES = new Set(['self-reference', 'opinion', 'hedge', 'complaint', 'gossip', 'arrogance', 'overstep', 'colloquial']);

export function compileRule(spec: RuleSpec): CompiledRule {
  const u = spec.unless ?? {};
  return {
    spec,
    before: u.before ? new RegExp(`(?:${u.before})$`, 'u') : undefined,
    after: u.after ? new RegExp(`^(?:${u.after})`, 'u') : undefined,
    sentence: u.sentence ? new RegExp(u.sentence, 'u') : undefined,
    requires: spec.requires ? new RegExp(spec.requires, 'u') : undefined,
    requiresBefore: spec.requiresBefore ? new RegExp(`(?:${spec.requiresBefore})$`, 'u') : undefined,
    requiresAfter: spec.requiresAfter ? new RegExp(`^(?:${spec.requiresAfter})`, 'u') : undefined,
    skipQuoted: u.quoted ?? VOICE_CATEGORIES.has(spec.category),
  };
}

interface PhraseEntry {
  phrase: string;
  rule: CompiledRule;
}

interface CompiledSequence {
  rule: CompiledRule;
  steps: { words?: Set<string>; regex?: RegExp; tag?: string; optional: boolean; gap: number }[];
}

interface CompiledRegex {
  rule: CompiledRule;
  regex: RegExp;
  /** A leading lookbehind split off the regex, tested only where the rest matches. */
  guard?: RegExp;
  wholeWord: boolean;
}

/**
 * All rules compiled into indexes so that a paragraph is scanned once: phrases by first
 * character, sequences by their first word, regexes only on paragraphs holding a character they
 * require, code rules on every paragraph.
 */
export class RuleSet {
  /**
   * Phrases by table lookup: one-character phrases by that code unit, longer ones by a hash of
   * their first two (entries sharing a hash are told apart by comparing the text).
   */
  private readonly singleCharBucketOf = new Uint16Array(0x10000);
  private readonly pairBucketOf = new Uint16Array(0x10000);
  private readonly phraseBuckets: PhraseEntry[][] = [[]];
  private readonly sequencesByFirstWord = new Map<string, CompiledSequence[]>();
  /** Per first code unit of an anchor word, a bit per word length (1–8+): other tokens skip the map. */
  private readonly sequenceAnchorStart = new Uint8Array(0x10000);
  private readonly unanchoredSequences: CompiledSequence[] = [];
  private readonly regexes: CompiledRegex[] = [];
  private readonly regexTriggers: RegexTriggers;
  private readonly codeRules: { rule: CompiledRule; run: (ctx: ParagraphContext, rule: CompiledRule) => RawMatch[] }[] = [];
  readonly rules: CompiledRule[];

  constructor(specs: RuleSpec[]) {
    this.rules = specs.map(compileRule);
    for (const rule of this.rules) {
      const m = rule.spec.match;
      if (m.phrases) {
        for (const phrase of m.phrases) {
          const table = phrase.length === 1 ? this.singleCharBucketOf : this.pairBucketOf;
          const key = phrase.length === 1 ? phrase.charCodeAt(0) : pairKey(phrase.charCodeAt(0), phrase.charCodeAt(1));
          if (!table[key]) table[key] = this.phraseBuckets.push([]) - 1;
          this.phraseBuckets[table[key]].push({ phrase, rule });
        }
      } else if (m.sequence) {
        const seq = compileSequence(rule, m.sequence);
        const first = seq.steps[0];
        if (first.words && !first.optional) {
          for (const w of first.words) {
            const list = this.sequencesByFirstWord.get(w) ?? [];
            list.push(seq);
            this.sequencesByFirstWord.set(w, list);
            this.sequenceAnchorStart[w.charCodeAt(0)] |= lengthBit(w.length);
          }
        } else this.unanchoredSequences.push(seq);
      } else if (m.regex) {
        const { main, guard } = splitLeadingLookbehind(m.regex, 'gu');
        this.regexes.push({ rule, regex: main, guard, wholeWord: m.wholeWord ?? false });
      } else if (m.code) {
        const run = CODE_RULES[m.code];
        if (!run) throw new Error(`rule ${rule.spec.id}: unknown code rule "${m.code}"`);
        this.codeRules.push({ rule, run });
      }
    }
    for (const list of this.phraseBuckets) list.sort((a, b) => b.phrase.length - a.phrase.length);
    // The whole source: a positive lookbehind's characters must be in the paragraph too.
    this.regexTriggers = new RegexTriggers(this.regexes.map((r) => r.rule.spec.match.regex!));
  }

  /** Every raw match in the paragraph, exceptions already applied. */
  match(ctx: ParagraphContext): RawMatch[] {
    const out: RawMatch[] = [];
    const text = ctx.text;
    for (const t of ctx.tokens) {
      const c0 = text.charCodeAt(t.start);
      const single = this.singleCharBucketOf[c0];
      if (single !== 0 && ctx.endsToken(t.start + 1)) for (const { rule } of this.phraseBuckets[single]) out.push({ rule, start: t.start, end: t.start + 1 });
      if (t.start + 1 >= text.length) continue;
      const pair = this.pairBucketOf[pairKey(c0, text.charCodeAt(t.start + 1))];
      if (pair === 0) continue;
      for (const { phrase, rule } of this.phraseBuckets[pair]) {
        const end = t.start + phrase.length;
        if (ctx.endsToken(end) && text.startsWith(phrase, t.start)) out.push({ rule, start: t.start, end });
      }
    }
    const words = ctx.words;
    for (let w = 0; w < words.length; w++) {
      const token = ctx.tokens[words[w]];
      const anchored = this.sequenceAnchorStart[text.charCodeAt(token.start)] & lengthBit(token.end - token.start) ? this.sequencesByFirstWord.get(token.text) : undefined;
      if (anchored) for (const seq of anchored) matchSequenceAt(ctx, seq, w, out);
      for (const seq of this.unanchoredSequences) matchSequenceAt(ctx, seq, w, out);
    }
    const mayMatch = this.regexTriggers.candidates(text);
    for (let i = 0; i < this.regexes.length; i++) {
      if (!mayMatch[i]) continue;
      const { rule, regex, guard, wholeWord } = this.regexes[i];
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        if (guard) {
          guard.lastIndex = m.index;
          if (!guard.test(text)) {
            // No match starts here; the next may start inside this one (one code point on).
            regex.lastIndex = m.index + (isSurrogatePair(text, m.index) ? 2 : 1);
            continue;
          }
        }
        const start = m.index;
        const end = start + m[0].length;
        if (!wholeWord || (ctx.startsToken(start) && ctx.endsToken(end))) out.push({ rule, start, end });
      }
    }
    for (const { rule, run } of this.codeRules) out.push(...run(ctx, rule));
    return out.filter((m) => passesExceptions(ctx, m));
  }
}

/** A 16-bit hash of a phrase's first two code units. */
function pairKey(c0: number, c1: number): number {
  return (c0 * 31 + c1) & 0xffff;
}

function lengthBit(length: number): number {
  return 1 << (Math.min(length, 8) - 1);
}

function isSurrogatePair(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

function compileSequence(rule: CompiledRule, steps: SequenceStep[]): CompiledSequence {
  return {
    rule,
    steps: steps.map((s) => ({
      words: s.words ? new Set(s.words) : undefined,
      regex: s.regex ? new RegExp(`^(?:${s.regex})$`, 'u') : undefined,
      tag: s.tag,
      optional: s.optional ?? false,
      gap: s.gap ?? 0,
    })),
  };
}

function stepAccepts(ctx: ParagraphContext, step: CompiledSequence['steps'][number], tokenIndex: number): boolean {
  const token = ctx.tokens[tokenIndex];
  if (step.words && !step.words.has(token.text)) return false;
  if (step.regex && !step.regex.test(token.text)) return false;
  if (step.tag && !(ctx.tagAt(token.start) ?? '').startsWith(step.tag)) return false;
  return true;
}

/** Backtracking match of the steps from word index w; records the shortest full match. */
function matchSequenceAt(ctx: ParagraphContext, seq: CompiledSequence, w: number, out: RawMatch[]): void {
  const words = ctx.words;
  const go = (step: number, next: number, firstWord: number): number => {
    if (step === seq.steps.length) return next - 1;
    const s = seq.steps[step];
    const maxGap = step === 0 ? 0 : s.gap;
    for (let g = 0; g <= maxGap && next + g < words.length; g++) {
      if (stepAccepts(ctx, s, words[next + g])) {
        const r = go(step + 1, next + g + 1, firstWord);
        if (r >= 0) return r;
      }
    }
    if (s.optional) return go(step + 1, next, firstWord);
    return -1;
  };
  const last = go(0, w, w);
  if (last >= w) {
    out.push({ rule: seq.rule, start: ctx.tokens[words[w]].start, end: ctx.tokens[words[last]].end });
  }
}

function passesExceptions(ctx: ParagraphContext, m: RawMatch): boolean {
  const r = m.rule;
  if (r.skipQuoted && ctx.isQuoted(m.start, m.end)) return false;
  if (!r.before && !r.after && !r.sentence && !r.requires && !r.requiresBefore && !r.requiresAfter) return true;
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

/** The fixes a rule offers for a match, in both languages. */
export function fixesFor(m: RawMatch, matched: string): LocalizedFix[] {
  if (m.fixes) return m.fixes;
  const fix = m.rule.spec.fix;
  if (!fix) return [];
  if (fix.delete) {
    return [{ title: fix.title ?? { zh: `删除“${matched}”`, en: `Delete “${matched}”` }, replacement: '' }];
  }
  const replacement = fix.replaceMap?.[matched] ?? (fix.replace !== undefined ? fix.replace.replace(/\$&/g, matched) : undefined);
  if (replacement === undefined) return [];
  return [fix.title ? { title: fix.title, replacement } : replaceWith(replacement)];
}

export function localizeFix(fix: LocalizedFix, locale: 'zh' | 'en'): Fix {
  return { title: fix.title[locale], replacement: fix.replacement };
}
