// Accuracy measurements shared by `npm run eval` and the corpus unit test: finding rates on
// real files, the share of review rows that draw a voice/register finding, and precision and
// recall per category on the hand-labelled sentence set.
import * as fs from 'node:fs';
import { CATEGORIES, CATEGORY_TABLE, type Category, type Checker, type DocumentKind, type Finding } from '../../src/core';

/** Rules that flag marks rather than words (emoji, [哈哈] tags, !!!, ~): a row they alone flag says little about its register. */
const MARK_RULES = new Set(['emoji-emoticon', 'repeated-marks', 'tilde-tone']);

export const TARGETS = {
  /** A real leader's speech: at most this many findings per 10,000 characters. */
  speechMaxPer10k: 1,
  /** Real reviews: at least this share of rows with a voice/register finding… */
  reviewMinShare: 0.6,
  /** …and the share we aim for. */
  reviewAimShare: 0.8,
};

/** Characters are Unicode code points of the whole file, line breaks and punctuation included. */
export function characterCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export const per10k = (count: number, characters: number): number => (characters === 0 ? 0 : (count * 10000) / characters);

export interface Count {
  count: number;
  per10k: number;
}

export interface FoundText {
  ruleId: string;
  category: Category;
  line: number;
  column: number;
  matched: string;
  /** The text around the finding, for reading it by hand. */
  context: string;
}

export interface RateReport {
  characters: number;
  findings: number;
  per10k: number;
  byCategory: Partial<Record<Category, Count>>;
  byRule: Record<string, Count & { category: Category }>;
}

export function kindOf(path: string): DocumentKind {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'plaintext';
}

export function rateOf(findings: Finding[], characters: number): RateReport {
  const byCategory: RateReport['byCategory'] = {};
  const byRule: RateReport['byRule'] = {};
  for (const f of findings) {
    const c = (byCategory[f.category] ??= { count: 0, per10k: 0 });
    c.count++;
    const r = (byRule[f.ruleId] ??= { count: 0, per10k: 0, category: f.category });
    r.count++;
  }
  for (const c of Object.values(byCategory)) c.per10k = per10k(c.count, characters);
  for (const r of Object.values(byRule)) r.per10k = per10k(r.count, characters);
  return { characters, findings: findings.length, per10k: per10k(findings.length, characters), byCategory, byRule };
}

function foundText(text: string, f: Finding): FoundText {
  const from = Math.max(0, f.start - 15);
  const to = Math.min(text.length, f.end + 15);
  return {
    ruleId: f.ruleId,
    category: f.category,
    line: f.line,
    column: f.column,
    matched: text.slice(f.start, f.end),
    context: text.slice(from, to).replace(/\s+/g, ' '),
  };
}

export interface DocumentReport extends RateReport {
  kind: DocumentKind;
  found: FoundText[];
}

/** Checks a whole document (a speech, a draft) and counts its findings. */
export function measureDocument(checker: Checker, text: string, kind: DocumentKind): DocumentReport {
  const findings = checker.check(text, kind).findings;
  return { ...rateOf(findings, characterCount(text)), kind, found: findings.map((f) => foundText(text, f)) };
}

export interface TsvRow {
  label: string;
  text: string;
}

/** Rows of `label<TAB>text`; a first row whose label is not a number is a header and is skipped. */
export function parseLabelledTsv(content: string): TsvRow[] {
  const rows: TsvRow[] = [];
  content.split(/\r\n|\r|\n/).forEach((line, i) => {
    const tab = line.indexOf('\t');
    if (tab < 0) return;
    const label = line.slice(0, tab).trim();
    if (i === 0 && !/^-?\d+(\.\d+)?$/.test(label)) return;
    rows.push({ label, text: line.slice(tab + 1) });
  });
  return rows;
}

export interface ReviewReport extends RateReport {
  rows: number;
  /** Rows with at least one finding outside punctuation, number and noise. */
  voiceRows: number;
  voiceShare: number;
  /** The same, not counting findings of emoticons and repeated marks. */
  substantiveRows: number;
  substantiveShare: number;
  /** Per category: the share of rows with at least one finding of it. */
  categoryRowShare: Partial<Record<Category, number>>;
  /** Per label (e.g. 1 positive, 0 negative): rows and the share with a voice/register finding. */
  byLabel: Record<string, { rows: number; voiceShare: number }>;
  missed: string[];
}

export const isVoiceFinding = (f: { category: Category }): boolean => CATEGORY_TABLE[f.category].register;

/** Checks each row's text on its own, as a one-line plain-text draft. */
export function measureReviews(checker: Checker, content: string, missedExamples = 8): ReviewReport {
  const rows = parseLabelledTsv(content);
  const all: Finding[] = [];
  const rowsWith = new Map<Category, number>();
  const labels = new Map<string, { rows: number; voice: number }>();
  const missed: string[] = [];
  let voiceRows = 0;
  let substantiveRows = 0;
  for (const row of rows) {
    const findings = checker.check(row.text, 'plaintext').findings;
    all.push(...findings);
    for (const c of new Set(findings.map((f) => f.category))) rowsWith.set(c, (rowsWith.get(c) ?? 0) + 1);
    const voice = findings.some(isVoiceFinding);
    const l = labels.get(row.label) ?? { rows: 0, voice: 0 };
    labels.set(row.label, { rows: l.rows + 1, voice: l.voice + (voice ? 1 : 0) });
    if (voice) voiceRows++;
    else missed.push(row.text);
    if (findings.some((f) => isVoiceFinding(f) && !MARK_RULES.has(f.ruleId))) substantiveRows++;
  }
  const share = (n: number) => (rows.length === 0 ? 0 : n / rows.length);
  const categoryRowShare: ReviewReport['categoryRowShare'] = {};
  for (const c of CATEGORIES) if (rowsWith.has(c)) categoryRowShare[c] = share(rowsWith.get(c)!);
  const byLabel: ReviewReport['byLabel'] = {};
  for (const [label, l] of labels) byLabel[label] = { rows: l.rows, voiceShare: l.voice / l.rows };
  return {
    ...rateOf(all, characterCount(content)),
    rows: rows.length,
    voiceRows,
    voiceShare: share(voiceRows),
    substantiveRows,
    substantiveShare: share(substantiveRows),
    categoryRowShare,
    byLabel,
    missed: spreadSample(missed, missedExamples),
  };
}

/** Evenly spaced items, so the examples are not all from the top of the file. */
function spreadSample<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
}

export interface LabelledSentence {
  text: string;
  /** Categories a careful reviewer expects findings of; empty for a clean sentence. */
  expect: Category[];
  /** Categories a reviewer would accept but not require (e.g. hedge for 据说 in a piece of gossip): neither hit nor false positive. */
  allow?: Category[];
  /** The leader's own voice: nothing outside `expect` and `allow` may be flagged. */
  leader?: boolean;
  note?: string;
}

/** Reads the JSON Lines set; a bad line stops with its line number rather than being skipped. */
export function loadLabelled(path: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  fs.readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let s: LabelledSentence;
    try {
      s = JSON.parse(line);
    } catch (e) {
      throw new Error(`${path}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    if (typeof s.text !== 'string' || !Array.isArray(s.expect)) throw new Error(`${path}:${i + 1}: needs "text" and "expect"`);
    if (s.allow !== undefined && !Array.isArray(s.allow)) throw new Error(`${path}:${i + 1}: "allow" must be a list`);
    const unknown = [...s.expect, ...(s.allow ?? [])].filter((c) => !(CATEGORIES as readonly string[]).includes(c));
    if (unknown.length > 0) throw new Error(`${path}:${i + 1}: unknown categories ${unknown.join(', ')}`);
    out.push(s);
  });
  return out;
}

export interface CategoryScore {
  /** Sentences expected to draw this category. */
  expected: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** null when nothing was flagged (undefined, not perfect). */
  precision: number | null;
  /** null when nothing was expected. */
  recall: number | null;
  f1: number | null;
}

export interface Mistake {
  text: string;
  category: Category;
  /** For a false positive: the rule and the words it flagged. */
  ruleId?: string;
  matched?: string;
  note?: string;
}

export interface LabelledReport {
  sentences: number;
  leaderSentences: number;
  byCategory: Record<Category, CategoryScore>;
  /** Micro-averaged over all categories. */
  overall: CategoryScore;
  /** Findings on leader-voice sentences in a category the sentence is not expected to draw. */
  leaderFalsePositives: Mistake[];
  falsePositives: Mistake[];
  misses: Mistake[];
}

function score(expected: number, tp: number, fp: number, fn: number): CategoryScore {
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { expected, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

/** Scores the checker per category: a sentence counts once per category, however many findings. */
export function scoreLabelled(checker: Checker, sentences: LabelledSentence[]): LabelledReport {
  const counts = new Map<Category, { expected: number; tp: number; fp: number; fn: number }>(CATEGORIES.map((c) => [c, { expected: 0, tp: 0, fp: 0, fn: 0 }]));
  const leaderFalsePositives: Mistake[] = [];
  const falsePositives: Mistake[] = [];
  const misses: Mistake[] = [];
  for (const s of sentences) {
    const findings = checker.check(s.text, 'plaintext').findings;
    const got = new Set(findings.map((f) => f.category));
    for (const c of CATEGORIES) {
      const n = counts.get(c)!;
      const expected = s.expect.includes(c);
      if (expected) n.expected++;
      if (!expected && s.allow?.includes(c)) continue;
      if (expected && got.has(c)) n.tp++;
      else if (expected) {
        n.fn++;
        misses.push({ text: s.text, category: c, note: s.note });
      } else if (got.has(c)) {
        n.fp++;
        for (const f of findings.filter((x) => x.category === c)) {
          const m: Mistake = { text: s.text, category: c, ruleId: f.ruleId, matched: s.text.slice(f.start, f.end), note: s.note };
          falsePositives.push(m);
          if (s.leader) leaderFalsePositives.push(m);
        }
      }
    }
  }
  const byCategory = {} as Record<Category, CategoryScore>;
  const total = { expected: 0, tp: 0, fp: 0, fn: 0 };
  for (const [c, n] of counts) {
    byCategory[c] = score(n.expected, n.tp, n.fp, n.fn);
    total.expected += n.expected;
    total.tp += n.tp;
    total.fp += n.fp;
    total.fn += n.fn;
  }
  return {
    sentences: sentences.length,
    leaderSentences: sentences.filter((s) => s.leader).length,
    byCategory,
    overall: score(total.expected, total.tp, total.fp, total.fn),
    leaderFalsePositives,
    falsePositives,
    misses,
  };
}
