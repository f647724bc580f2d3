import { CATEGORY_TABLE, type Finding, type LocalizedFix, type Match } from './model';
import { localizeFix } from './rules/fixes';
import { fillMessage } from './ruleText';
import { levelOf, type ResolvedConfig } from './config';
import type { Suppressor } from './directives';
import type { LineIndex } from './lineIndex';
import { snapToClusters } from './graphemes';

/** A match placed in the document, with the fixes its rule offers. */
export type PlacedMatch = Match & { fixes: LocalizedFix[] };

export interface PipelineContext {
  text: string;
  config: ResolvedConfig;
  suppressor: Suppressor;
  /** Ids of the backstop rules (see `RuleSpec.backstop`). */
  backstops: ReadonlySet<string>;
  /** Built on first use: a clean draft never needs line numbers. */
  lines(): LineIndex;
}

/** Level, message (quoting the matched text) and fixes in the configured language, the covered text and its position. */
function toFinding(m: PlacedMatch, ctx: PipelineContext): Finding {
  const spec = m.rule.spec;
  const locale = ctx.config.locale;
  const start = ctx.lines().position(m.start);
  const end = ctx.lines().position(m.end);
  const text = ctx.text.slice(m.start, m.end);
  const safe = spec.fix?.safe ?? CATEGORY_TABLE[spec.category].formFixes;
  return {
    ruleId: spec.id,
    category: spec.category,
    // Rules switched off are not compiled, so no match reaches here with level "off".
    severity: levelOf(ctx.config, spec) as Finding['severity'],
    message: fillMessage((m.message ?? spec.message)[locale], text),
    start: m.start,
    end: m.end,
    text,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    fixes: m.fixes.map((f) => localizeFix(f, locale, safe)),
    related: (m.related ?? []).map((r) => {
      const from = ctx.lines().position(r.start);
      const to = ctx.lines().position(r.end);
      return { start: r.start, end: r.end, message: r.message[locale], line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    }),
  };
}

type Step = (findings: Finding[], ctx: PipelineContext) => Finding[];

/** Words the user allowed (`allowWords`) are never flagged. */
const dropAllowedWords: Step = (findings, ctx) =>
  ctx.config.allowWords.size === 0 ? findings : findings.filter((f) => !ctx.config.allowWords.has(f.text.trim()));

/** `speech-draft-disable…` directives in the document. */
const dropSuppressed: Step = (findings, ctx) => findings.filter((f) => !ctx.suppressor.suppressed(f.ruleId, f.category, f.start));

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

const sortByPosition: Step = (findings) => findings.sort(byPosition);

/**
 * The same rule at the same place once only (several phrases of one rule can overlap); of two
 * matches starting together the longer wins, so 说句心里话 beats 心里话. Needs sorted input.
 */
const dropDuplicates: Step = (sorted) => {
  const out: Finding[] = [];
  const lastKeptByRule = new Map<string, number>();
  for (const f of sorted) {
    const k = lastKeptByRule.get(f.ruleId);
    const kept = k === undefined ? undefined : out[k];
    if (kept && f.start < kept.end) {
      if (f.start === kept.start && f.end > kept.end) out[k!] = f;
      continue;
    }
    lastKeptByRule.set(f.ruleId, out.length);
    out.push(f);
  }
  return out;
};

/**
 * A backstop rule's finding where another finding of its category already covers overlapping
 * words: a precise rule's anywhere, another backstop's when it starts earlier (one finding a place).
 */
const dropCoveredBackstops: Step = (sorted, ctx) => {
  if (!sorted.some((f) => ctx.backstops.has(f.ruleId))) return sorted;
  const isBackstop = (f: Finding) => ctx.backstops.has(f.ruleId);
  // Per category, the furthest end of the findings kept so far (all start at or before this one).
  const reach = new Map<string, number>();
  return sorted.filter((f, i) => {
    const covered = isBackstop(f) && ((reach.get(f.category) ?? -1) > f.start || laterPreciseOverlaps(sorted, i, isBackstop));
    if (!covered) reach.set(f.category, Math.max(reach.get(f.category) ?? -1, f.end));
    return !covered;
  });
};

/** A precise finding of the same category that starts inside sorted[i] (after it in order). */
function laterPreciseOverlaps(sorted: Finding[], i: number, isBackstop: (f: Finding) => boolean): boolean {
  const f = sorted[i];
  for (let k = i + 1; k < sorted.length && sorted[k].start < f.end; k++) {
    if (sorted[k].category === f.category && !isBackstop(sorted[k])) return true;
  }
  return false;
}

/** The steps from matches to findings, in order. */
const STEPS: Step[] = [dropAllowedWords, dropSuppressed, sortByPosition, dropDuplicates, dropCoveredBackstops];

/**
 * A match that splits a grapheme cluster (👍 of 👍🏻, one person of 👨‍👩‍👧‍👦) covers the whole
 * cluster: a deletion removes all of it, a replacement keeps the rest of the cluster around it.
 */
function wholeClusters(m: PlacedMatch, text: string): PlacedMatch {
  const { start, end } = snapToClusters(text, m.start, m.end);
  if (start === m.start && end === m.end) return m;
  const before = text.slice(start, m.start);
  const after = text.slice(m.end, end);
  const fixes = m.fixes.map((f) => (f.replacement === '' ? f : { ...f, replacement: before + f.replacement + after }));
  return { ...m, start, end, fixes };
}

/** Turns the document's matches into the findings a user sees. */
export function findingsOf(matches: readonly PlacedMatch[], ctx: PipelineContext): Finding[] {
  let findings = matches.map((m) => toFinding(wholeClusters(m, ctx.text), ctx));
  for (const step of STEPS) findings = step(findings, ctx);
  return findings;
}
