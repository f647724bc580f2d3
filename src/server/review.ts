import { CATEGORIES, type Category, type Finding, type Locale } from '../core/findings';
import type { DraftStats } from '../core/stats';
import { CATEGORY_NAMES, SERVER_TEXT, say } from './messages';

export interface ReviewInput {
  /** The document's file name, for the title. */
  name: string;
  /** The document's URI; each finding links to `uri#L<line>,<column>`. */
  uri: string;
  text: string;
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

const quoteCell = (text: string) => text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|])/g, '\\$1');

/** The review summary as a Markdown document with a link to each place. */
export function reviewMarkdown(input: ReviewInput, locale: Locale): string {
  const { stats } = input;
  const out = [`# ${say(SERVER_TEXT.reviewTitle, locale)}：${input.name}`, ''];
  out.push(say(SERVER_TEXT.reviewStats, locale, stats.characters, stats.speakingRate, stats.minutes, stats.range.slow, stats.range.medium, stats.range.fast));
  if (input.targetMinutes !== undefined) out.push('', say(SERVER_TEXT.reviewTarget, locale, input.targetMinutes));
  if (input.partial) out.push('', `> ${say(SERVER_TEXT.reviewPartial, locale)}`);
  out.push('');
  const groups = groupByCategory(input.findings);
  if (groups.length === 0) {
    out.push(say(SERVER_TEXT.reviewNone, locale));
    return out.join('\n') + '\n';
  }
  out.push(`**${say(SERVER_TEXT.reviewTotal, locale, input.findings.length)}**`, '');
  for (const g of groups) out.push(`- ${CATEGORY_NAMES[g.category][locale]}：${g.findings.length}`);
  for (const g of groups) {
    out.push('', `## ${CATEGORY_NAMES[g.category][locale]}（${g.findings.length}）`, '');
    for (const f of g.findings) {
      const where = say(SERVER_TEXT.lineColumn, locale, f.line, f.column);
      const matched = quoteCell(input.text.slice(f.offset, f.offset + Math.min(f.length, 40)));
      out.push(`- [${where}](${input.uri}#L${f.line},${f.column}) \`${f.ruleId}\` ${matched ? `“${matched}” ` : ''}— ${quoteCell(f.message)}`);
    }
  }
  return out.join('\n') + '\n';
}
