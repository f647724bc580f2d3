import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { execFileSync, spawnSync } from 'node:child_process';
import { applyEdits, CATEGORIES, CATEGORY_TABLE, SEGMENTER_FILES, createChecker, markdownBlocks, markdownShape, mergeFixes, wholeBlocksSpan, type Finding } from '../../src/core/node';
import { reviewData } from '../../src/server/review';
import { ROOT, runCli, segmenter, tempDir, fileWriter, phraseRule, type JsonReport } from './support/project';

// Issue #12 (hostile input) and #11 item 1, each case as a user would meet it.
const { checker } = createChecker(undefined, segmenter());
const NOT_CLEANUP = Object.fromEntries(CATEGORIES.filter((c) => !CATEGORY_TABLE[c].pasteCleanup).map((c) => [c, 'off']));
const cleaner = createChecker({ categories: NOT_CLEANUP }, segmenter()).checker;
const clean = (text: string, kind: 'markdown' | 'plaintext') => applyEdits(text, mergeFixes(cleaner.check(text, kind).findings));
const covered = (text: string, f: Finding) => text.slice(f.start, f.end);
const segmenterOf = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const clusterEdges = (text: string) => new Set([...segmenterOf.segment(text)].map((s) => s.index).concat(text.length));

describe('hostile: emoji are whole grapheme clusters (#12.1)', () => {
  const text = '今年的成绩很好👍🏻，全家👨‍👩‍👧‍👦都来了🇨🇳。第1️⃣点，#️⃣话题🙏🏻。';
  const emoji = () => checker.check(text, 'plaintext').findings.filter((f) => f.ruleId === 'emoji-emoticon');

  it('one finding per emoji, covering the whole cluster', () => {
    assert.deepEqual(emoji().map((f) => covered(text, f)), ['👍🏻', '👨‍👩‍👧‍👦', '🇨🇳', '1️⃣', '#️⃣', '🙏🏻']);
  });

  it('fix-all removes every cluster whole: no skin-tone square, no stray U+200D', () => {
    const fixed = applyEdits(text, mergeFixes(emoji()));
    assert.equal(fixed, '今年的成绩很好，全家都来了。第点，话题。');
  });

  it('no finding of any rule starts or ends inside a cluster in emoji-heavy text', () => {
    const heavy = '👍🏻🙏🏻👨‍👩‍👧‍👦🇨🇳1️⃣#️⃣e\u0301笔者认为👩🏽‍💻好的,😂😂😂'.repeat(50);
    const edges = clusterEdges(heavy);
    const findings = checker.check(heavy, 'plaintext').findings;
    assert.ok(findings.length > 100);
    for (const f of findings) assert.ok(edges.has(f.start) && edges.has(f.end), `${f.ruleId} ${f.start}..${f.end}`);
  });
});

describe('hostile: clean pasted text on the raw forum copy (#11.1)', () => {
  const RAW = path.resolve(ROOT, '../shared/seed/office-work-guidance.raw.txt');
  const CLEAN = path.resolve(ROOT, '../shared/seed/office-work-guidance.txt');
  const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '.': '。' };
  const fullWidth = (s: string) => s.replace(/[,;:!?.]/g, (c) => FULL[c]);
  before(function () {
    if (!fs.existsSync(RAW) || !fs.existsSync(CLEAN)) this.skip();
  });

  it('in a .md draft, every forum-jammer range covers noise only, as in .txt', () => {
    const raw = fs.readFileSync(RAW, 'utf8');
    const ranges = (kind: 'markdown' | 'plaintext') => checker.check(raw, kind).findings.filter((f) => f.ruleId === 'forum-jammer').map((f) => [f.start, f.end]);
    assert.deepEqual(ranges('markdown'), ranges('plaintext'));
    for (const f of checker.check(raw, 'markdown').findings.filter((x) => x.ruleId === 'forum-jammer')) {
      assert.match(covered(raw, f), /^[!-~ \t]+$/, `noise only at line ${f.line}`);
    }
  });

  for (const kind of ['markdown', 'plaintext'] as const) {
    it(`as ${kind}: keeps every real paragraph and removes every jammer run`, () => {
      const raw = fs.readFileSync(RAW, 'utf8');
      const cleaned = clean(raw, kind);
      const paragraphs = fs.readFileSync(CLEAN, 'utf8').split(/\n+/).filter((p) => p.trim());
      assert.ok(cleaned.includes('四是不要使自己介入领导的矛盾之中。领导同志在工作中有时产生意见分歧，甚至出现争执和矛盾'));
      // The reference keeps two half-width full stops the cleaner rightly makes full-width.
      for (const p of paragraphs) assert.ok(fullWidth(cleaned).includes(fullWidth(p)), `lost: ${p.slice(0, 30)}…`);
      assert.deepEqual(checker.check(cleaned, kind).findings.filter((f) => f.ruleId === 'forum-jammer'), []);
      assert.equal(clean(raw, 'markdown'), clean(raw, 'plaintext'));
    });
  }
});

describe('hostile: plain text and Markdown structure (#12.3, #12.4)', () => {
  it('a card written with full-width colons says why it is not read', () => {
    const text = '---\n场合： 全市会议，安全生产\n---\n\n正文。\n';
    const problems = checker.check(text, 'markdown').cardProblems;
    assert.ok(problems.some((p) => /全角冒号/.test(p.zh) && /场合/.test(p.zh) && text.slice(p.start, p.end).startsWith('场合')), JSON.stringify(problems));
  });

  it('a selection or window is widened to whole blocks: front matter and fences', () => {
    const text = '---\n场合: 全市会议,安全生产\n---\n\n正文,开始。\n\n```\ncode, here.\n\n更多 code,\n```\n\n结尾,好。\n';
    const inCard = text.indexOf('会议');
    assert.deepEqual(wholeBlocksSpan(text, 'markdown', inCard, text.length), { start: 0, end: text.length });
    const inFence = text.indexOf('here');
    const fenceStart = text.indexOf('```');
    assert.equal(wholeBlocksSpan(text, 'markdown', inFence, text.length).start, fenceStart);
    assert.ok(markdownBlocks(text).some((b) => b.start === fenceStart && b.text.includes('更多 code')), 'the fence is one block');
  });
});

describe('hostile: rule packs (#12.5, #12.7, #12.8)', function () {
  this.timeout(120_000);
  const dir = tempDir();
  const write = fileWriter(dir);
  const pack = (name: string, rules: unknown[]) => write(name, JSON.stringify({ name, rules }));

  it('refuses a catastrophic user regex at load, and checking stays fast', () => {
    const file = pack('redos.json', [{ ...phraseRule('my-redos', ['x']), match: { regex: '(笔+)+者' } }]);
    const { checker: c, problems } = createChecker({ rulePacks: [file] }, segmenter());
    assert.match(problems.map((p) => p.zh).join('\n'), /redos\.json[\s\S]*catastrophic/);
    const text = `${'笔'.repeat(32)}x\n笔者认为`;
    const began = process.hrtime.bigint();
    const findings = c.check(text, 'plaintext').findings;
    assert.ok(findings.every((f) => f.ruleId !== 'my-redos'));
    assert.ok(Number(process.hrtime.bigint() - began) / 1e6 < 5000, 'not frozen');
  });

  it('refuses catastrophic patterns in sequence steps and conditions too', () => {
    const rules = [
      { ...phraseRule('seq-redos', ['x']), match: { sequence: [{ regex: '(a|a)*b' }] } },
      { ...phraseRule('cond-redos', ['笔者']), unless: { sentence: '^(?:好.*)*$' } },
    ];
    for (const [i, rule] of rules.entries()) {
      const { problems } = createChecker({ rulePacks: [pack(`cond${i}.json`, [rule])] }, segmenter());
      assert.match(problems.map((p) => p.en).join('\n'), /catastrophic/);
    }
  });

  it('refuses a user rule that reuses a built-in id, and one id in two packs', () => {
    const dup = pack('dup.json', [phraseRule('author-pronoun', ['笔者'])]);
    assert.match(createChecker({ rulePacks: [dup] }, segmenter()).problems.map((p) => p.zh).join(''), /author-pronoun.*内置规则/);
    const a = pack('a.json', [phraseRule('mine', ['笔者'])]);
    const b = pack('b.json', [phraseRule('mine', ['某某'])]);
    const { checker: c, problems } = createChecker({ rulePacks: [a, b] }, segmenter());
    assert.match(problems.map((p) => p.zh).join(''), /b\.json.*mine.*另一个规则包/);
    assert.equal(c.rules.filter((r) => r.id === 'mine').length, 1);
  });

  it('names from Object.prototype are no code rules, card fields or replacements', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const file = pack(`proto-${name}.json`, [{ ...phraseRule(`p-${name.replace(/[^a-z]/gi, '').toLowerCase()}`, ['笔者']), match: { code: name } }]);
      assert.match(createChecker({ rulePacks: [file] }, segmenter()).problems.map((p) => p.en).join(''), /code: must be one of/);
    }
    const map = pack('map.json', [{ ...phraseRule('p-map', ['constructor']), fix: { replaceMap: {} } }]);
    const found = createChecker({ rulePacks: [map] }, segmenter()).checker.check('这是 constructor 词', 'plaintext').findings.find((f) => f.ruleId === 'p-map')!;
    assert.deepEqual(found.fixes, []);
    const card = checker.check('---\nconstructor: 1\ntoString: 2\n---\n\n正文。\n', 'markdown');
    assert.equal(card.card, undefined);
  });

  it('a pack of 200,000 phrases loads and leaves the built-in findings of a clean report unchanged', function () {
    const report = path.resolve(ROOT, '../shared/corpus/gov-work-report-2021.txt');
    const text = fs.existsSync(report) ? fs.readFileSync(report, 'utf8') : fs.readFileSync(path.join(ROOT, 'examples', 'draft-safety-meeting.md'), 'utf8');
    const phrases = Array.from({ length: 200_000 }, (_, i) => `zq${i.toString(36)}`);
    const file = write('big.json', JSON.stringify({ name: 'big', rules: [{ ...phraseRule('big-pack', phrases), examples: { bad: ['zq0'], good: [] } }] }));
    const { checker: big, problems } = createChecker({ rulePacks: [file] }, segmenter());
    assert.deepEqual(problems, []);
    const key = (f: Finding) => `${f.ruleId}@${f.start}`;
    assert.deepEqual(big.check(text, 'plaintext').findings.map(key), checker.check(text, 'plaintext').findings.map(key));
    assert.deepEqual(big.check('本报告zq1 和 zq5k1 。', 'plaintext').findings.filter((f) => f.ruleId === 'big-pack').map((f) => f.text), ['zq1', 'zq5k1']);
  });
});

describe('hostile: deep and pathological input never overflows the stack (#12.9)', function () {
  this.timeout(120_000);
  const cases: [string, string, 'markdown' | 'plaintext'][] = [
    ['150,000 matches of one rule on one line', '好,'.repeat(150_000), 'plaintext'],
    ['10,000 nested quotes on one line', '> '.repeat(10_000) + '笔者认为', 'markdown'],
    ['10,000 nested list markers on one line', '- '.repeat(10_000) + '笔者认为', 'markdown'],
    ['133,000 unclosed image openers', '![笔'.repeat(133_000), 'markdown'],
  ];
  for (const [name, text, kind] of cases) {
    it(`${name}: checked, every range in bounds`, () => {
      const findings = checker.check(text, kind).findings;
      for (const f of findings) assert.ok(f.start >= 0 && f.end <= text.length);
      if (text.endsWith('笔者认为')) assert.ok(findings.some((f) => f.ruleId === 'author-pronoun' && f.end === text.length - 2));
    });
  }

  it('the CLI still reports the other files', () => {
    const write = fileWriter(tempDir());
    const deep = write('deep.md', '> '.repeat(10_000) + '笔者');
    const ok = write('ok.txt', '笔者认为');
    const r = runCli(['check', '--format', 'json', deep, ok]);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(report.files.map((f) => f.findings.some((x) => x.ruleId === 'author-pronoun')), [true, true]);
  });
});

describe('hostile: the smaller items (#12.12)', () => {
  it("the review's quote never ends in a lone surrogate", () => {
    const text = `${'好'.repeat(39)}𠮷𠮷`;
    const finding: Finding = { ruleId: 'r', category: 'wording', severity: 'warning', message: 'm', start: 0, end: text.length, text, line: 1, column: 1, endLine: 1, endColumn: text.length + 1, fixes: [], related: [] };
    const quote = reviewData({ name: 'a.md', findings: [finding], specs: new Map(), stats: { characters: 1, minutes: 0, range: { slow: 0, medium: 0, fast: 0 }, speakingRate: 180 }, partial: false }, 'zh').groups[0].findings[0].quote;
    assert.equal(quote, '好'.repeat(39));
    assert.ok(!/[\ud800-\udbff]$/.test(quote));
  });

  it('100,000 unknown rules make one short warning', () => {
    const rules = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`no-such-${i}`, 'off']));
    const { problems } = createChecker({ rules }, segmenter());
    assert.equal(problems.length, 1);
    assert.ok(problems[0].zh.length < 400 && /100000/.test(problems[0].zh), problems[0].zh);
  });

  it('applying any rule example\'s fix creates no new finding (the those-below fix among them)', () => {
    const offenders: string[] = [];
    for (const rule of checker.rules) {
      for (const text of [...rule.examples.bad, ...(rule.examples.fixed ?? []).map(([t]) => t)]) {
        const before = checker.check(text, 'plaintext').findings;
        for (const f of before.filter((x) => x.ruleId === rule.id && x.fixes.length > 0)) {
          const fixed = applyEdits(text, [{ start: f.start, end: f.end, newText: f.fixes[0].replacement }]);
          const count = (fs: Finding[]) => fs.reduce((m, x) => m.set(x.ruleId, (m.get(x.ruleId) ?? 0) + 1), new Map<string, number>());
          const was = count(before);
          for (const [id, n] of count(checker.check(fixed, 'plaintext').findings)) if (n > (was.get(id) ?? 0)) offenders.push(`${rule.id} on ${JSON.stringify(text)} → ${JSON.stringify(fixed)} adds ${id}`);
        }
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('Markdown after every quick fix of the rule examples renders the same outside the fixed words', () => {
    // Each example in a list item and a table cell: a fix must not break the structure.
    for (const rule of checker.rules) {
      for (const sentence of rule.examples.bad.slice(0, 2)) {
        if (/[|\n]/.test(sentence)) continue;
        // Words around the sentence: deleting all of an item's words would empty it, as it should.
        const doc = `- 第一项\n- 前文 ${sentence} 后文\n\n| 甲 | 乙 |\n| --- | --- |\n| 一 | 前文 ${sentence} 后文 |\n`;
        for (const f of checker.check(doc, 'markdown').findings.filter((x) => x.fixes.length > 0)) {
          const fixed = applyEdits(doc, [{ start: f.start, end: f.end, newText: f.fixes[0].replacement }]);
          assert.equal(markdownShape(fixed, { text: false }), markdownShape(doc, { text: false }), `${f.ruleId} on ${JSON.stringify(sentence)}`);
        }
      }
    }
  });
});

describe('hostile: dictionaries and paths (#12.6, #12.11)', function () {
  this.timeout(120_000);
  const write = fileWriter(tempDir());
  const oneLine = (stderr: string) => assert.equal(stderr.trim().split('\n').length, 1, stderr);

  /** A copy of the installed CLI whose segmenter file `name` (a SEGMENTER_FILES path) holds `content`, or is missing; the rest linked to the real files. */
  function installWithSegmenterFile(name: string, content: string | Buffer | undefined): string {
    const root = tempDir();
    for (const file of [SEGMENTER_FILES.wasm, SEGMENTER_FILES.prepared, ...SEGMENTER_FILES.dictionaries]) {
      fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
      if (file !== name) fs.symlinkSync(path.join(ROOT, file), path.join(root, file));
      else if (content !== undefined) fs.writeFileSync(path.join(root, file), content);
    }
    // The bundle is copied (Node resolves a linked file to its real place, and so its package root).
    fs.mkdirSync(path.join(root, 'dist'));
    fs.copyFileSync(path.join(ROOT, 'dist', 'cli.js'), path.join(root, 'dist', 'cli.js'));
    fs.mkdirSync(path.join(root, 'bin'));
    fs.copyFileSync(path.join(ROOT, 'bin', 'speech-draft.js'), path.join(root, 'bin', 'speech-draft.js'));
    fs.symlinkSync(path.join(ROOT, 'package.json'), path.join(root, 'package.json'));
    return root;
  }

  const wasm = fs.readFileSync(path.join(ROOT, SEGMENTER_FILES.wasm));
  const prepared = fs.readFileSync(path.join(ROOT, SEGMENTER_FILES.prepared));
  const broken: [string, string, string | Buffer | undefined, RegExp][] = [
    ['missing', SEGMENTER_FILES.prepared, undefined, /jieba-dict\.bin.*不存在，请重新安装/],
    ['empty', SEGMENTER_FILES.prepared, '', /jieba-dict\.bin.*空文件/],
    ['truncated', SEGMENTER_FILES.prepared, prepared.subarray(0, 100_000), /jieba-dict\.bin.*已损坏/],
    ['foreign', SEGMENTER_FILES.prepared, '\u0000\u0001garbage\n', /jieba-dict\.bin.*已损坏/],
    ['missing', SEGMENTER_FILES.wasm, undefined, /jieba\.wasm.*不存在/],
    ['truncated', SEGMENTER_FILES.wasm, wasm.subarray(0, 5000), /jieba\.wasm.*已损坏/],
    ['missing', SEGMENTER_FILES.dictionaries[0], undefined, /office\.dict\.utf8.*不存在，请重新安装/],
    ['binary', SEGMENTER_FILES.dictionaries[1], Buffer.from([0x41, 0, 0x42]), /register\.dict\.utf8.*不是文本文件/],
  ];
  for (const [what, name, content, message] of broken) {
    it(`a ${what} ${path.basename(name)}: exit 2 with one line, no abort`, () => {
      const root = installWithSegmenterFile(name, content);
      const draft = write(`d-${what}.txt`, '笔者认为');
      const r = spawnCli(root, ['check', draft]);
      assert.equal(r.status, 2, r.stderr);
      oneLine(r.stderr);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /FATAL|Assertion|RuntimeError|\n\s+at /);
    });
  }

  it('no merged copy of the user dictionary is ever written to the temp folder', () => {
    const dict = write('mine.dict.utf8', '安全生产月 10 n\n');
    const before = new Set(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('speech-draft-') && !f.startsWith('speech-draft-test-')));
    const seen = new Set<string>();
    const watcher = fs.watch(os.tmpdir(), (_, file) => file && String(file).startsWith('speech-draft-') && !String(file).startsWith('speech-draft-test-') && seen.add(String(file)));
    try {
      const r = runCli(['check', '--config', write('dict-config.json', JSON.stringify({ userDictionary: dict })), write('d.txt', '笔者认为安全生产月很重要')]);
      assert.equal(r.status, 1, r.stderr);
    } finally {
      watcher.close();
    }
    assert.deepEqual([...seen].filter((f) => !before.has(f)), []);
  });

  it('a user dictionary that is malformed, binary, too large or a directory is reported and the built-ins are used', () => {
    const cases: [string, string | Buffer][] = [['bad-line.dict.utf8', '好词 abc n\n'], ['binary.dict.utf8', Buffer.from([0x41, 0, 0x42])]];
    for (const [name, content] of cases) {
      const { problems, checker: c } = createChecker({ userDictionary: write(name, content) }, segmenter());
      assert.match(problems.map((p) => p.zh).join(''), new RegExp(`${name.replace('.', '\\.')}.*无法使用`));
      assert.ok(c.check('笔者认为', 'plaintext').findings.length > 0);
    }
    const dir = tempDir();
    assert.match(createChecker({ userDictionary: dir }, segmenter()).problems[0].zh, /是目录/);
    const huge = write('huge.dict.utf8', Buffer.alloc(17 * 1024 * 1024, 0x61));
    assert.match(createChecker({ userDictionary: huge }, segmenter()).problems[0].zh, /太大/);
  });

  it('a FIFO or /dev/zero as --config or rule pack gets a clear line at once, never a hang', () => {
    const fifo = path.join(tempDir(), 'fifo');
    execFileSync('mkfifo', [fifo]);
    const draft = write('p.txt', '笔者认为');
    for (const target of [fifo, '/dev/zero']) {
      const r = runCli(['check', '--config', target, draft], { timeoutMs: 20_000 });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /不是普通文件/);
      const packs = write(`packs-${path.basename(target)}.json`, JSON.stringify({ rulePacks: [target] }));
      const p = runCli(['check', '--config', packs, draft], { timeoutMs: 20_000 });
      assert.equal(p.status, 1);
      assert.match(p.stderr, /规则包.*不是普通文件/);
    }
  });

  it('a rule-pack path that is a directory is called a directory; --config must hold an object', () => {
    const draft = write('q.txt', '笔者认为');
    const r = runCli(['check', '--config', write('dirpack.json', JSON.stringify({ rulePacks: [tempDir()] })), draft]);
    assert.match(r.stderr, /规则包.*是目录/);
    for (const [name, content] of [['array', '[]'], ['string', '"笔者"'], ['null', 'null']]) {
      const c = runCli(['check', '--config', write(`${name}.json`, content), draft]);
      assert.equal(c.status, 2, name);
      assert.match(c.stderr, /应为 JSON 对象/);
    }
  });

  it('a UTF-16 file is named as UTF-16 with how to convert', () => {
    const file = write('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('笔者认为，这项工作很重要。', 'utf16le')]));
    const r = runCli(['check', file]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /UTF-16.*另存为 UTF-8/);
    const noBom = write('u16-nobom.txt', Buffer.from('Report: 笔者认为 (draft) 1, 2, 3.', 'utf16le'));
    assert.match(runCli(['check', noBom]).stderr, /UTF-16/);
  });
});

/** Runs the CLI of another install root. */
function spawnCli(root: string, args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'speech-draft.js'), ...args], { encoding: 'utf8', env: { ...process.env, SPEECH_DRAFT_LOCALE: 'zh' }, timeout: 60_000 });
  return { status: r.status, stderr: r.stderr };
}
