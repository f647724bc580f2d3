// Builds dictionaries/register-score.tsv: for each word, how much more often it is used in
// informal than in formal Chinese (log-odds), from corpora the product may ship data derived
// from. Run with the development corpus present: `npm run register`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { JiebaSegmenter } from '../../src/core/node';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const OUTPUT = path.join(ROOT, 'dictionaries', 'register-score.tsv');

/**
 * Only sources whose terms let the product ship data derived from them: official documents of
 * state organs (excluded from copyright, PRC Copyright Law art. 5) for the formal side, and
 * KdConv (Apache-2.0) for the informal side. The other development corpora are used to choose
 * and check thresholds (`npm run eval`), never to build this file.
 */
const FORMAL = ['gov-work-report-2021.txt', 'lexicon/formal/gov-reports-provincial-2025.txt'];
const INFORMAL = 'lexicon/informal/kdconv-dev-test.tsv';

/** Tags of words that carry topic rather than register (nouns, names, numbers, time, letters), and pronouns, which every register uses. */
const TOPIC_TAG = /^(n|nr|ns|nt|nz|nrt|nrfg|ng|m|mq|t|tg|q|eng|s|f|r)$/;
/** Fewer uses than this in informal text is not evidence. */
const MIN_INFORMAL_USES = 8;
/** Scores at or below this are not written: the file lists informal words only. */
const MIN_SCORE = 3.5;
/** Smoothing, per million words. */
const PRIOR_PER_MILLION = 2;

type Counts = Map<string, number>;

function count(segmenter: JiebaSegmenter, texts: string[]): { counts: Counts; total: number } {
  const counts: Counts = new Map();
  let total = 0;
  for (const text of texts) {
    for (const token of segmenter.cut(text)) {
      const word = token.text;
      if (!/[\u4e00-\u9fffA-Za-z]/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
      total++;
    }
  }
  return { counts, total };
}

/** The provincial reports, one document per province (each starts with its title line). */
function formalDocuments(): string[][] {
  const docs: string[][] = [];
  for (const file of FORMAL) {
    const lines = fs.readFileSync(path.join(CORPUS, file), 'utf8').split(/\r?\n/).filter((l) => l.trim());
    let current: string[] = [];
    for (const line of lines) {
      if (/^20\d\d年.{2,10}政府工作报告$/.test(line) && current.length > 0) {
        docs.push(current);
        current = [];
      }
      current.push(line);
    }
    if (current.length > 0) docs.push(current);
  }
  return docs;
}

/** KdConv by domain (film, music, travel): a word must be informal in every domain, not one topic. */
function informalDomains(): string[][] {
  const byDomain = new Map<string, string[]>();
  const rows = fs.readFileSync(path.join(CORPUS, INFORMAL), 'utf8').split(/\r?\n/).slice(1);
  for (const row of rows) {
    const [source, text] = row.split('\t');
    if (!text) continue;
    const domain = source.split(':')[1] ?? source;
    if (!byDomain.has(domain)) byDomain.set(domain, []);
    byDomain.get(domain)!.push(text);
  }
  return [...byDomain.values()];
}

function main(): void {
  if (!fs.existsSync(CORPUS)) {
    console.error(`register: the development corpus is not at ${CORPUS}; nothing written`);
    process.exitCode = 2;
    return;
  }
  const segmenter = new JiebaSegmenter();
  segmenter.load();
  const formal = formalDocuments().map((d) => count(segmenter, d));
  const informal = informalDomains().map((d) => count(segmenter, d));
  const prior = PRIOR_PER_MILLION / 1e6;
  const rate = (c: { counts: Counts; total: number }, w: string) => (c.counts.get(w) ?? 0) / c.total;
  const candidates = new Set<string>();
  for (const c of informal) for (const w of c.counts.keys()) candidates.add(w);
  const rows: [string, number, number, number][] = [];
  for (const word of candidates) {
    const uses = informal.reduce((n, c) => n + (c.counts.get(word) ?? 0), 0);
    if (uses < MIN_INFORMAL_USES) continue;
    const tag = segmenter.tags(word).get(0) ?? '';
    if (TOPIC_TAG.test(tag)) continue;
    // Per-document rates, so no single report or chat topic decides a word's register.
    const informalRate = Math.min(...informal.map((c) => rate(c, word)));
    const formalRate = formal.reduce((s, c) => s + rate(c, word), 0) / formal.length;
    const score = Math.log((informalRate + prior) / (formalRate + prior));
    if (score > MIN_SCORE) rows.push([word, Math.round(score * 100) / 100, uses, formal.reduce((n, c) => n + (c.counts.get(word) ?? 0), 0)]);
  }
  rows.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const header = [
    '# 讲稿助手 register scores: word<TAB>log-odds of informal against formal use (natural log, higher = more informal).',
    `# Built by \`npm run register\` (scripts/register/main.ts) from ${FORMAL.join(', ')} (official documents, one rate per report)`,
    `# and ${INFORMAL} (KdConv, Apache-2.0; the lowest rate of its film/music/travel domains). Nouns, names, numbers, time words`,
    `# and pronouns are left out (they carry topic, not register); words used fewer than ${MIN_INFORMAL_USES} times informally are left out.`,
  ];
  fs.writeFileSync(OUTPUT, [...header, ...rows.map(([w, s]) => `${w}\t${s}`)].join('\n') + '\n');
  console.log(`wrote ${path.relative(process.cwd(), OUTPUT)}: ${rows.length} words; formal documents ${formal.length}, informal domains ${informal.length}`);
  for (const [w, s, u, f] of rows.slice(0, 80)) console.log(`${w}\t${s}\tinformal ${u}\tformal ${f}`);
}

main();
