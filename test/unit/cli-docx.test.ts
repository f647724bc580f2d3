import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CommentRangeEnd, CommentRangeStart, CommentReference, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { CATEGORIES } from '../../src/core';
import { readDocx } from '../../src/formats';
import { runCli, tempDir, fileWriter, phraseRule, type JsonReport } from './support/project';
import { buildCfb, buildDocx, editPart, lyingZip, runWith, toDelText, wrap, partXml, W } from './support/docxFixtures';

type DocxFinding = JsonReport['files'][number]['findings'][number] & { paragraph: number; context: { before: string; text: string; after: string }; table?: { index: number; row: number; cell: number }; headingLevel?: number };

// The CLI on Word documents, as a user runs it: `speech-draft check draft.docx`, `speech-draft export`.
describe('cli: Word documents', function () {
  this.timeout(60_000);
  const dir = tempDir();
  const write = fileWriter(dir);
  const writeBytes = (name: string, bytes: Uint8Array) => write(name, Buffer.from(bytes));
  const pack = write('pack.json', JSON.stringify({ name: 'test', rules: [
    phraseRule('test-bizhe', ['笔者'], { fix: { replace: '我们' } }),
    phraseRule('test-haoxiang', ['好像'], { category: 'hedge', severity: 'warning' }),
  ] }));
  const config = write('config.json', JSON.stringify({
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, 'off'])),
    rules: { 'test-bizhe': 'error', 'test-haoxiang': 'warning' },
    rulePacks: [pack],
  }));
  let draft = '';
  let clean = '';
  const md = write('draft.md', '前文，笔者认为。\n');

  before(async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const built = await buildDocx(
      [
        new Paragraph({ heading: HeadingLevel.TITLE, text: '在全市安全生产工作会议上的讲话' }),
        new Paragraph('同志们：'),
        new Paragraph({ children: [new TextRun('今年以来，'), new TextRun('笔者'), new TextRun('认为形势'), new TextRun('好像'), new TextRun('总体平稳。')] }),
        new Table({ rows: [new TableRow({ children: [cell('责任单位'), cell('笔者所在处室')] })] }),
        new Paragraph({ children: [new CommentRangeStart(0), new TextRun('我们要压实责任。'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
      ],
      { comments: { children: [{ id: 0, author: '处长', children: [new Paragraph('笔者认为此处要改')] }] } },
    );
    // 好像 is a tracked deletion: it is not in the accepted text, so it draws no finding.
    draft = writeBytes('draft.docx', editPart(built, 'word/document.xml', (doc) => {
      toDelText(wrap(runWith(doc, '好像'), 'del', 1));
      wrap(runWith(doc, '认为形势'), 'ins', 2);
    }));
    clean = writeBytes('clean.docx', await buildDocx([new Paragraph('同志们：'), new Paragraph('现在，我代表市政府向大会报告工作。')]));
  });

  const json = (args: string[]) => {
    const r = runCli(['check', '--format', 'json', '--config', config, ...args]);
    return { ...r, report: JSON.parse(r.stdout) as JsonReport };
  };

  it('json: the documented shape plus paragraph and context; offsets and lines refer to the extracted text', () => {
    const { report, status, stderr } = json([draft, md]);
    assert.equal(status, 1);
    const [file, mdFile] = report.files;
    assert.deepEqual(Object.keys(file), ['path', 'findings', 'format', 'paragraphs', 'omitted']);
    assert.deepEqual(Object.keys(mdFile), ['path', 'findings'], 'a text file keeps the old shape');
    assert.equal((file as unknown as { format: string }).format, 'docx');
    const findings = file.findings as DocxFinding[];
    assert.deepEqual(findings.map((f) => [f.ruleId, f.paragraph, f.line, f.context.text]), [['test-bizhe', 3, 3, '笔者'], ['test-bizhe', 5, 5, '笔者']]);
    for (const f of findings) assert.deepEqual(Object.keys(f).slice(0, 9), ['ruleId', 'category', 'severity', 'message', 'offset', 'length', 'line', 'column', 'fixes']);
    const text = readDocx(new Uint8Array(fs.readFileSync(draft))).text;
    for (const f of findings) {
      assert.equal(text.slice(f.offset, f.offset + f.length), '笔者');
      assert.equal(text.split('\n')[f.line - 1].slice(f.column - 1, f.column - 1 + f.length), '笔者');
    }
    assert.deepEqual(findings[0].context, { before: '今年以来，', text: '笔者', after: '认为形势总体平稳。' });
    assert.deepEqual(findings[1].table, { index: 1, row: 1, cell: 2 });
    assert.match(stderr, /^speech-draft: .*draft\.docx: 未检查：批注 1 条、修订删除 1 处；修订插入 1 处已按接受处理\n$/);
  });

  it('text: path:line:column as before, then the paragraph and a quote of the context', () => {
    const r = runCli(['check', '--config', config, draft]);
    const out = r.stdout.split('\n');
    assert.equal(out[0], draft);
    assert.equal(out[1], `${draft}:3:6 error test-bizhe 测试规则 test-bizhe`);
    assert.equal(out[2], '    第 3 段：今年以来，「笔者」认为形势总体平稳。');
    assert.equal(out[4], '    第 5 段（表 1 第 1 行第 2 格）：「笔者」所在处室');
    assert.match(r.stdout, /共 1 个文件，2 处问题（其中错误 2 处）/);
    const en = runCli(['check', '--locale', 'en', '--config', config, draft]);
    assert.match(en.stdout, /paragraph 5 \(table 1, row 1, cell 2\): 「笔者」所在处室/);
  });

  it('sarif: the region names the paragraph and quotes it; no fixes are offered into a binary file', () => {
    const log = JSON.parse(runCli(['check', '--format', 'sarif', '--config', config, draft]).stdout);
    const [res] = log.runs[0].results;
    const region = res.locations[0].physicalLocation.region;
    assert.ok(res.locations[0].physicalLocation.artifactLocation.uri.endsWith('draft.docx'));
    assert.equal(region.message.text, '第 3 段');
    assert.equal(region.snippet.text, '今年以来，「笔者」认为形势总体平稳。');
    assert.equal(region.properties.paragraph, 3);
    assert.deepEqual([region.startLine, region.startColumn, region.charLength], [3, 6, 2]);
    assert.equal(res.fixes, undefined);
  });

  it('a clean .docx exits 0 with no notice', () => {
    const r = runCli(['check', '--config', config, clean]);
    assert.equal(r.status, 0);
    assert.equal(r.stderr, '');
  });

  const bad: [string, () => string, RegExp][] = [
    ['a .doc', () => writeBytes('old.doc', buildCfb(['WordDocument', '1Table'])), /Word 97-2003/],
    ['a .wps', () => writeBytes('old.wps', buildCfb(['WordDocument'])), /WPS/],
    ['a password-protected .docx', () => writeBytes('secret.docx', buildCfb(['EncryptionInfo', 'EncryptedPackage'])), /密码/],
    ['a damaged .docx', () => write('broken.docx', fs.readFileSync(clean).subarray(0, 400)), /损坏/],
    ['a .docx that is not a ZIP', () => write('fake.docx', '同志们：这不是 Word 文档。'), /ZIP/],
    ['a zip bomb', () => writeBytes('bomb.docx', lyingZip(64)), /压缩炸弹/],
    ['a missing .docx', () => path.join(dir, 'missing.docx'), /不存在/],
  ];
  for (const [name, make, why] of bad) {
    it(`${name}: one stderr line naming the file, no stack trace, exit 2, the other files still checked`, () => {
      const file = make();
      const r = json([file, md]);
      assert.equal(r.status, 2);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.ok(lines[0].startsWith(`speech-draft: ${file}: `), lines[0]);
      assert.match(lines[0], why);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
      assert.deepEqual(r.report.files.map((f) => f.path), [md]);
    });
  }

  describe('export', () => {
    const draftMd = write('speech.md', '---\n场合: 全市安全生产工作会议\n---\n\n# 在全市安全生产工作会议上的讲话\n\n同志们：\n\n## 一、压实责任\n\n我们要压实责任。\n');

    it('writes the .docx beside the draft, which reads back to the speech without the intent card', () => {
      const r = runCli(['export', draftMd]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^已导出 .*speech\.docx（4 段，正文 16 磅，意图卡未打印）。\n$/);
      const out = path.join(dir, 'speech.docx');
      assert.equal(readDocx(new Uint8Array(fs.readFileSync(out))).text, '在全市安全生产工作会议上的讲话\n同志们：\n一、压实责任\n我们要压实责任。');
      const again = runCli(['export', draftMd]);
      assert.equal(again.status, 2, 'an existing .docx is not overwritten without --force');
      assert.match(again.stderr, /已存在/);
      assert.equal(runCli(['export', '--force', draftMd]).status, 0);
    });

    it('-o names the output, --font-size and the config set the size, a bad size is a usage error', () => {
      const out = path.join(dir, 'large.docx');
      assert.equal(runCli(['export', '--font-size', '18', '-o', out, draftMd]).status, 0);
      const sz = (file: string) => partXml(new Uint8Array(fs.readFileSync(file)), 'word/styles.xml').getElementsByTagNameNS(W, 'docDefaults')[0].getElementsByTagNameNS(W, 'sz')[0].getAttributeNS(W, 'val');
      assert.equal(sz(out), '36');
      const cfg = write('export-config.json', JSON.stringify({ exportFontSize: 14 }));
      const small = path.join(dir, 'small.docx');
      assert.equal(runCli(['export', '--config', cfg, '-o', small, draftMd]).status, 0);
      assert.equal(sz(small), '28');
      for (const args of [['--font-size', '40'], ['--font-size', 'big'], ['-o', path.join(dir, 'x.pdf')], []]) {
        const r = runCli(['export', ...args, ...(args.length ? [draftMd] : [])]);
        assert.equal(r.status, 2, args.join(' '));
        assert.match(r.stderr, /^speech-draft: /);
        assert.doesNotMatch(r.stderr, /\n\s+at /);
      }
    });

    it('says a notes file (起草说明) is not exported yet, and exports the speech', () => {
      write('withnotes.md', '# 标题\n\n正文。\n');
      write('withnotes.起草说明.md', '依据：……\n');
      const r = runCli(['export', '-o', path.join(dir, 'withnotes.docx'), path.join(dir, 'withnotes.md')]);
      assert.equal(r.status, 0);
      assert.match(r.stderr, /withnotes\.起草说明\.md: 起草说明暂不导出/);
    });

    it('a missing draft: one line, exit 2', () => {
      const r = runCli(['export', path.join(dir, 'nope.md')]);
      assert.equal(r.status, 2);
      assert.match(r.stderr.trim(), /^speech-draft: .*nope\.md: 文件不存在$/);
    });
  });
});
