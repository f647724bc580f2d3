import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, builtInRules, createChecker, LineIndex, markdownShape, mergeFixes, wholeBlocksSpan, CATEGORIES, CATEGORY_TABLE, type CheckResult, type Finding } from '../../src/core/node';
import { disableCommentEdit } from '../../src/server/disableComment';
import { ROOT, segmenter } from './support/project';
import { ParagraphContext } from '../../src/core/paragraph';
import { RuleSet } from '../../src/core/rules/ruleSet';
import type { RuleSpec } from '../../src/core/node';

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
  '𠮷', '𩸽', '👍🏽', '👨‍👩‍👧‍👦', '🎉', '👍🏻', '🙏🏻', '🇨🇳', '1️⃣', '#️⃣', '👩🏽‍💻', '❤️', '\ud842', '\udfb7', '\u0000', '\ufeff', '\u2028', '\u2029', '\r', '\r\n', '\t', '\u3000',
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
      assert.ok(onClusterEdge(text, f.start) && onClusterEdge(text, f.end), `${at} splits a grapheme cluster`);
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

  it('Markdown renders the same after every quick fix, outside the words it fixes', () => {
    const random = prng(SEED + 3);
    let fixes = 0;
    for (let n = 0; n < CASES / 3; n++) {
      const text = makeDocument(random, n % 2 === 0);
      const shape = markdownShape(text, { text: false });
      for (const f of checker.check(text, 'markdown').findings.filter((x) => x.fixes.length > 0).slice(0, 8)) {
        const replacement = f.fixes[0].replacement;
        // Deleting every word of a line empties its paragraph or item, as it should.
        const line = text.slice(text.lastIndexOf('\n', f.start - 1) + 1, (text.indexOf('\n', f.end) + 1 || text.length + 1) - 1);
        if (replacement === '' && line.replace(text.slice(f.start, f.end), '').replace(/[\s>*#\-+|`]/g, '') === '') continue;
        const fixed = applyEdits(text, [{ start: f.start, end: f.end, newText: replacement }]);
        assert.equal(markdownShape(fixed, { text: false }), shape, `seed ${SEED + 3} case ${n}: ${f.ruleId} at ${f.start} in ${JSON.stringify(text.slice(0, 80))}`);
        fixes++;
      }
    }
    assert.ok(fixes > 50, `fixes tried: ${fixes}`);
  });

  it('"disable for this line" never changes how Markdown renders, and silences the finding', () => {
    const random = prng(SEED + 4);
    let tried = 0;
    for (let n = 0; n < CASES / 3; n++) {
      const text = makeDocument(random, n % 2 === 0);
      for (const f of checker.check(text, 'markdown').findings.slice(0, 4)) {
        const edit = disableCommentEdit(text, 'markdown', f.start, f.ruleId, f.end);
        if (!edit) continue;
        const after = applyEdits(text, [edit]);
        const where = `seed ${SEED + 4} case ${n}: ${f.ruleId} at ${f.start}`;
        assert.equal(markdownShape(after), markdownShape(text), where);
        const moved = (x: Finding) => (x.start >= edit.start ? x.start - edit.newText.length : x.start);
        const before = checker.check(text, 'markdown').findings.filter((x) => x.ruleId === f.ruleId && x.start === f.start).length;
        const left = checker.check(after, 'markdown').findings.filter((x) => x.ruleId === f.ruleId && moved(x) === f.start).length;
        assert.ok(left < before, `${where}: still flagged`);
        tried++;
      }
    }
    assert.ok(tried > 50, `disable edits tried: ${tried}`);
  });

  it('cleaning a random selection edits exactly what cleaning the whole document edits there (front matter and code never)', () => {
    const random = prng(SEED + 5);
    const notCleanup = Object.fromEntries(CATEGORIES.filter((c) => !CATEGORY_TABLE[c].pasteCleanup).map((c) => [c, 'off']));
    const { checker: cleaner } = createChecker({ categories: notCleanup }, segmenter());
    const edits = (text: string, kind: 'markdown' | 'plaintext', from: number, to: number) => {
      const window = wholeBlocksSpan(text, kind, from, to);
      const found = cleaner.check(text.slice(window.start, window.end), kind).findings;
      return mergeFixes(found.filter((f) => f.start + window.start >= from && f.end + window.start <= to)).map((e) => `${e.start + window.start}:${e.end + window.start}:${e.newText}`);
    };
    let compared = 0;
    for (let n = 0; n < CASES / 3; n++) {
      // Directives would reach from outside a selection into it; they are not part of this property.
      const text = ('---\n场合: 全市会议,安全生产\n---\n' + makeDocument(random, n % 2 === 0) + '\n\n```\nx = 1, 2.\n```\n正文,结尾.').replace(/<!-- speech-draft[^>]*-->|\/\/ speech-draft[^\n]*/g, '');
      const kind = random() < 0.7 ? 'markdown' : 'plaintext';
      const from = Math.floor(random() * text.length);
      const to = from + Math.floor(random() * (text.length - from + 1));
      const whole = edits(text, kind, 0, text.length).filter((e) => {
        const [s, t] = e.split(':').map(Number);
        return s >= from && t <= to;
      });
      assert.deepEqual(edits(text, kind, from, to), whole, `seed ${SEED + 5} case ${n} (${kind}) ${from}..${to}`);
      compared += whole.length;
    }
    assert.ok(compared > 20, `edits compared: ${compared}`);
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

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** True when no grapheme cluster (👍🏻, 🇨🇳, e + U+0301, CRLF) spans offset. */
function onClusterEdge(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const from = Math.max(0, offset - 64);
  return graphemes.segment(text.slice(from, offset + 64)).containing(offset - from)!.index === offset - from;
}

/** True when offset falls between a high and a low surrogate, or between CR and LF. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10);
}
