import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtInRules, CATEGORIES } from '../../src/core';
import { runCli, tempDir, fileWriter, phraseRule, type JsonReport } from './support/project';

// The CLI as a user runs it: `node bin/speech-draft.js …` in a real process with the real jieba.
describe('cli', function () {
  this.timeout(60_000);
  const dir = tempDir();
  const write = fileWriter(dir);

  // A config that switches the built-in rules off and adds two test rules, so outputs are exact.
  const pack = write('pack.json', JSON.stringify({ name: 'test', rules: [
    phraseRule('test-bizhe', ['笔者'], { fix: { replace: '我们' } }),
    phraseRule('test-haoxiang', ['好像'], { category: 'hedge', severity: 'warning', fix: { delete: true } }),
  ] }));
  const config = write('config.json', JSON.stringify({
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, 'off'])),
    rules: { 'test-bizhe': 'error', 'test-haoxiang': 'warning' },
    rulePacks: [pack],
  }));
  const draft = write('draft.md', '# 标题𠮷\r\n\r\n👍🏽前文，笔者认为\r\n\r\n- 好像𩸽不对，笔者说\r\n');
  const clean = write('clean.txt', '同志们：\n现在，我代表市政府向大会报告工作。\n');
  const warnOnly = write('warn.txt', '这件事好像办完了。\n');

  const json = (args: string[]) => {
    const r = runCli(['check', '--format', 'json', '--config', config, ...args]);
    return { ...r, report: JSON.parse(r.stdout) as JsonReport };
  };

  describe('json', () => {
    it('has exactly the documented shape', () => {
      const { report } = json([draft]);
      assert.deepEqual(Object.keys(report), ['version', 'files']);
      assert.equal(report.version, 1);
      assert.deepEqual(Object.keys(report.files[0]), ['path', 'findings']);
      assert.ok(report.files[0].findings.length > 0);
      for (const f of report.files[0].findings) {
        assert.deepEqual(Object.keys(f), ['ruleId', 'category', 'severity', 'message', 'offset', 'length', 'line', 'column', 'fixes', 'related']);
        for (const x of f.fixes) assert.deepEqual(Object.keys(x), ['title', 'replacement', 'safe']);
        for (const x of f.related) assert.deepEqual(Object.keys(x), ['message', 'offset', 'length', 'line', 'column']);
      }
    });

    it('gives UTF-16 offsets from the start of the file and 1-based line/column (CRLF, astral, emoji)', () => {
      const text = fs.readFileSync(draft, 'utf8');
      const { report } = json([draft]);
      const findings = report.files[0].findings;
      assert.deepEqual(findings.map((f) => [f.ruleId, text.slice(f.offset, f.offset + f.length)]), [
        ['test-bizhe', '笔者'], ['test-haoxiang', '好像'], ['test-bizhe', '笔者'],
      ]);
      const lines = text.split('\r\n');
      for (const f of findings) assert.equal(lines[f.line - 1].slice(f.column - 1, f.column - 1 + f.length), text.slice(f.offset, f.offset + f.length));
      assert.deepEqual(findings[0].fixes, [{ title: '改为“我们”', replacement: '我们', safe: false }]);
      assert.deepEqual(findings[1].fixes.map((x) => x.replacement), ['']);
    });

    it('counts offsets after a UTF-8 byte order mark as the editor does (the mark is not text)', () => {
      const bom = write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('前文，笔者', 'utf8')]));
      const [f] = json([bom]).report.files[0].findings;
      assert.deepEqual([f.offset, f.line, f.column], [3, 1, 4]);
    });
  });

  describe('text', () => {
    it('prints path:line:column severity ruleId message, grouped per file, with a count', () => {
      const r = runCli(['check', '--config', config, draft, warnOnly]);
      const out = r.stdout.trim().split('\n');
      assert.equal(out[0], draft);
      assert.match(out[1], new RegExp(`^${escape(draft)}:3:8 error test-bizhe 测试规则 test-bizhe$`));
      assert.ok(out.includes(warnOnly));
      assert.match(out[out.length - 1], /共 2 个文件，4 处问题（其中错误 2 处）/);
    });

    it('speaks English with --locale en', () => {
      const r = runCli(['check', '--locale', 'en', '--config', config, draft]);
      assert.match(r.stdout, /1 file\(s\), 3 finding\(s\) \(2 error\(s\)\)/);
      assert.match(r.stdout, /test rule test-bizhe/);
    });
  });

  describe('sarif', () => {
    it('is SARIF 2.1.0 with rules, results and regions that point at the findings', () => {
      const r = runCli(['check', '--format', 'sarif', '--config', config, draft]);
      const log = JSON.parse(r.stdout);
      const text = fs.readFileSync(draft, 'utf8');
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      assert.equal(log.runs.length, 1);
      const run = log.runs[0];
      assert.equal(run.tool.driver.name, 'speech-draft');
      assert.equal(run.columnKind, 'utf16CodeUnits');
      const ruleIds: string[] = run.tool.driver.rules.map((x: { id: string }) => x.id);
      assert.ok(ruleIds.includes('test-bizhe'));
      assert.equal(run.results.length, 3);
      for (const res of run.results) {
        assert.equal(ruleIds[res.ruleIndex], res.ruleId);
        assert.ok(['error', 'warning', 'note', 'none'].includes(res.level));
        assert.equal(typeof res.message.text, 'string');
        const loc = res.locations[0].physicalLocation;
        assert.ok(loc.artifactLocation.uri.endsWith('draft.md'));
        const g = loc.region;
        assert.equal(text.slice(g.charOffset, g.charOffset + g.charLength), res.ruleId === 'test-bizhe' ? '笔者' : '好像');
        assert.equal(g.startLine, g.endLine);
        assert.equal(g.endColumn - g.startColumn, g.charLength);
        for (const fix of res.fixes ?? []) {
          assert.deepEqual(fix.artifactChanges[0].replacements[0].deletedRegion, { charOffset: g.charOffset, charLength: g.charLength });
        }
      }
      assert.deepEqual(run.results.map((x: { level: string }) => x.level), ['error', 'warning', 'error']);
    });
  });

  describe('exit codes and input errors', () => {
    it('exits 0 without error-level findings, 1 with one', () => {
      assert.equal(runCli(['check', '--config', config, clean]).status, 0);
      assert.equal(runCli(['check', '--config', config, warnOnly]).status, 0);
      assert.equal(runCli(['check', '--config', config, draft]).status, 1);
    });

    it('exits 1 on the built-in rules for a drafter writing 笔者认为', () => {
      const r = runCli(['check', '--format', 'json', write('builtin.txt', '笔者认为，这项工作必须抓紧。\n')]);
      assert.equal(r.status, 1);
      assert.ok((JSON.parse(r.stdout) as JsonReport).files[0].findings.some((f) => f.severity === 'error'));
    });

    it('exits 2 on usage errors with a one-line message and no stack trace', () => {
      for (const args of [['check'], ['frobnicate'], [], ['check', '--format', 'xml', clean], ['check', '--bogus', clean]]) {
        const r = runCli(args);
        assert.equal(r.status, 2, `args ${args.join(' ')}`);
        assert.match(r.stderr, /^speech-draft: /);
        assert.doesNotMatch(r.stderr, /\n\s+at /);
      }
    });

    const badInputs: [string, () => string, RegExp][] = [
      ['a missing file', () => path.join(dir, 'missing.md'), /不存在/],
      ['a directory', () => dir, /目录/],
      ['a binary file (NUL bytes)', () => write('binary.txt', Buffer.from([0xe5, 0x90, 0x8c, 0x00, 0x01, 0x02])), /二进制/],
      ['invalid UTF-8 (GBK bytes of 笔者认为)', () => write('gbk.txt', Buffer.from([0xb1, 0xca, 0xd5, 0xdf, 0xc8, 0xcf, 0xce, 0xaa, 0x0a])), /UTF-8/],
    ];
    for (const [name, make, why] of badInputs) {
      it(`reports ${name} in one stderr line naming the file, exits 2 and still checks the other files`, () => {
        const bad = make();
        const r = json([draft, bad, clean]);
        assert.equal(r.status, 2);
        const lines = r.stderr.trim().split('\n');
        assert.equal(lines.length, 1, r.stderr);
        assert.ok(lines[0].startsWith(`speech-draft: ${bad}: `), lines[0]);
        assert.match(lines[0], why);
        assert.deepEqual(r.report.files.map((f) => f.path), [draft, clean]);
        assert.equal(r.report.files[0].findings.length, 3);
      });
    }

    it('reads stdin for "-"', () => {
      const r = runCli(['check', '--format', 'json', '--config', config, '-'], { input: '前文，笔者认为。\n' });
      const report = JSON.parse(r.stdout) as JsonReport;
      assert.equal(r.status, 1);
      assert.equal(report.files[0].path, '-');
      assert.deepEqual(report.files[0].findings.map((f) => [f.offset, f.length]), [[3, 2]]);
    });

    it('rejects binary stdin with a one-line message and exit 2', () => {
      const r = runCli(['check', '-'], { input: Buffer.from([0xb1, 0xca, 0x00]) });
      assert.equal(r.status, 2);
      assert.match(r.stderr.trim(), /^speech-draft: -: [^\n]+$/);
    });
  });

  describe('--config', () => {
    it('reports each broken value in a clear line and checks with the defaults', () => {
      const broken = write('broken.json', JSON.stringify({
        rules: { 'no-such-rule': 'error', 'author-pronoun': 'loud' },
        categories: 5,
        speakingRate: 'fast',
        allowWords: '笔者',
        rulePacks: [path.join(dir, 'missing-pack.json'), 42],
        userDictionary: path.join(dir, 'missing.dict.utf8'),
      }));
      const r = runCli(['check', '--format', 'json', '--config', broken, write('b.txt', '笔者认为，这项工作必须抓紧。\n')]);
      const problems = r.stderr.trim().split('\n');
      for (const mention of ['no-such-rule', 'loud', 'categories', 'speakingRate', 'allowWords', 'missing-pack.json', '42', 'missing.dict.utf8']) {
        assert.ok(problems.some((l) => l.startsWith('speech-draft: ') && l.includes(mention)), `no message mentions ${mention}:\n${r.stderr}`);
      }
      assert.doesNotMatch(r.stderr, /\n\s+at /);
      const findings = (JSON.parse(r.stdout) as JsonReport).files[0].findings;
      assert.ok(findings.some((f) => f.ruleId === 'author-pronoun' && f.severity === 'error'), 'defaults still apply');
      assert.equal(r.status, 1);
    });

    it('rejects a config file that is missing or not JSON, naming it, without a stack trace', () => {
      for (const file of [path.join(dir, 'nope.json'), write('notjson.json', '{ rules: ')]) {
        const r = runCli(['check', '--config', file, clean]);
        assert.equal(r.status, 2);
        assert.ok(r.stderr.includes(file), r.stderr);
        assert.doesNotMatch(r.stderr, /\n\s+at /);
      }
    });
  });

  describe('rules', () => {
    it('lists every rule, the intent-card checks included, with its category, severity and an example', () => {
      const r = runCli(['rules', '--format', 'json']);
      assert.equal(r.status, 0);
      const listed = JSON.parse(r.stdout) as { id: string; category: string; severity: string; example: string; brief: string[] }[];
      const specs = builtInRules();
      assert.ok(listed.some((x) => x.id === 'speaker-third-person'), 'the document rules are listed');
      const patterns = new Set(listed.flatMap((x) => x.brief).filter((id) => /^[A-H]\d$/.test(id)));
      assert.equal(patterns.size, 57, 'every drift pattern of the brief (A1–H8) has a rule');
      assert.deepEqual(listed.map((x) => x.id).sort(), specs.map((x) => x.id).sort());
      for (const x of listed) {
        const spec = specs.find((s) => s.id === x.id)!;
        assert.deepEqual([x.category, x.severity, x.example], [spec.category, spec.severity, spec.examples.bad[0]]);
      }
    });

    it('prints a readable table with a count', () => {
      const r = runCli(['rules']);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /author-pronoun\s+self-reference\s+error/);
      assert.match(r.stdout, /共 \d+ 条规则。\n$/);
    });
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
