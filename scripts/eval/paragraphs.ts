// Real report paragraphs with one drafter's mistake written into each (issue #9): is the mistake
// caught, in the right category, and is nothing else in the paragraphs flagged?
import * as fs from 'node:fs';
import { isCategory, type Category, type Checker } from '../../src/core';

export interface MistakeParagraph {
  text: string;
  /** The words written in; null for an untouched control paragraph. */
  inserted: string | null;
  expect: Category[];
  source?: string;
  note?: string;
}

export interface ParagraphReport {
  paragraphs: number;
  mistakes: number;
  caught: number;
  rightCategory: number;
  byCategory: Partial<Record<Category, { mistakes: number; caught: number; rightCategory: number }>>;
  /** Findings that do not touch the written-in words (every one is a false finding). */
  falseFindings: { source?: string; ruleId: string; category: Category; matched: string }[];
  misses: { source?: string; category: Category; inserted: string; flaggedAs: string[] }[];
}

export function loadParagraphs(path: string): MistakeParagraph[] {
  return fs.readFileSync(path, 'utf8').split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    let p: MistakeParagraph;
    try {
      p = JSON.parse(line);
    } catch (e) {
      throw new Error(`${path}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    if (typeof p.text !== 'string' || !Array.isArray(p.expect) || !p.expect.every(isCategory)) throw new Error(`${path}:${i + 1}: needs "text", "inserted" and "expect" (categories)`);
    if (p.inserted !== null && (typeof p.inserted !== 'string' || p.text.indexOf(p.inserted) < 0)) throw new Error(`${path}:${i + 1}: "inserted" must occur in "text"`);
    return [p];
  });
}

export function scoreParagraphs(checker: Checker, paragraphs: MistakeParagraph[]): ParagraphReport {
  const report: ParagraphReport = { paragraphs: paragraphs.length, mistakes: 0, caught: 0, rightCategory: 0, byCategory: {}, falseFindings: [], misses: [] };
  for (const p of paragraphs) {
    const findings = checker.check(p.text, 'plaintext').findings;
    const at = p.inserted === null ? -1 : p.text.indexOf(p.inserted);
    const touches = (f: { start: number; end: number }) => at >= 0 && f.start < at + p.inserted!.length && f.end > at;
    for (const f of findings) if (!touches(f)) report.falseFindings.push({ source: p.source, ruleId: f.ruleId, category: f.category, matched: f.text });
    if (p.inserted === null) continue;
    report.mistakes++;
    const category = p.expect[0];
    const c = (report.byCategory[category] ??= { mistakes: 0, caught: 0, rightCategory: 0 });
    c.mistakes++;
    const hits = findings.filter(touches);
    if (hits.length > 0) {
      report.caught++;
      c.caught++;
    }
    if (hits.some((f) => p.expect.includes(f.category))) {
      report.rightCategory++;
      c.rightCategory++;
    } else report.misses.push({ source: p.source, category, inserted: p.inserted, flaggedAs: hits.map((f) => `${f.ruleId} [${f.category}]`) });
  }
  return report;
}
