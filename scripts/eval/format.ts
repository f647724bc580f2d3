// The human-readable report of `npm run eval`.
import { CATEGORIES } from '../../src/core';
import type { EvalResult, FileResult } from './main';
import type { LabelledReport, RateReport } from './measure';
import type { ParagraphReport } from './paragraphs';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const rate = (x: number) => x.toFixed(2);
const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
const oneLine = (s: string, max = 90) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max) + '…' : t;
};

function rateLines(r: RateReport): string[] {
  const lines = [`  findings 问题数: ${r.findings} → ${rate(r.per10k)} per 10k characters 每万字符`];
  const cats = CATEGORIES.filter((c) => r.byCategory[c]);
  if (cats.length > 0) lines.push('  by category 按类别: ' + cats.map((c) => `${c} ${r.byCategory[c]!.count} (${rate(r.byCategory[c]!.per10k)})`).join(', '));
  const rules = Object.entries(r.byRule).sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
  if (rules.length > 0) lines.push('  by rule 按规则: ' + rules.map(([id, x]) => `${id} ${x.count} (${rate(x.per10k)})`).join(', '));
  return lines;
}

function fileLines(f: FileResult): string[] {
  const head = `== ${f.path}  (${f.characters} characters 字符, ${f.type === 'reviews' ? `${f.rows} rows 行` : f.kind})`;
  const lines = [head, ...rateLines(f)];
  if (f.type === 'speech') {
    lines.push(`  target 目标 (speech 讲话): ≤ ${f.target.maxPer10k} per 10k → ${verdict(f.target.pass)}`);
    // A speech should draw next to nothing: every finding is listed, to be read by hand.
    const shown = f.found.slice(0, 200);
    for (const x of shown) lines.push(`    ${x.line}:${x.column} ${x.ruleId} [${x.category}] “${x.matched}” … ${oneLine(x.context)}`);
    if (f.found.length > shown.length) lines.push(`    … ${f.found.length - shown.length} more (--json lists all)`);
  } else {
    lines.push(`  rows with a voice/register finding 有语气/语体问题的行: ${f.voiceRows}/${f.rows} = ${pct(f.voiceShare)}`);
    lines.push(`  not counting rows flagged only for emoticons or repeated marks 不计仅因表情、重复标点检出的行: ${f.substantiveRows}/${f.rows} = ${pct(f.substantiveShare)}`);
    lines.push(`  target 目标 (reviews 评论): ≥ ${pct(f.target.minShare)} (aim ${pct(f.target.aimShare)}) → ${verdict(f.target.pass)}${f.target.pass && !f.target.aimMet ? ' (below aim 未达期望)' : ''}`);
    const cats = CATEGORIES.filter((c) => f.categoryRowShare[c] !== undefined);
    if (cats.length > 0) lines.push('  share of rows by category 各类别行占比: ' + cats.map((c) => `${c} ${pct(f.categoryRowShare[c]!)}`).join(', '));
    lines.push('  by label 按标签: ' + Object.entries(f.byLabel).map(([l, x]) => `${l}: ${pct(x.voiceShare)} of ${x.rows}`).join(', '));
    if (f.missed.length > 0) lines.push('  missed rows 未检出示例:', ...f.missed.map((m) => `    - ${oneLine(m)}`));
  }
  return lines;
}

function labelledLines(l: { path: string } & LabelledReport): string[] {
  const lines = [`== labelled set 标注句集 ${l.path}  (${l.sentences} sentences, ${l.leaderSentences} leader-voice 领导口吻)`];
  lines.push('  category        expected  TP  FP  FN  precision  recall     F1');
  const row = (name: string, s: LabelledReport['overall']) =>
    `  ${name.padEnd(15)} ${String(s.expected).padStart(8)} ${String(s.truePositives).padStart(3)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)}  ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${pct(s.f1).padStart(6)}`;
  for (const c of CATEGORIES) lines.push(row(c, l.byCategory[c]));
  lines.push(row('all (micro)', l.overall));
  lines.push('  (— : nothing flagged, or nothing expected)');
  lines.push(`  leader-voice false positives 领导口吻误报: ${l.leaderFalsePositives.length}`);
  for (const m of l.leaderFalsePositives) lines.push(`    - ${m.ruleId} [${m.category}] “${m.matched}” in: ${oneLine(m.text)}`);
  const others = l.falsePositives.filter((m) => !l.leaderFalsePositives.includes(m));
  if (others.length > 0) {
    lines.push(`  other false positives 其他误报 (category not expected): ${others.length}`);
    for (const m of others) lines.push(`    - ${m.ruleId} [${m.category}] “${m.matched}” in: ${oneLine(m.text)}`);
  }
  lines.push(`  misses 漏报: ${l.misses.length}`);
  const byCategory = [...l.misses].sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
  for (const m of byCategory) lines.push(`    - [${m.category}] ${oneLine(m.text)}${m.note ? `  (${m.note})` : ''}`);
  return lines;
}

function paragraphLines(p: { path: string } & ParagraphReport): string[] {
  const lines = [`== paragraphs with a mistake written in 插入错误的段落 ${p.path}  (${p.paragraphs} paragraphs, ${p.mistakes} mistakes)`];
  lines.push(`  caught 检出: ${p.caught}/${p.mistakes} = ${pct(p.caught / p.mistakes)}; right category 类别正确: ${p.rightCategory}/${p.mistakes} = ${pct(p.rightCategory / p.mistakes)}; false findings elsewhere 其余误报: ${p.falseFindings.length}`);
  for (const c of CATEGORIES) {
    const x = p.byCategory[c];
    if (x) lines.push(`  ${c.padEnd(15)} caught ${x.caught}/${x.mistakes}, right category ${x.rightCategory}/${x.mistakes}`);
  }
  for (const f of p.falseFindings) lines.push(`    false 误报: ${f.ruleId} [${f.category}] “${f.matched}”${f.source ? ` (${f.source})` : ''}`);
  for (const m of p.misses) lines.push(`    miss 漏报 [${m.category}] “${oneLine(m.inserted, 50)}”${m.flaggedAs.length ? ` flagged as ${m.flaggedAs.join(', ')}` : ''}`);
  return lines;
}

export function formatText(r: EvalResult): string {
  const out = [
    '讲稿助手 accuracy eval 准确率评测',
    `characters 字符数 = ${r.characters} 按文件的 Unicode 字符计（含换行）`,
    `targets 目标: speech ≤ ${r.targets.speechMaxPer10k} finding per 10k characters; reviews ≥ ${pct(r.targets.reviewMinShare)} rows with a voice/register finding (aim ${pct(r.targets.reviewAimShare)})`,
    r.corpus.note ?? `corpus 语料: ${r.corpus.source}`,
    '',
  ];
  for (const f of r.files) out.push(...fileLines(f), '');
  for (const e of r.errors) out.push(`!! ${e.path}: ${e.message}`);
  for (const l of r.labelled) {
    if ('error' in l) out.push(`!! labelled set 标注句集 ${l.path}: ${l.error}`);
    else out.push(...labelledLines(l), '');
  }
  if (r.labelled.length === 0) out.push('!! no labelled set found 未找到标注句集 (test/fixtures/labelled-*.jsonl)');
  for (const p of r.paragraphs) {
    if ('error' in p) out.push(`!! paragraph set 段落集 ${p.path}: ${p.error}`);
    else out.push(...paragraphLines(p), '');
  }
  out.push('', 'summary 小结:');
  for (const f of r.files) {
    const figure = f.type === 'speech' ? `${rate(f.per10k)} per 10k` : `${pct(f.voiceShare)} rows (${pct(f.substantiveShare)} beyond emoticons and repeated marks)`;
    out.push(`  ${verdict(f.target.pass)}  ${f.path}: ${figure}`);
  }
  for (const l of r.labelled) {
    if (!('error' in l)) out.push(`  labelled ${l.path}: precision ${pct(l.overall.precision)}, recall ${pct(l.overall.recall)}, leader-voice false positives ${l.leaderFalsePositives.length}`);
  }
  for (const p of r.paragraphs) {
    if (!('error' in p)) out.push(`  paragraphs ${p.path}: caught ${pct(p.caught / p.mistakes)}, right category ${pct(p.rightCategory / p.mistakes)}, false findings ${p.falseFindings.length}`);
  }
  return out.join('\n') + '\n';
}
