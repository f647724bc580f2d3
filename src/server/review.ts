import { CATEGORIES, CATEGORY_TABLE, chartParts, isClusterBoundary, ruleKindOf, ruleTitle, type Category, type DraftStats, type Finding, type Locale, type Outline, type RuleSpec } from '../core';
import { SERVER_TEXT, say } from './messages';
import type { MinutesChart, ReviewData } from '../protocol';

export interface ReviewInput {
  /** The document's file name, for the title. */
  name: string;
  findings: readonly Finding[];
  stats: DraftStats;
  targetMinutes?: number;
  /** Only part of a large document was checked. */
  partial: boolean;
  /** The rules by id, for their names and for telling the checks against the intent card. */
  specs: ReadonlyMap<string, RuleSpec>;
  outline?: Outline;
}

/** Document rules (not the structure checks, also whole-document) compare the draft with its intent card. */
function isCardRule(spec: RuleSpec | undefined): boolean {
  return spec !== undefined && ruleKindOf(spec.match)?.key === 'document';
}

export interface FindingGroup {
  /** A category, or the checks against the intent card (篇幅、要点…), whatever their category. */
  group: Category | 'intent-card';
  findings: Finding[];
}

/**
 * Findings grouped as a reviewer reads them: the checks against the intent card first (a
 * missing key point is not "overstepping", though its category says so for the settings), then
 * by category in the order of the brief's groups; document order within each.
 */
export function groupFindings(findings: readonly Finding[], isCardRule: (ruleId: string) => boolean): FindingGroup[] {
  const card: FindingGroup = { group: 'intent-card', findings: findings.filter((f) => isCardRule(f.ruleId)) };
  const rest = findings.filter((f) => !isCardRule(f.ruleId));
  const byCategory = CATEGORIES.map((category) => ({ group: category, findings: rest.filter((f) => f.category === category) }));
  return [card, ...byCategory].filter((g) => g.findings.length > 0);
}

const MAX_QUOTE = 40;

/** The first MAX_QUOTE code units of a finding's text, cut where no character or emoji is split. */
function quoteOf(text: string): string {
  let end = Math.min(text.length, MAX_QUOTE);
  while (end > 0 && !isClusterBoundary(text, end)) end--;
  return text.slice(0, end).replace(/\s+/g, ' ');
}

/** The review summary, localized: figures, then findings by category with each place. */
export function reviewData(input: ReviewInput, locale: Locale): ReviewData {
  const { stats } = input;
  const notes = [say(SERVER_TEXT.reviewStats, locale, stats.characters, stats.speakingRate, stats.minutes, stats.range.slow, stats.range.medium, stats.range.fast)];
  if (input.targetMinutes !== undefined) notes.push(say(SERVER_TEXT.reviewTarget, locale, input.targetMinutes));
  if (input.partial) notes.push(say(SERVER_TEXT.reviewPartial, locale));
  const groups = groupFindings(input.findings, (id) => isCardRule(input.specs.get(id))).map((g) => ({
    name: g.group === 'intent-card' ? say(SERVER_TEXT.intentCardGroup, locale) : CATEGORY_TABLE[g.group].name[locale],
    findings: g.findings.map((f) => ({
      where: say(SERVER_TEXT.lineColumn, locale, f.line, f.column),
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      ruleId: f.ruleId,
      title: ruleTitle(input.specs.get(f.ruleId) ?? { id: f.ruleId }, locale),
      quote: quoteOf(f.text),
      message: f.message,
    })),
  }));
  const chart = input.outline && minutesChart(input.outline, input.targetMinutes, locale);
  return {
    title: `${say(SERVER_TEXT.reviewTitle, locale)}：${input.name}`,
    notes,
    total: input.findings.length === 0 ? say(SERVER_TEXT.reviewNone, locale) : say(SERVER_TEXT.reviewTotal, locale, input.findings.length),
    groups,
    ...(chart ? { chart } : {}),
  };
}

/** Minutes per part (the opening first) against the whole and the plan; none for a speech with no parts. */
function minutesChart(outline: Outline, targetMinutes: number | undefined, locale: Locale): MinutesChart | undefined {
  const { opening, parts } = chartParts(outline);
  if (parts.length === 0) return undefined;
  return {
    title: say(SERVER_TEXT.chartTitle, locale, outline.speakingRate),
    unit: say(SERVER_TEXT.chartUnit, locale),
    parts: [...(opening ? [{ label: say(SERVER_TEXT.opening, locale), minutes: opening.minutes }] : []), ...parts.map((p) => ({ label: p.title, minutes: p.minutes }))],
    total: { label: say(SERVER_TEXT.chartTotal, locale), minutes: outline.minutes },
    ...(targetMinutes !== undefined ? { planned: { label: say(SERVER_TEXT.chartPlanned, locale, targetMinutes), minutes: targetMinutes } } : {}),
    exportLabel: say(SERVER_TEXT.chartExport, locale),
  };
}
