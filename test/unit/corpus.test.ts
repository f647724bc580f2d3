import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATEGORIES, createChecker, type Category } from '../../src/core/node';
import { TARGETS, loadLabelled, measureDocument, measureReviews, scoreLabelled, type LabelledReport } from '../../scripts/eval/measure';
import { loadParagraphs, scoreParagraphs } from '../../scripts/eval/paragraphs';

// Accuracy on real text (issue #4), with the real checker and real jieba. The bundle runs from
// out/test/unit, three levels below the project root.
const ROOT = path.resolve(__dirname, '../../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const REPORT = path.join(CORPUS, 'gov-work-report-2021.txt');
const REVIEWS = path.join(CORPUS, 'hotel-reviews-dev.tsv');
const FIXTURES = path.join(ROOT, 'test/fixtures');

/**
 * Per-category recall the rules must keep on each labelled set, set from what they reached at the
 * end of issue #4's work (15:58 UTC): one sentence under it, rounded down to 5%, so one sentence
 * either way passes and a real regression fails. A category with no floor reached too little to
 * leave one sentence of slack. Held-out set 3 was unseen when measured, hence its lower floors.
 */
const RECALL_FLOOR: Record<string, Partial<Record<Category, number>>> = {
  'labelled-sentences.jsonl': {
    'self-reference': 0.95, opinion: 0.95, hedge: 0.95, complaint: 0.95, gossip: 0.9, arrogance: 0.9,
    overstep: 0.95, colloquial: 0.95, punctuation: 0.9, number: 0.95, noise: 0.9, wording: 0.95,
  },
  'labelled-heldout-1.jsonl': {
    'self-reference': 0.9, opinion: 0.85, hedge: 0.85, complaint: 0.75, gossip: 0.85, arrogance: 0.85,
    overstep: 0.85, colloquial: 0.85, punctuation: 0.7, number: 0.85, noise: 0.75, wording: 0.85,
  },
  // Issue #9's blind sets, first measured before any tuning (docs/accuracy.md), then tuned on by construction.
  'labelled-blind-9a.jsonl': {
    'self-reference': 0.8, opinion: 0.6, hedge: 0.7, complaint: 0.7, gossip: 0.7, arrogance: 0.75, overstep: 0.6, colloquial: 0.9,
  },
  'labelled-blind-9b.jsonl': {
    'self-reference': 0.8, opinion: 0.7, hedge: 0.65, complaint: 0.8, gossip: 0.85, arrogance: 0.35, overstep: 0.6, colloquial: 0.8,
  },
  // Issue #9's last blind set, measured once at the end of the work (docs/accuracy.md) and not tuned on.
  'labelled-blind-9d.jsonl': {
    'self-reference': 0.4, opinion: 0.6, hedge: 0.45, complaint: 0.4, gossip: 0.4, arrogance: 0.3, overstep: 0.1, colloquial: 0.7,
  },
  'labelled-heldout-3.jsonl': {
    'self-reference': 0.85, opinion: 0.65, hedge: 0.5, complaint: 0.2, arrogance: 0.4,
    overstep: 0.2, colloquial: 0.4, punctuation: 0.8, number: 0.6, noise: 0.5, wording: 0.8,
  },
};

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

describe('accuracy on the development corpus (../shared/corpus)', function () {
  this.timeout(120000);
  const { checker } = createChecker();

  it(`a real leader's speech (2021 government work report) draws at most ${TARGETS.speechMaxPer10k} finding per 10,000 characters`, function () {
    if (!fs.existsSync(REPORT)) {
      console.log(`      skipped: ${REPORT} is absent (the development corpus lives outside the project)`);
      return this.skip();
    }
    const r = measureDocument(checker, fs.readFileSync(REPORT, 'utf8'), 'plaintext');
    console.log(`      report: ${r.findings} findings in ${r.characters} characters = ${r.per10k.toFixed(2)} per 10k`);
    const listed = r.found.map((f) => `${f.line}:${f.column} ${f.ruleId} “${f.matched}” … ${f.context}`).join('\n');
    assert.ok(r.per10k <= TARGETS.speechMaxPer10k, `${r.per10k.toFixed(2)} per 10k characters; findings:\n${listed}`);
  });

  it(`at least ${pct(TARGETS.reviewMinShare)} of real colloquial reviews draw a voice or register finding`, function () {
    if (!fs.existsSync(REVIEWS)) {
      console.log(`      skipped: ${REVIEWS} is absent (the development corpus lives outside the project)`);
      return this.skip();
    }
    const r = measureReviews(checker, fs.readFileSync(REVIEWS, 'utf8'));
    const byCategory = CATEGORIES.filter((c) => r.categoryRowShare[c] !== undefined).map((c) => `${c} ${pct(r.categoryRowShare[c]!)}`);
    console.log(`      reviews: ${r.voiceRows}/${r.rows} = ${pct(r.voiceShare)} with a voice/register finding (aim ${pct(TARGETS.reviewAimShare)}); rows by category: ${byCategory.join(', ')}`);
    assert.ok(r.rows >= 100, `expected the dev reviews file to hold real rows, got ${r.rows}`);
    assert.ok(r.voiceShare >= TARGETS.reviewMinShare, `only ${pct(r.voiceShare)}; missed, e.g.:\n${r.missed.join('\n')}`);
  });
});

const labelledSets = fs.readdirSync(FIXTURES).filter((f) => /^labelled-.*\.jsonl$/.test(f)).sort();

for (const file of labelledSets) {
  describe(`accuracy on the hand-labelled sentences (test/fixtures/${file})`, function () {
    this.timeout(60000);
    let report: LabelledReport;
    before(() => {
      report = scoreLabelled(createChecker().checker, loadLabelled(path.join(FIXTURES, file)));
      const rows = CATEGORIES.map((c) => {
        const s = report.byCategory[c];
        return `${c} P ${pct(s.precision)} R ${pct(s.recall)} (${s.truePositives}/${s.expected})`;
      });
      console.log(`      ${report.sentences} sentences: ${rows.join('; ')}`);
    });

    it('leaves every leader-voice sentence clean (我代表…, 我市, 力争, 看病难, quoted speech…)', () => {
      assert.ok(report.leaderSentences > 0, `${file} has no leader-voice sentence`);
      const listed = report.leaderFalsePositives.map((m) => `${m.ruleId} [${m.category}] “${m.matched}” in ${m.text}`);
      assert.deepEqual(listed, []);
    });

    const floors = RECALL_FLOOR[file];
    if (!floors) return;
    for (const category of CATEGORIES) {
      const floor = floors[category];
      if (floor === undefined) continue;
      it(`catches ${category} drift with recall ≥ ${pct(floor)}`, () => {
        const s = report.byCategory[category];
        assert.ok(s.expected > 0, `${file} has no ${category} sentence`);
        const missed = report.misses.filter((m) => m.category === category).map((m) => m.text);
        assert.ok(s.recall !== null && s.recall >= floor, `recall ${pct(s.recall)} (${s.truePositives}/${s.expected}); missed:\n${missed.join('\n')}`);
      });
    }
  });
}

const paragraphSets = fs.readdirSync(FIXTURES).filter((f) => /^paragraphs-.*\.jsonl$/.test(f)).sort();

/** Share of mistakes caught, and caught in the right category: one mistake under what each set reached (9c tuned on, 9e measured once, untuned). */
const PARAGRAPH_FLOOR: Record<string, { caught: number; rightCategory: number }> = {
  'paragraphs-blind-9c.jsonl': { caught: 0.85, rightCategory: 0.8 },
  'paragraphs-blind-9e.jsonl': { caught: 0.5, rightCategory: 0.48 },
};

for (const file of paragraphSets) {
  describe(`accuracy on real report paragraphs with a mistake written in (test/fixtures/${file})`, function () {
    this.timeout(60000);
    it('catches most mistakes, in the right category, and flags nothing else but the source text\'s own punctuation', () => {
      const r = scoreParagraphs(createChecker().checker, loadParagraphs(path.join(FIXTURES, file)));
      console.log(`      ${r.paragraphs} paragraphs: caught ${r.caught}/${r.mistakes}, right category ${r.rightCategory}/${r.mistakes}, other findings ${r.falseFindings.length}`);
      assert.ok(r.mistakes >= 50, `${file} holds ${r.mistakes} mistakes`);
      const floor = PARAGRAPH_FLOOR[file] ?? { caught: 0.85, rightCategory: 0.8 };
      assert.ok(r.caught / r.mistakes >= floor.caught, `caught ${r.caught}/${r.mistakes}; missed: ${r.misses.map((m) => m.inserted).join(' | ')}`);
      assert.ok(r.rightCategory / r.mistakes >= floor.rightCategory, `right category ${r.rightCategory}/${r.mistakes}`);
      // The provincial reports themselves carry half-width marks (GB/T 15834 findings, true ones); nothing else may fire.
      assert.deepEqual(r.falseFindings.filter((f) => f.category !== 'punctuation').map((f) => `${f.ruleId} “${f.matched}” (${f.source})`), []);
    });
  });
}
