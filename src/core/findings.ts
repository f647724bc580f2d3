export const CATEGORIES = [
  'self-reference',
  'opinion',
  'hedge',
  'complaint',
  'gossip',
  'arrogance',
  'overstep',
  'colloquial',
  'punctuation',
  'number',
  'noise',
  'wording',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A fix replaces exactly the finding's range with `replacement` ("" deletes it). */
export interface Fix {
  title: string;
  replacement: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  /** UTF-16 code units from the start of the file. */
  offset: number;
  length: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  fixes: Fix[];
}

export type Locale = 'zh' | 'en';

export interface LocalizedText {
  zh: string;
  en: string;
}

export function byPosition(a: { offset: number; length: number; ruleId: string }, b: { offset: number; length: number; ruleId: string }): number {
  return a.offset - b.offset || a.length - b.length || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
