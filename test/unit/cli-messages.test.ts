import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, tempDir, fileWriter } from './support/project';

// What a newcomer met on a first try: usage mistakes in the user's language, a normal situation
// never called an internal error, and no count that suggests a file was checked when none was.
describe('cli: messages a user meets on a first try', function () {
  this.timeout(60000);
  const dir = tempDir();
  const write = fileWriter(dir);

  it('names an unknown or missing command in Chinese, and in English with --locale en', () => {
    const zh = runCli(['frobnicate']);
    assert.equal(zh.status, 2);
    assert.equal(zh.stderr, 'speech-draft: 没有“frobnicate”这个命令\n用法见 speech-draft --help\n');
    const en = runCli(['frobnicate', '--locale', 'en']);
    assert.equal(en.stderr, 'speech-draft: unknown command "frobnicate"\nsee speech-draft --help\n');
    assert.match(runCli([]).stderr, /缺少命令（check、fix/);
    assert.match(runCli(['check', '--format', 'xml', 'a.md']).stderr, /--format xml：可用 text、json/);
  });

  it('exporting over an existing .docx is a usage message with the way out, not an internal error', () => {
    const draft = write('again.md', '# 标题\n\n正文。\n');
    assert.equal(runCli(['export', draft]).status, 0);
    const again = runCli(['export', draft]);
    assert.equal(again.status, 2);
    assert.doesNotMatch(again.stderr, /internal error/);
    assert.match(again.stderr, /again\.docx 已存在；用 -o 指定输出文件或加 --force 覆盖/);
  });

  it('export says when error-level findings are left in the draft, and still exports it', () => {
    const left = runCli(['export', write('left.md', '# 讲话\n\n全市新增就业【待补充数据】万人。\n')]);
    assert.equal(left.status, 0);
    assert.ok(fs.existsSync(path.join(dir, 'left.docx')));
    assert.match(left.stderr, /left\.md: 稿中仍有 1 处错误级问题（如占位符、起草批注），交给领导前请先处理/);
    const clean = runCli(['export', write('clean.md', '# 讲话\n\n同志们：\n\n我们要抓好落实。\n')]);
    assert.equal(clean.status, 0);
    assert.equal(clean.stderr, '');
  });

  it('prints no “共 0 个文件” when every file failed, only the line naming each', () => {
    const missing = path.join(dir, 'nosuch.md');
    const r = runCli(['check', missing]);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `speech-draft: ${missing}: 文件不存在\n`);
  });

  it('a problem in a --config file names the file, as one in a project file does', () => {
    const config = write('team.json', JSON.stringify({ speakingRate: 'fast' }));
    const r = runCli(['check', '--config', config, write('ok.md', '我们要抓好落实。\n')]);
    assert.equal(r.status, 0);
    assert.equal(r.stderr, `speech-draft: ${config}：speakingRate 应为 60～400 之间的数字（字/分钟），已用默认值 180。\n`);
  });

  it('fix on a Word document says it does not rewrite it, with no summary of nothing fixed', () => {
    const r = runCli(['fix', write('speech.docx', 'not really a docx')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /fix 不修改 Word 文稿/);
    assert.doesNotMatch(r.stdout + r.stderr, /余下 0 处/);
  });
});
