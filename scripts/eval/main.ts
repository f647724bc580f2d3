// `npm run eval -- [--json] [FILE|DIR]…`: finding rates on real files and precision/recall on the
// labelled sentence set (issue #4). Without arguments it reads ../shared/corpus/ when present.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { createChecker, type Checker } from '../../src/core/node';
import {
  TARGETS, kindOf, loadLabelled, measureDocument, measureReviews, scoreLabelled,
  type DocumentReport, type LabelledReport, type ReviewReport,
} from './measure';
import { loadParagraphs, scoreParagraphs, type ParagraphReport } from './paragraphs';
import { formatText } from './format';

/** The bundle lives in out/, one level below the project root. */
const PROJECT_ROOT = path.resolve(__dirname, '..');
const DEFAULT_CORPUS = path.resolve(PROJECT_ROOT, '../shared/corpus');
const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures');
/** Every labelled set: the development set and any held-out set written apart from the rules. */
const LABELLED_SET = /^labelled-.*\.jsonl$/;
/** Every set of report paragraphs with a mistake written in. */
const PARAGRAPH_SET = /^paragraphs-.*\.jsonl$/;
const MEASURED = /\.(txt|md|markdown|tsv)$/i;

export type FileResult =
  | ({ path: string; type: 'speech'; target: { maxPer10k: number; pass: boolean } } & DocumentReport)
  | ({ path: string; type: 'reviews'; target: { minShare: number; aimShare: number; pass: boolean; aimMet: boolean } } & ReviewReport);

export interface EvalResult {
  characters: string;
  corpus: { source: string; present: boolean; note?: string };
  files: FileResult[];
  errors: { path: string; message: string }[];
  labelled: (({ path: string } & LabelledReport) | { path: string; error: string })[];
  paragraphs: (({ path: string } & ParagraphReport) | { path: string; error: string })[];
  targets: typeof TARGETS;
}

const USAGE = `用法 Usage: npm run eval -- [--json] [--labelled FILE]… [--paragraphs FILE]… [--examples N] [FILE|DIR]…
  逐个文件统计每万字符的问题数（按类别、按规则）；.tsv（label<TAB>text）另计“语气/语体”问题的行占比。
  Per file: findings per 10,000 characters by category and rule; for .tsv files of label<TAB>text rows,
  the share of rows with a finding outside punctuation/number/noise. Always scores the labelled sets
  (test/fixtures/labelled-*.jsonl, or the --labelled files) and the paragraph sets with a mistake
  written into each (test/fixtures/paragraphs-*.jsonl, or the --paragraphs files).
  Without FILE/DIR it reads ../shared/corpus/ (relative to the project root) when present.
`;

function expand(arg: string, errors: EvalResult['errors']): string[] {
  let st: fs.Stats;
  try {
    st = fs.statSync(arg);
  } catch {
    errors.push({ path: arg, message: '文件不存在 not found' });
    return [];
  }
  if (!st.isDirectory()) return [arg];
  return fs
    .readdirSync(arg, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(arg, f))
    .filter((f) => MEASURED.test(f) && fs.statSync(f).isFile())
    .sort();
}

function readUtf8(file: string): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
}

function measureFile(checker: Checker, file: string, examples: number): FileResult {
  const text = readUtf8(file);
  if (/\.tsv$/i.test(file)) {
    const r = measureReviews(checker, text, examples);
    const target = { minShare: TARGETS.reviewMinShare, aimShare: TARGETS.reviewAimShare, pass: r.voiceShare >= TARGETS.reviewMinShare, aimMet: r.voiceShare >= TARGETS.reviewAimShare };
    return { path: file, type: 'reviews', target, ...r };
  }
  const r = measureDocument(checker, text, kindOf(file));
  return { path: file, type: 'speech', target: { maxPer10k: TARGETS.speechMaxPer10k, pass: r.per10k <= TARGETS.speechMaxPer10k }, ...r };
}

function fixtureSets(pattern: RegExp): string[] {
  if (!fs.existsSync(FIXTURES)) return [];
  return fs.readdirSync(FIXTURES).filter((f) => pattern.test(f)).sort().map((f) => path.join(FIXTURES, f));
}

export function evaluate(checker: Checker, inputs: string[], labelledPaths: string[], paragraphPaths: string[], examples: number): EvalResult {
  const errors: EvalResult['errors'] = [];
  let corpus: EvalResult['corpus'];
  let targets = inputs;
  if (inputs.length === 0) {
    const present = fs.existsSync(DEFAULT_CORPUS);
    corpus = { source: DEFAULT_CORPUS, present };
    if (!present) corpus.note = `未找到开发语料 ${DEFAULT_CORPUS}，只评测标注句集。Development corpus not found: only the labelled set is scored.`;
    targets = present ? [DEFAULT_CORPUS] : [];
  } else corpus = { source: 'command line', present: true };
  const files: FileResult[] = [];
  for (const file of targets.flatMap((t) => expand(t, errors))) {
    try {
      files.push(measureFile(checker, file, examples));
    } catch (e) {
      errors.push({ path: file, message: e instanceof TypeError ? '不是有效的 UTF-8 文本 not valid UTF-8' : (e as Error).message });
    }
  }
  const labelled: EvalResult['labelled'] = labelledPaths.map((p) => {
    try {
      return { path: p, ...scoreLabelled(checker, loadLabelled(p)) };
    } catch (e) {
      return { path: p, error: (e as Error).message };
    }
  });
  const paragraphs: EvalResult['paragraphs'] = paragraphPaths.map((p) => {
    try {
      return { path: p, ...scoreParagraphs(checker, loadParagraphs(p)) };
    } catch (e) {
      return { path: p, error: (e as Error).message };
    }
  });
  return { characters: 'Unicode code points of the whole file, line breaks included', corpus, files, errors, labelled, paragraphs, targets: TARGETS };
}

function main(): number {
  let values: { json?: boolean; labelled?: string[]; paragraphs?: string[]; examples?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      allowPositionals: true,
      options: { json: { type: 'boolean' }, labelled: { type: 'string', multiple: true }, paragraphs: { type: 'string', multiple: true }, examples: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) return void process.stdout.write(USAGE), 0;
  const examples = values.examples === undefined ? 8 : Number(values.examples);
  if (!Number.isInteger(examples) || examples < 0) {
    process.stderr.write(`eval: --examples needs a whole number\n`);
    return 2;
  }
  let checker: Checker;
  try {
    ({ checker } = createChecker());
  } catch (e) {
    process.stderr.write(`eval: 无法构建检查器 the checker could not be built: ${(e as Error).message}\n`);
    return 2;
  }
  const labelled = values.labelled ? values.labelled.map((f) => path.resolve(f)) : fixtureSets(LABELLED_SET);
  const paragraphs = values.paragraphs ? values.paragraphs.map((f) => path.resolve(f)) : fixtureSets(PARAGRAPH_SET);
  const result = evaluate(checker, positionals, labelled, paragraphs, examples);
  process.stdout.write(values.json ? JSON.stringify(result, null, 2) + '\n' : formatText(result));
  return result.errors.length > 0 ? 2 : 0;
}

process.exitCode = main();
