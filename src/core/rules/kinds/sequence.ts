import type { CompiledRule, Match } from '../../model';
import type { ParagraphContext } from '../../paragraph';
import type { ParagraphKind } from './kind';

/** One step of a token sequence as a pack writes it. */
interface SequenceStep {
  words?: string[];
  regex?: string;
  tag?: string;
  optional?: boolean;
  gap?: number;
}

interface CompiledStep {
  words?: Set<string>;
  regex?: RegExp;
  tag?: string;
  optional: boolean;
  gap: number;
}

interface CompiledSequence {
  rule: CompiledRule;
  steps: CompiledStep[];
}

function compileSequence(rule: CompiledRule): CompiledSequence {
  return {
    rule,
    steps: (rule.spec.match.sequence as SequenceStep[]).map((s) => ({
      words: s.words ? new Set(s.words) : undefined,
      regex: s.regex ? new RegExp(`^(?:${s.regex})$`, 'u') : undefined,
      tag: s.tag,
      optional: s.optional ?? false,
      gap: s.gap ?? 0,
    })),
  };
}

function stepAccepts(ctx: ParagraphContext, step: CompiledStep, tokenIndex: number): boolean {
  const token = ctx.tokens[tokenIndex];
  if (step.words && !step.words.has(token.text)) return false;
  if (step.regex && !step.regex.test(token.text)) return false;
  if (step.tag && !(ctx.tagAt(token.start) ?? '').startsWith(step.tag)) return false;
  return true;
}

/** Backtracking match of the steps from word index w; records the shortest full match. */
function matchSequenceAt(ctx: ParagraphContext, seq: CompiledSequence, w: number, out: Match[]): void {
  const words = ctx.words;
  const go = (step: number, next: number): number => {
    if (step === seq.steps.length) return next - 1;
    const s = seq.steps[step];
    const maxGap = step === 0 ? 0 : s.gap;
    for (let g = 0; g <= maxGap && next + g < words.length; g++) {
      if (stepAccepts(ctx, s, words[next + g])) {
        const r = go(step + 1, next + g + 1);
        if (r >= 0) return r;
      }
    }
    if (s.optional) return go(step + 1, next);
    return -1;
  };
  const last = go(0, w);
  if (last >= w) out.push({ rule: seq.rule, start: ctx.tokens[words[w]].start, end: ctx.tokens[words[last]].end });
}

function lengthBit(length: number): number {
  return 1 << (Math.min(length, 8) - 1);
}

const STEP_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  anyOf: [{ required: ['words'] }, { required: ['regex'] }, { required: ['tag'] }],
  properties: {
    words: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'The token equals one of these words.' },
    regex: { type: 'string', description: 'The whole token matches this regular expression.' },
    tag: { type: 'string', description: "jieba's part-of-speech tag starts with this, e.g. \"m\" (numeral), \"r\" (pronoun), \"v\" (verb)." },
    optional: { type: 'boolean', description: 'The step may be absent.' },
    gap: { type: 'integer', minimum: 0, description: 'Tokens that may stand between the previous step and this one (default 0).' },
  },
};

/**
 * A run of tokens (whitespace tokens skipped), each step a word list, a regex or a tag.
 * Sequences whose first step is a word list are looked up by that word.
 */
export const sequenceKind: ParagraphKind = {
  key: 'sequence',
  scope: 'paragraph',
  summary: 'a run of tokens, each step a word list, a regex or a part-of-speech tag',
  schema: {
    sequence: { type: 'array', minItems: 1, items: STEP_SCHEMA, description: 'Steps matched on consecutive words.' },
  },
  validate(match, checkRegex) {
    const errors: string[] = [];
    (match.sequence as SequenceStep[]).forEach((step, k) => {
      const error = step.regex !== undefined ? checkRegex(`^(?:${step.regex})$`) : undefined;
      if (error) errors.push(`sequence[${k}] bad regex: ${error}`);
    });
    return errors;
  },
  compile(rules) {
    const byFirstWord = new Map<string, CompiledSequence[]>();
    /** Per first code unit of an anchor word, a bit per word length (1–8+): other tokens skip the map. */
    const anchorStart = new Uint8Array(0x10000);
    const unanchored: CompiledSequence[] = [];
    for (const rule of rules) {
      const seq = compileSequence(rule);
      const first = seq.steps[0];
      if (first.words && !first.optional) {
        for (const w of first.words) {
          const list = byFirstWord.get(w) ?? [];
          list.push(seq);
          byFirstWord.set(w, list);
          anchorStart[w.charCodeAt(0)] |= lengthBit(w.length);
        }
      } else unanchored.push(seq);
    }
    return (ctx, out) => {
      const text = ctx.text;
      const words = ctx.words;
      for (let w = 0; w < words.length; w++) {
        const token = ctx.tokens[words[w]];
        const anchored = anchorStart[text.charCodeAt(token.start)] & lengthBit(token.end - token.start) ? byFirstWord.get(token.text) : undefined;
        if (anchored) for (const seq of anchored) matchSequenceAt(ctx, seq, w, out);
        for (const seq of unanchored) matchSequenceAt(ctx, seq, w, out);
      }
    };
  },
};
