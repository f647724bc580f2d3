import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runCli, tempDir, fileWriter } from './support/project';

// `speech-draft fix` as a user runs it (real process, real jieba): the same safe fixes as the
// editor's fix-all, written atomically.
describe('cli: fix', function () {
  this.timeout(120_000);
  const dir = tempDir();
  const write = fileWriter(dir);
  const draft = '我们 要 坚持,把２０２２年的工作布署好。。\n听说下一步可能要调整分管,我个人觉得他好像不太行.\n笔者认为要要抓紧.\n';
  const fixed = '我们要坚持，把2022年的工作部署好。\n听说下一步可能要调整分管,我个人觉得他好像不太行.\n笔者认为要抓紧。\n';

  it('fixes a draft in place with the safe fixes only, and exits 1 while an error-level finding is left', () => {
    const file = write('draft.txt', draft);
    const r = runCli(['fix', file]);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), fixed);
    assert.match(r.stdout, /draft\.txt：已修复 8 处/);
    assert.equal(r.stderr, '');
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file is left');
    const again = runCli(['fix', file]);
    assert.equal(fs.readFileSync(file, 'utf8'), fixed, 'a second run changes nothing');
    assert.match(again.stdout, /已修复 0 个文件 0 处/);
  });

  it('exits 0 when nothing error-level is left, and leaves a clean draft untouched', () => {
    const file = write('warn.txt', '全市经济平稳增长,就业形势总体稳定.\n');
    assert.equal(runCli(['fix', file]).status, 0);
    assert.equal(fs.readFileSync(file, 'utf8'), '全市经济平稳增长，就业形势总体稳定。\n');
    const clean = write('clean.txt', '同志们：\n现在，我代表市政府向大会报告工作。\n');
    const before = fs.statSync(clean).mtimeMs;
    assert.equal(runCli(['fix', clean]).status, 0);
    assert.equal(fs.statSync(clean).mtimeMs, before, 'not rewritten');
  });

  it('keeps a byte order mark, CRLF line ends, the full-width indent and Markdown', () => {
    const file = write('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# 标题\r\n\r\n　　**我们** 要坚持,`a,b` 不变.\r\n', 'utf8')]));
    runCli(['fix', file]);
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.subarray(3).toString('utf8'), '# 标题\r\n\r\n　　**我们** 要坚持，`a,b` 不变。\r\n');
  });

  it('--dry-run prints a unified diff that patch applies to give exactly what fix writes, and changes nothing', () => {
    const file = write('dry.txt', draft + '\n'.repeat(8) + '末尾一行,没有换行');
    const r = runCli(['fix', '--dry-run', file]);
    assert.equal(r.status, 1);
    assert.equal(fs.readFileSync(file, 'utf8'), draft + '\n'.repeat(8) + '末尾一行,没有换行', 'the draft is unchanged');
    assert.match(r.stdout, /^--- \S*dry\.txt\n\+\+\+ \S*dry\.txt\n@@ -1,6 \+1,6 @@\n-我们 要 坚持.*\n\+我们要坚持.*\n 听说/);
    assert.match(r.stdout, /\n@@ -9,4 \+9,4 @@\n \n \n \n-末尾一行,没有换行\n/, 'a second hunk past the context');
    assert.match(r.stdout, /\\ No newline at end of file\n$/);
    assert.match(r.stderr, /可修复 1 个文件/);
    const copy = write('patched.txt', fs.readFileSync(file));
    const patched = spawnSync('patch', ['-s', copy], { input: r.stdout, encoding: 'utf8' });
    assert.equal(patched.status, 0, patched.stderr + patched.stdout);
    runCli(['fix', file]);
    assert.equal(fs.readFileSync(copy, 'utf8'), fs.readFileSync(file, 'utf8'));
  });

  it('--stdin fixes standard input to standard output (Markdown with --stdin-filename)', () => {
    const r = runCli(['fix', '--stdin'], { input: '我们 要 坚持,好.\n' });
    assert.equal(r.stdout, '我们要坚持，好。\n');
    assert.equal(r.status, 0);
    const md = runCli(['fix', '--stdin', '--stdin-filename', 'x.md'], { input: '`a,b` 和 **我们** 要,好.\n' });
    assert.equal(md.stdout, '`a,b` 和 **我们** 要，好。\n');
    assert.equal(runCli(['fix', '--stdin', 'a.txt']).status, 2, '--stdin and files together are a usage error');
    assert.match(runCli(['fix', '-'], { input: '好,' }).stderr, /--stdin/, '"-" is not a file to write back');
  });

  it('an unreadable input gets one line naming it; the other files are still fixed; exit 2', () => {
    const good = write('good.txt', '好,');
    const r = runCli(['fix', path.join(dir, 'missing.txt'), good, write('doc.docx', 'PK')]);
    assert.equal(r.status, 2);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 2, r.stderr);
    assert.match(lines[0], /missing\.txt: 文件不存在/);
    assert.match(lines[1], /doc\.docx: fix 不修改 Word 文稿/);
    assert.equal(fs.readFileSync(good, 'utf8'), '好，');
  });

  it('the original is kept when the fixed text cannot be written', () => {
    const file = write('locked.txt', '好,');
    const temp = path.join(dir, '.locked.txt.speech-draft.tmp');
    fs.mkdirSync(temp);
    const r = runCli(['fix', file]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /locked\.txt: 临时文件 .* 已存在.*原文件未改动/);
    assert.equal(fs.readFileSync(file, 'utf8'), '好,');
    assert.ok(fs.statSync(temp).isDirectory(), 'what was there is left alone');
    fs.rmdirSync(temp);
  });

  it('a symbolic link keeps pointing at the fixed draft, whose permissions are kept', () => {
    const target = write('target.txt', '好,');
    fs.chmodSync(target, 0o640);
    const link = path.join(dir, 'link.txt');
    fs.symlinkSync(target, link);
    runCli(['fix', link]);
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal(fs.readFileSync(target, 'utf8'), '好，');
    assert.equal(fs.statSync(target).mode & 0o777, 0o640);
  });
});
