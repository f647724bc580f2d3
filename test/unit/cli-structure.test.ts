import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type * as sarif from 'sarif';
import { runCli, tempDir, fileWriter, type JsonReport } from './support/project';

// The speech as a whole at the command line: structure findings with their other place in every
// format, `outline` (parts, characters, minutes) and `notes`, and `check` leaving notes files alone.
describe('cli: structure, outline and drafting notes', function () {
  this.timeout(60_000);
  const dir = tempDir();
  const write = fileWriter(dir);
  const draft = write('讲话.md', [
    '# 在全市安全生产工作会议上的讲话', '', '同志们：', '', '下面，我讲三点意见。', '',
    '## 一、提高认识', '', '要认真学习《安全生产法，深刻领会精神实质。', '', '1. 安全是发展的前提。', '',
    '## 二、压实责任', '', '一是明确责任主体，二是细化责任清单，四是严格考核问责。', '',
    '## 三、排查隐患', '', '要全面排查隐患。', '', '## 四、应急管理', '', '要做好应急值守。', '',
  ].join('\n'));
  const notes = write('讲话.起草说明.md', '# 起草说明：讲话.md\n\n以下内容从讲话稿中移出。\n\n## 2025-01-15 · 第 9 行 · 一、提高认识\n\n> 我个人认为，这项工作应当交给应急局牵头。\n\n移出原因：个人观点（私货）\n');
  const STRUCTURE = ['announced-count', 'unpaired-mark', 'heading-level-skipped', 'sequence-numbering'];

  it('text: each structure finding names the other place and its line', () => {
    const r = runCli(['check', draft]);
    const lines = r.stdout.split('\n').filter((l) => STRUCTURE.some((id) => l.includes(` ${id} `)));
    assert.deepEqual(lines.map((l) => l.replace(`${draft}:`, '')), [
      '5:6 warning announced-count 前后不一致：这里说“三点意见”，下文讲了四点（第 7 行起，第四点在第 21 行）；应改成一致。',
      '9:6 warning unpaired-mark “《”没有配对的“》”：本段到第 9 行结束仍未闭合；请补上“》”或删去“《”。',
      '11:1 warning heading-level-skipped 层次跳级：“1.”直接排在第 7 行的“一、”之下，中间缺“（一）”一级（依次为一、（一）1.（1））。',
      '15:19 warning sequence-numbering 序号不连续：第 15 行是“二是”，此处跳到“四是”；按顺序应为“三是”。',
    ]);
  });

  it('json and sarif carry the other place with its offset, line and message; the renumbering fix replaces exactly its range', () => {
    const report = JSON.parse(runCli(['check', '--format', 'json', draft]).stdout) as JsonReport;
    const count = report.files[0].findings.find((f) => f.ruleId === 'announced-count')!;
    assert.deepEqual(count.related, [{ message: '第四点，超出所说的三点', offset: count.related[0].offset, length: 2, line: 21, column: 4 }]);
    const gap = report.files[0].findings.find((f) => f.ruleId === 'sequence-numbering')!;
    assert.deepEqual(gap.fixes, [{ title: '改为“三是”（按顺序编号）', replacement: '三是', safe: false }]);
    const log = JSON.parse(runCli(['check', '--format', 'sarif', draft]).stdout) as sarif.Log;
    const result = log.runs[0].results!.find((x) => x.ruleId === 'heading-level-skipped')!;
    assert.deepEqual(result.relatedLocations?.map((l) => [l.message?.text, l.physicalLocation?.region?.startLine, l.physicalLocation?.region?.startColumn]), [['上一级“一、”在这里', 7, 4]]);
  });

  it('outline: the parts with characters, minutes and lines, in text and json', () => {
    const text = runCli(['outline', draft]);
    assert.equal(text.status, 0);
    assert.deepEqual(text.stdout.split('\n').slice(0, 4), [
      `${draft}：共 110 字，按每分钟 180 字约需 0.6 分钟`,
      '  在全市安全生产工作会议上的讲话 · 110 字 · 0.6 分钟 · 第 1 行',
      '    （开头） · 26 字 · 0.1 分钟 · 第 1 行',
      '    一、提高认识 · 31 字 · 0.2 分钟 · 第 7 行',
    ]);
    const json = JSON.parse(runCli(['outline', '--format', 'json', '--config', write('rate.json', '{"speakingRate": 100}'), draft]).stdout);
    const [title] = json.files[0].parts;
    assert.deepEqual([json.version, json.files[0].characters, json.files[0].minutes, json.files[0].speakingRate], [1, 110, 1.1, 100]);
    assert.deepEqual(title.children.map((p: { title: string; line: number; characters: number; minutes: number }) => [p.title, p.line, p.characters, p.minutes]), [
      ['一、提高认识', 7, 31, 0.3], ['二、压实责任', 13, 29, 0.3], ['三、排查隐患', 17, 12, 0.1], ['四、应急管理', 21, 12, 0.1],
    ]);
  });

  it('outline: a missing file is one line on stderr naming it, exit 2, and the other files are still read', () => {
    const missing = path.join(dir, 'nope.md');
    const r = runCli(['outline', missing, draft]);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `speech-draft: ${missing}: 文件不存在\n`);
    assert.match(r.stdout, /一、提高认识/);
    assert.equal(runCli(['outline', '--format', 'xml', draft]).status, 2);
    assert.equal(runCli(['outline']).status, 2);
  });

  it('notes: the notes of a draft (or of a notes file itself), in text and json', () => {
    const text = runCli(['notes', draft]);
    assert.equal(text.status, 0);
    assert.equal(text.stdout, `${draft} 的起草说明（${notes}，共 1 条）：\n1. 2025-01-15 · 第 9 行 · 一、提高认识\n   我个人认为，这项工作应当交给应急局牵头。\n   移出原因：个人观点（私货）\n`);
    const json = JSON.parse(runCli(['notes', '--format', 'json', notes]).stdout);
    assert.deepEqual(json, { version: 1, files: [{ path: notes, notesFile: notes, notes: [{ date: '2025-01-15', line: 9, section: '一、提高认识', text: '我个人认为，这项工作应当交给应急局牵头。', reason: '个人观点（私货）' }] }] });
    const alone = write('另一篇.txt', '同志们：\n');
    assert.equal(runCli(['notes', alone]).stdout, `${alone}：还没有起草说明（${path.join(dir, '另一篇.起草说明.md')}）。\n`);
    const missing = runCli(['notes', path.join(dir, 'nope.md')]);
    assert.deepEqual([missing.status, missing.stderr], [2, `speech-draft: ${path.join(dir, 'nope.md')}: 文件不存在\n`]);
  });

  it('check leaves a notes file out (the drafter’s own words are not findings) and says so on stderr', () => {
    const r = runCli(['check', '--format', 'json', notes, draft]);
    assert.deepEqual((JSON.parse(r.stdout) as JsonReport).files.map((f) => f.path), [draft]);
    assert.equal(r.stderr, `speech-draft: ${notes}: 是起草说明文件，不作为讲话稿检查（speech-draft notes 可查看）\n`);
    const renamed = write('config-notes.json', JSON.stringify({ notesFile: '${fileBasenameNoExtension}-说明.md' }));
    const other = write('讲话-说明.md', '我个人认为要抓紧。\n');
    assert.deepEqual((JSON.parse(runCli(['check', '--format', 'json', '--config', renamed, other, notes]).stdout) as JsonReport).files.map((f) => f.path), [notes]);
  });
});
