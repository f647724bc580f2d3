import { CATEGORIES, CATEGORY_TABLE, isClusterBoundary, type Category, type DraftStats, type Finding, type Locale } from '../core';
import { SERVER_TEXT, say } from './messages';
import type { ReviewData } from '../protocol';

export interface ReviewInput {
  /** The document's file name, for the title. */
  name: string;
  findings: readonly Finding[];
  stats: DraftStats;
  targetMinutes?: number;
  /** Only part of a large document was checked. */
  partial: boolean;
}

export interface CategoryGroup {
  category: Category;
  findings: Finding[];
}

/** Findings grouped by category in the order of the brief's groups; document order within each. */
export function groupByCategory(findings: readonly Finding[]): CategoryGroup[] {
  return CATEGORIES.map((category) => ({ category, findings: findings.filter((f) => f.category === category) })).filter((g) => g.findings.length > 0);
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
  const groups = groupByCategory(input.findings).map((g) => ({
    name: CATEGORY_TABLE[g.category].name[locale],
    findings: g.findings.map((f) => ({
      where: say(SERVER_TEXT.lineColumn, locale, f.line, f.column),
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      ruleId: f.ruleId,
      quote: quoteOf(f.text),
      message: f.message,
    })),
  }));
  return {
    title: `${say(SERVER_TEXT.reviewTitle, locale)}：${input.name}`,
    notes,
    total: input.findings.length === 0 ? say(SERVER_TEXT.reviewNone, locale) : say(SERVER_TEXT.reviewTotal, locale, input.findings.length),
    groups,
  };
}
