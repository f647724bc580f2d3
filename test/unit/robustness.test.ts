import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Checker, createChecker, type CheckResult } from '../../src/core/node';
import { runCli, tempDir, fileWriter, segmenter, phraseRule, type JsonReport } from './support/project';

// Hostile input and broken configuration: a clear message or correct findings, never a crash,
// a stack trace or a range outside the text.
const checker = new Checker(segmenter(), [phraseRule('test-bizhe', ['笔者'], { fix: { replace: '我们' } })]);

function assertInBounds(text: string, result: CheckResult): void {
  for (const f of result.findings) {
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), 'integer range');
    assert.ok(f.start >= 0 && f.end >= f.start && f.end <= text.length, `range ${f.start}..${f.end} outside ${text.length}`);
    assert.ok(f.line >= 1 && f.column >= 1);
  }
}
const found = (text: string, kind: 'markdown' | 'plaintext' = 'plaintext') => {
  const result = checker.check(text, kind);
  assertInBounds(text, result);
  return result.findings.map((f) => f.start);
};
const offsetsOf = (text: string, word: string) => {
  const out: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) out.push(i);
  return out;
};

describe('robustness: editor text', () => {
  const hostile: Record<string, string> = {
    'lone surrogates around a finding': '\ud842笔者\udfb7，\udfb7\ud842笔者。',
    'astral characters and emoji': '𠮷野家👨‍👩‍👧‍👦，笔者🎉𩸽笔者。',
    'NUL and control characters': '\u0000笔者\u0000\u0007，\u001b笔者',
    'CR-only lines': '甲\r笔者\r\r乙，笔者\r',
    'mixed scripts': 'Москва，笔者와 서울 العربية 笔者 ελληνικά',
    'full-width and half-width mix': 'ＡＢＣ笔者,abc笔者．１２３',
    'U+FEFF, U+2028 and U+2029 inside text': '\ufeff笔者\u2028笔者\u2029笔者',
  };
  for (const [name, text] of Object.entries(hostile)) {
    it(`finds exactly the real words, in bounds, in both kinds: ${name}`, () => {
      assert.deepEqual(found(text, 'plaintext'), offsetsOf(text, '笔者'));
      assert.deepEqual(found(text, 'markdown'), offsetsOf(text, '笔者'));
    });
  }

  it('survives unbalanced Markdown: open fences, comments, front matter and quotes', () => {
    for (const text of ['```\n笔者', '<!-- 笔者', '---\n笔者: [\n', '“笔者', '> > > 笔者\n|a|\n|-|\n|笔者', '[笔者](', '*'.repeat(5000) + '笔者']) {
      found(text, 'markdown');
      found(text, 'plaintext');
    }
  });

  it('checks a 1.7-million-character single line with exact offsets', function () {
    this.timeout(60_000);
    const unit = '各地区各部门要认真贯彻落实，笔者认为要抓好安全生产。';
    const text = unit.repeat(Math.ceil(1_700_000 / unit.length));
    const offsets = found(text);
    assert.equal(offsets.length, offsetsOf(text, '笔者').length);
    assert.equal(offsets[offsets.length - 1], text.lastIndexOf('笔者'));
  });
});

describe('robustness: hostile files in the CLI', function () {
  this.timeout(120_000);
  const dir = tempDir();
  const write = fileWriter(dir);
  const noStack = (stderr: string) => assert.doesNotMatch(stderr, /\n\s+at |Error:/);

  const undecodable: [string, Buffer][] = [
    ['GBK bytes', Buffer.from('b1cad5dfc8cfceaa0a', 'hex')],
    ['a truncated sequence at the end', Buffer.concat([Buffer.from('笔者'), Buffer.from([0xe7, 0xac])])],
    ['an encoded lone surrogate', Buffer.concat([Buffer.from('笔者'), Buffer.from([0xed, 0xa0, 0x80])])],
    ['an overlong encoding', Buffer.from([0xe4, 0xb8, 0x80, 0xc0, 0xaf])],
    ['NUL bytes in UTF-8 text', Buffer.concat([Buffer.from('笔者认为'), Buffer.from([0]), Buffer.from('好')])],
    ['UTF-16 with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('笔者认为', 'utf16le')])],
  ];
  for (const [name, bytes] of undecodable) {
    it(`refuses ${name} with one clear line and exit 2`, () => {
      const file = write(`bad-${name.replace(/\W+/g, '-')}.txt`, bytes);
      const r = runCli(['check', file]);
      assert.equal(r.status, 2);
      assert.match(r.stderr.trim(), new RegExp(`^speech-draft: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: [^\\n]+$`));
      noStack(r.stderr);
    });
  }

  it('checks CR-only, astral and mixed-script files with exact offsets and lines', () => {
    const text = '𠮷野家\r笔者认为\r\rМосква，笔者👍🏽\r';
    const file = write('cr.txt', text);
    const r = runCli(['check', '--format', 'json', file]);
    noStack(r.stderr);
    const findings = (JSON.parse(r.stdout) as JsonReport).files[0].findings.filter((f) => f.ruleId === 'author-pronoun');
    assert.deepEqual(findings.map((f) => [f.offset, f.line, f.column]), [[5, 2, 1], [18, 4, 8]]);
    for (const f of findings) assert.equal(text.slice(f.offset, f.offset + f.length), '笔者');
  });

  for (const ext of ['txt', 'md']) {
    it(`checks a 5 MB single-line .${ext} file with every range in bounds`, () => {
      const unit = '各地区各部门要认真贯彻落实，笔者认为要抓好安全生产,确保不出问题。';
      const text = unit.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(unit)));
      const file = write(`huge.${ext}`, text);
      const r = runCli(['check', '--format', 'json', file]);
      noStack(r.stderr);
      assert.equal(r.status, 1);
      const findings = (JSON.parse(r.stdout) as JsonReport).files[0].findings;
      for (const f of findings) assert.ok(f.offset >= 0 && f.offset + f.length <= text.length && f.line === 1);
      assert.equal(findings.filter((f) => f.ruleId === 'author-pronoun').length, offsetsOf(text, '笔者').length);
    });
  }
});

describe('robustness: broken configuration', () => {
  const dir = tempDir();
  const write = (name: string, content: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };
  const rule = (id: string, extra: Record<string, unknown>) => ({ ...phraseRule(id, ['笔者']), ...extra });
  const pack = (name: string, rules: unknown[]) => write(name, JSON.stringify({ name, rules }));

  /** The checker must build, say what was wrong, and still check with the built-in rules. */
  function checksWithDefaults(settings: unknown, expectProblem: RegExp): void {
    const { checker: c, problems } = createChecker(settings, segmenter());
    const messages = problems.map((p) => `${p.zh} | ${p.en}`).join('\n');
    assert.match(messages, expectProblem);
    for (const p of problems) assert.ok(p.zh && p.en, 'problems are given in Chinese and English');
    const text = '笔者认为，这项工作必须抓紧。';
    const result = c.check(text, 'plaintext');
    assertInBounds(text, result);
    assert.ok(result.findings.some((f) => f.ruleId === 'author-pronoun'), 'built-in rules still run');
  }

  const cases: [string, () => unknown, RegExp][] = [
    ['settings that are not an object', () => '笔者', /对象|object/],
    ['wrong types everywhere', () => ({ rules: [], categories: 'off', allowWords: 5, speakingRate: -1, rulePacks: 7, locale: 3 }), /^(?=[\s\S]*rules )(?=[\s\S]*categories)(?=[\s\S]*allowWords)(?=[\s\S]*speakingRate)(?=[\s\S]*rulePacks)/],
    ['unknown rule ids and categories', () => ({ rules: { 'no-such-rule': 'off' }, categories: { 'no-such-category': 'off' } }), /no-such-rule[\s\S]*no-such-category/],
    ['invalid levels', () => ({ rules: { 'author-pronoun': 'loud' }, categories: { opinion: 3 } }), /loud[\s\S]*opinion/],
    ['a missing rule-pack file', () => ({ rulePacks: [path.join(dir, 'missing.json')] }), /missing\.json/],
    ['a rule pack that is not JSON', () => ({ rulePacks: [write('notjson.json', '{ rules: [')] }), /notjson\.json/],
    ['a rule pack with a bad regex', () => ({ rulePacks: [pack('badregex.json', [rule('t-regex', { match: { regex: '(笔者' } })])] }), /badregex\.json/],
    ['a rule pack naming an unknown code rule', () => ({ rulePacks: [pack('badcode.json', [rule('t-code', { match: { code: 'noSuchRule' } })])] }), /badcode\.json/],
    ['a rule pack naming an unknown document rule', () => ({ rulePacks: [pack('baddoc.json', [rule('t-doc', { match: { document: 'noSuchRule' } })])] }), /baddoc\.json/],
    ['a rule pack whose fix is not text', () => ({ rulePacks: [pack('badfix.json', [rule('t-fix', { fix: { replace: 5 } })])] }), /badfix\.json/],
    ['a rule pack whose examples are not text', () => ({ rulePacks: [pack('badex.json', [rule('t-ex', { examples: { bad: [5], good: [] } })])] }), /badex\.json/],
    ['a rule pack whose sequence words are not a list', () => ({ rulePacks: [pack('badseq.json', [rule('t-seq', { match: { sequence: [{ words: '笔者' }] } })])] }), /badseq\.json/],
    ['a missing user dictionary', () => ({ userDictionary: path.join(dir, 'missing.dict.utf8') }), /missing\.dict\.utf8/],
  ];
  for (const [name, settings, problem] of cases) {
    it(`reports ${name} and checks with the defaults`, () => checksWithDefaults(settings(), problem));
  }

  it('lists rules in the CLI even with a broken rule pack', () => {
    const config = write('cli-config.json', JSON.stringify({ rulePacks: [pack('badex2.json', [rule('t-ex2', { examples: { bad: [5], good: [] } })])] }));
    const r = runCli(['rules', '--config', config]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /badex2\.json/);
  });
});
