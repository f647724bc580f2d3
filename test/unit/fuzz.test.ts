import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtInRules, createChecker, LineIndex, type CheckResult, type Finding } from '../../src/core';
import { ROOT, segmenter } from './support/project';
import { ParagraphContext } from '../../src/core/paragraph';
import { RuleSet } from '../../src/core/rules/ruleSet';
import type { RuleSpec } from '../../src/core';

// Seeded fuzzing over random mixes of speech text, real drift, Markdown markup and odd Unicode.
// Deterministic: a failure names its seed and case, and the same run reproduces it.
const SEED = 20_211_125;
const CASES = 300;

/** mulberry32: small, fast, good enough to pick pieces. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPEECH = [
  '同志们：', '现在，我代表市政府向大会报告工作，请予审议。', '一年来，我们坚持以人民为中心的发展思想，',
  '统筹推进疫情防控和经济社会发展，', '全市地区生产总值增长6.5%左右。', '下面，我讲三点意见。',
  '各区县、各部门要提高政治站位，压实安全生产责任。', '要坚持问题导向，着力解决群众急难愁盼问题。',
  '让我们更加紧密地团结在以习近平同志为核心的党中央周围，', '为全面建设社会主义现代化国家而努力奋斗！',
  '“一岗双责”要落到实处。', '2021年3月5日', '第十四个五年规划', '个人所得税专项附加扣除', '时不我待，只争朝夕。',
];
const MARKUP = [
  '\n\n# ', '\n\n## ', '\n- ', '\n1. ', '\n> ', '**', '*', '`', '\n\n```\n', '\n```\n\n', '[', '](https://example.com/笔者)',
  '![图](a.png)', '<!-- ', ' -->', '<!-- speech-draft-disable -->', '<!-- speech-draft-enable -->',
  '<!-- speech-draft-disable-next-line -->\n', '\n// speech-draft-disable-next-line\n', '\n| 甲 | 乙 |\n| --- | --- |\n| ', ' | ',
  '\n---\n', '\n\n', '\n', '    ', '<br>', '&amp;', '\\',
];
const ODD = [
  '𠮷', '𩸽', '👍🏽', '👨‍👩‍👧‍👦', '🎉', '\ud842', '\udfb7', '\u0000', '\ufeff', '\u2028', '\u2029', '\r', '\r\n', '\t', '\u3000',
  'ＡＢＣ１２３', ',', '.', '!', '?', ';', ':', '"', '(', ')', '“', '”', '‘', '’', '「', '』', 'é', 'e\u0301', 'Москва',
  '서울', 'العربية', '\u202e', '\u200b', '~', '！！！', '……', '$ x& M1 [& b! {# N',
];

function corpusLines(): string[] {
  const dir = path.join(ROOT, '..', 'shared', 'corpus');
  const lines: string[] = [];
  for (const [file, pick] of [['gov-work-report-2021.txt', (l: string) => l], ['hotel-reviews-dev.tsv', (l: string) => l.split('\t').slice(1).join('\t')]] as const) {
    const p = path.join(dir, file);
    if (fs.existsSync(p)) lines.push(...fs.readFileSync(p, 'utf8').split(/\r?\n/).map(pick).filter((l) => l.trim()));
  }
  return lines;
}

function sliceOf(random: () => number, line: string): string {
  const start = Math.floor(random() * line.length);
  return line.slice(start, start + 1 + Math.floor(random() * 80));
}

describe('fuzz', function () {
  this.timeout(120_000);
  const { checker } = createChecker(undefined, segmenter());
  const corpus = corpusLines();
  const drift = builtInRules().flatMap((r) => r.examples.bad);
  before(function () {
    if (corpus.length === 0) console.log('      (../shared/corpus absent: fuzzing generated text and rule examples only)');
  });

  /** Without corpus pieces, markup and directives come closer together (as when ../shared is absent). */
  function makeDocument(random: () => number, useCorpus = true): string {
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const pieces = 3 + Math.floor(random() * 40);
    let text = '';
    for (let i = 0; i < pieces; i++) {
      const r = random();
      if (r < 0.3) text += pick(SPEECH);
      else if (r < 0.5) text += pick(drift);
      else if (r < 0.65 && useCorpus && corpus.length) text += sliceOf(random, pick(corpus));
      else if (r < 0.85) text += pick(MARKUP);
      else text += pick(ODD);
    }
    return random() < 0.1 ? '---\n时长（分钟）: 5\n要点:\n  - 安全\n---\n' + text : text;
  }

  function assertSound(text: string, result: CheckResult, where: string): void {
    const lines = new LineIndex(text);
    for (const f of result.findings) {
      const at = `${where}: ${f.ruleId} at ${f.start}..${f.end}`;
      assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end >= f.start, at);
      assert.ok(f.end <= text.length, `${at} ends past ${text.length}`);
      assert.deepEqual({ line: f.line, column: f.column }, lines.position(f.start), at);
      assert.ok(!splitsPair(text, f.start) && !splitsPair(text, f.end), `${at} splits a surrogate pair or CRLF`);
      for (const x of f.fixes) assert.equal(typeof x.replacement, 'string', at);
    }
  }

  /** Applies the first fix of each non-overlapping finding from the end, as an editor would. */
  function applyFixes(text: string, findings: Finding[]): { fixed: string; applied: Finding[] } {
    const applied: Finding[] = [];
    let lastEnd = -1;
    for (const f of [...findings].sort((a, b) => a.start - b.start)) {
      if (f.fixes.length === 0 || f.start < lastEnd) continue;
      applied.push(f);
      lastEnd = f.end;
    }
    let fixed = text;
    for (const f of [...applied].reverse()) fixed = fixed.slice(0, f.start) + f.fixes[0].replacement + fixed.slice(f.end);
    return { fixed, applied };
  }

  /** Walks the fixed text: outside the applied ranges it must hold the original text, in order. */
  function assertOnlyRangesChanged(text: string, fixed: string, applied: Finding[], where: string): void {
    let from = 0;
    let at = 0;
    for (const f of applied) {
      const kept = text.slice(from, f.start);
      assert.equal(fixed.slice(at, at + kept.length), kept, `${where}: text before ${f.ruleId} at ${f.start} changed`);
      at += kept.length;
      assert.equal(fixed.slice(at, at + f.fixes[0].replacement.length), f.fixes[0].replacement, where);
      at += f.fixes[0].replacement.length;
      from = f.end;
    }
    assert.equal(fixed.slice(at), text.slice(from), `${where}: text after the last fix changed`);
  }

  it(`never throws, keeps every range in bounds and fixes inside their ranges (${CASES} cases, seed ${SEED})`, () => {
    const random = prng(SEED);
    let findings = 0;
    let fixes = 0;
    for (let n = 0; n < CASES; n++) {
      const text = makeDocument(random, n % 2 === 0);
      const kind = random() < 0.5 ? 'markdown' : 'plaintext';
      const where = `seed ${SEED} case ${n} (${kind}) ${JSON.stringify(text.slice(0, 60))}…`;
      const result = checker.check(text, kind);
      assertSound(text, result, where);
      const { fixed, applied } = applyFixes(text, result.findings);
      assertOnlyRangesChanged(text, fixed, applied, where);
      assertSound(fixed, checker.check(fixed, kind), `${where} after fixes`);
      findings += result.findings.length;
      fixes += applied.length;
    }
    assert.ok(findings > CASES, `the fuzz corpus should draw findings (got ${findings})`);
    assert.ok(fixes > 0, 'some findings should carry fixes');
  });

  it('runs each rule regex only where it cannot miss: the engine finds what the plain regex finds', () => {
    // The engine skips a regex on paragraphs lacking its required characters and tests leading
    // lookbehinds only where the rest matches; neither may lose or add a match.
    const random = prng(SEED + 2);
    const paragraphs = [...drift, ...builtInRules().flatMap((r) => r.examples.good), ...corpus.slice(0, 400)];
    for (let n = 0; n < CASES; n++) paragraphs.push(...makeDocument(random).split(/\r\n|\r|\n/));
    const plainSpecs: RuleSpec[] = builtInRules()
      .filter((r) => r.match.regex)
      .map((r) => ({ ...r, match: { regex: r.match.regex }, unless: { quoted: false }, requires: undefined, requiresBefore: undefined, requiresAfter: undefined } as RuleSpec));
    const engine = new RuleSet(plainSpecs);
    const naive = plainSpecs.map((r) => ({ id: r.id, regex: new RegExp(r.match.regex as string, 'gu') }));
    let compared = 0;
    for (const text of paragraphs) {
      if (!text.trim()) continue;
      const ctx = new ParagraphContext(text, segmenter());
      const found = engine.matchParagraph(ctx).map((m) => `${m.rule.spec.id}@${m.start}-${m.end}`).sort();
      const expected: string[] = [];
      for (const { id, regex } of naive) {
        regex.lastIndex = 0;
        for (let m = regex.exec(text); m; m = regex.exec(text)) {
          if (m[0].length === 0) regex.lastIndex++;
          else expected.push(`${id}@${m.index}-${m.index + m[0].length}`);
        }
      }
      assert.deepEqual(found, expected.sort(), JSON.stringify(text));
      compared += expected.length;
    }
    assert.ok(compared > 100, `the texts should draw regex matches (got ${compared})`);
  });

  it('re-checks after random edits exactly as a fresh check does (incremental = full)', () => {
    const random = prng(SEED + 1);
    for (let n = 0; n < CASES / 3; n++) {
      const kind = random() < 0.5 ? 'markdown' : 'plaintext';
      const session = checker.session(kind);
      let text = makeDocument(random, n % 2 === 0);
      session.check(text);
      for (let e = 0; e < 5; e++) {
        const at = Math.floor(random() * (text.length + 1));
        const removed = Math.floor(random() * 4);
        const inserted = random() < 0.5 ? '' : makeDocument(random).slice(0, 1 + Math.floor(random() * 20));
        text = text.slice(0, at) + inserted + text.slice(at + removed);
        const where = `seed ${SEED + 1} case ${n} edit ${e} (${kind})`;
        assert.deepEqual(session.check(text).findings, checker.check(text, kind).findings, where);
      }
    }
  });
});

/** True when offset falls between a high and a low surrogate, or between CR and LF. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10);
}
