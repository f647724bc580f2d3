import * as assert from 'node:assert/strict';
import { AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, FootnoteReferenceRun, HeadingLevel, LevelFormat, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { zipSync, strToU8 } from 'fflate';
import { readDocx, docxToMarkdown, paragraphAt, findingContext, omissionNotes, DocxError, type DocxErrorCode, type DocxText } from '../../src/formats';
import { formatNumber } from '../../src/formats/docx/numbering';
import { buildCfb, buildDocx, editPart, lyingZip, paragraphsWith, runWith, toDelText, withoutPart, withPart, wrap, W } from './support/docxFixtures';

const lines = (d: DocxText) => d.paragraphs.map((p) => d.text.slice(p.start, p.end));

function rejects(bytes: Uint8Array, code: DocxErrorCode, fileName?: string): DocxError {
  try {
    readDocx(bytes, { fileName });
  } catch (e) {
    assert.ok(e instanceof DocxError, `not a DocxError: ${(e as Error).stack}`);
    assert.equal(e.code, code, e.message);
    assert.doesNotMatch(e.text.zh, /\n/);
    return e;
  }
  assert.fail(`read without error; expected ${code}`);
}

describe('docx reader', function () {
  this.timeout(30_000);

  it('gives the text one paragraph a line, with offsets, style names and heading levels', async () => {
    const docx = await buildDocx([
      new Paragraph({ heading: HeadingLevel.TITLE, text: '在全市安全生产工作会议上的讲话' }),
      new Paragraph({ text: '同志们：' }),
      new Paragraph({ text: '' }),
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: '一、压实责任' }),
      new Paragraph({ children: [new TextRun('笔者认为，'), new TextRun({ text: '这项工作', bold: true }), new TextRun('必须抓紧。')] }),
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: '（一）排查隐患' }),
    ]);
    const d = readDocx(docx);
    assert.equal(d.text, '在全市安全生产工作会议上的讲话\n同志们：\n一、压实责任\n笔者认为，这项工作必须抓紧。\n（一）排查隐患');
    assert.deepEqual(d.paragraphs.map((p) => [p.index, p.headingLevel, p.style]), [[1, 0, 'Title'], [2, undefined, 'Normal'], [3, 1, 'Heading 1'], [4, undefined, 'Normal'], [5, 2, 'Heading 2']]);
    for (const p of d.paragraphs) assert.equal(d.text.split('\n')[p.index - 1], d.text.slice(p.start, p.end));
    assert.equal(paragraphAt(d, d.text.indexOf('笔者'))!.index, 4);
    const c = findingContext(d, { start: d.text.indexOf('这项工作'), end: d.text.indexOf('这项工作') + 4 }, 3)!;
    assert.deepEqual([c.before, c.text, c.after], ['…认为，', '这项工作', '必须抓…']);
    assert.equal(omissionNotes(d.omitted), undefined);
  });

  it('reads table cells in order with their table, row and cell', async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const docx = await buildDocx([
      new Paragraph('前言。'),
      new Table({ rows: [new TableRow({ children: [cell('项目'), cell('责任单位')] }), new TableRow({ children: [cell('隐患排查'), cell('应急局')] })] }),
      new Paragraph('结语。'),
    ]);
    const d = readDocx(docx);
    assert.deepEqual(lines(d), ['前言。', '项目', '责任单位', '隐患排查', '应急局', '结语。']);
    assert.deepEqual(d.paragraphs[4].table, { index: 1, row: 2, cell: 2 });
    assert.equal(d.paragraphs[5].table, undefined);
    assert.match(docxToMarkdown(d), /\| 项目 \| 责任单位 \|\n\| --- \| --- \|\n\| 隐患排查 \| 应急局 \|/);
  });

  it('keeps tracked insertions, drops tracked deletions and comments (edited at XML level), and says so', async () => {
    const built = await buildDocx(
      [
        new Paragraph({ children: [new TextRun('这项工作'), new TextRun('好像'), new TextRun('必须'), new TextRun('抓紧。')] }),
        new Paragraph({ children: [new CommentRangeStart(0), new TextRun('我们要压实责任。'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
        new Paragraph({ children: [new TextRun('删去的一段。')] }),
        new Paragraph({ children: [new TextRun('末段。')] }),
      ],
      { comments: { children: [{ id: 0, author: '处长', children: [new Paragraph('笔者认为此处要改')] }] } },
    );
    const docx = editPart(built, 'word/document.xml', (doc) => {
      const del = wrap(runWith(doc, '好像'), 'del', 1);
      toDelText(del);
      wrap(runWith(doc, '必须'), 'ins', 2);
      // A whole paragraph deleted: its runs and its paragraph mark.
      const [p] = paragraphsWith(doc, '删去的一段');
      toDelText(wrap(runWith(doc, '删去的一段。'), 'del', 3));
      const pPr = doc.createElementNS(W, 'w:pPr');
      const rPr = doc.createElementNS(W, 'w:rPr');
      const mark = doc.createElementNS(W, 'w:del');
      mark.setAttributeNS(W, 'w:id', '4');
      rPr.appendChild(mark);
      pPr.appendChild(rPr);
      p.insertBefore(pPr, p.firstChild);
    });
    const d = readDocx(docx);
    assert.deepEqual(lines(d), ['这项工作必须抓紧。', '我们要压实责任。', '末段。']);
    assert.doesNotMatch(d.text, /笔者|好像|删去/);
    assert.equal(d.omitted.comments, 1);
    assert.equal(d.omitted.deletions, 2);
    assert.equal(d.omitted.insertions, 1);
    const note = omissionNotes(d.omitted)!;
    assert.equal(note.zh, '未检查：批注 1 条、修订删除 2 处；修订插入 1 处已按接受处理');
    assert.match(note.en, /1 comment\(s\), 2 tracked deletion\(s\); 1 tracked insertion\(s\) read as accepted/);
  });

  it('joins a line break inside a paragraph (a two-line title) without a space between Chinese characters', async () => {
    const docx = await buildDocx([
      new Paragraph({ children: [new TextRun('在全市安全生产工作会议上的'), new TextRun({ text: '讲话', break: 1 })] }),
      new Paragraph({ children: [new TextRun('Speech'), new TextRun({ text: 'Assistant', break: 1 }), new TextRun({ text: '\t制表' })] }),
    ]);
    assert.deepEqual(lines(readDocx(docx)), ['在全市安全生产工作会议上的讲话', 'Speech Assistant\t制表']);
  });

  it('leaves out hidden text, footnotes and text boxes and counts them', async () => {
    const built = await buildDocx(
      [new Paragraph({ children: [new TextRun('正文'), new TextRun({ text: '隐藏', vanish: true }), new FootnoteReferenceRun(1), new TextRun('。')] })],
      { footnotes: { 1: { children: [new Paragraph('脚注里的话')] } } },
    );
    const docx = editPart(built, 'word/document.xml', (doc) => {
      const [p] = paragraphsWith(doc, '正文');
      const r = doc.createElementNS(W, 'w:r');
      const pict = doc.createElementNS(W, 'w:pict');
      const box = doc.createElementNS(W, 'w:txbxContent');
      const bp = doc.createElementNS(W, 'w:p');
      const br = doc.createElementNS(W, 'w:r');
      const bt = doc.createElementNS(W, 'w:t');
      bt.appendChild(doc.createTextNode('文本框里的话'));
      br.appendChild(bt);
      bp.appendChild(br);
      box.appendChild(bp);
      pict.appendChild(box);
      r.appendChild(pict);
      p.appendChild(r);
    });
    const d = readDocx(docx);
    assert.deepEqual(lines(d), ['正文。']);
    assert.deepEqual([d.omitted.hiddenRuns, d.omitted.footnotes, d.omitted.textBoxes], [1, 1, 1]);
    assert.match(omissionNotes(d.omitted)!.zh, /文本框 1 个、脚注 1 条/);
  });

  it('rebuilds automatic numbers (一、 （一） 1.) as the printed page shows them', async () => {
    const docx = await buildDocx(
      [
        new Paragraph({ text: '压实责任', numbering: { reference: 'outline', level: 0 } }),
        new Paragraph({ text: '排查隐患', numbering: { reference: 'outline', level: 1 } }),
        new Paragraph({ text: '整改到位', numbering: { reference: 'outline', level: 1 } }),
        new Paragraph({ text: '细化分工', numbering: { reference: 'outline', level: 2 } }),
        new Paragraph({ text: '加强值守', numbering: { reference: 'outline', level: 0 } }),
        new Paragraph({ text: '要点', numbering: { reference: 'bullets', level: 0 } }),
      ],
      {
        numbering: {
          config: [
            { reference: 'outline', levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', suffix: 'nothing' as never },
              { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
              { level: 2, format: LevelFormat.DECIMAL, text: '%3.' },
            ] },
            { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•' }] },
          ],
        },
      },
    );
    const d = readDocx(docx);
    assert.deepEqual(lines(d), ['一、压实责任', '（一）排查隐患', '（二）整改到位', '1. 细化分工', '二、加强值守', '要点']);
    assert.equal(d.paragraphs[0].label, '一、');
    assert.deepEqual([10, 12, 20, 105, 110].map((n) => formatNumber(n, 'chineseCounting')), ['十', '十二', '二十', '一百零五', '一百一十']);
    assert.equal(formatNumber(3, 'decimalEnclosedCircle'), '③');
  });

  it('infers the title and headings of a document typed without styles (centred first line, 一、, （一）)', async () => {
    const docx = await buildDocx([
      new Paragraph({ text: '在全市安全生产工作会议上的讲话', alignment: AlignmentType.CENTER }),
      new Paragraph('同志们：'),
      new Paragraph('一、要压实安全生产责任'),
      new Paragraph('一、关于安全生产。今年以来，全市形势平稳。'),
      new Paragraph('（一）开展隐患排查'),
    ]);
    const d = readDocx(docx);
    assert.deepEqual(d.paragraphs.map((p) => p.headingLevel), [0, undefined, 1, undefined, 2]);
    assert.ok(d.paragraphs[0].headingInferred);
    assert.equal(docxToMarkdown(d), '# 在全市安全生产工作会议上的讲话\n\n同志们：\n\n## 一、要压实安全生产责任\n\n一、关于安全生产。今年以来，全市形势平稳。\n\n### （一）开展隐患排查\n');
  });

  it('escapes Markdown in the converted draft so the text stays text', async () => {
    const d = readDocx(await buildDocx([new Paragraph('# 不是标题'), new Paragraph('1. 不是列表'), new Paragraph('*强调*与<标签>')]));
    assert.equal(docxToMarkdown(d), '\\# 不是标题\n\n\\1. 不是列表\n\n\\*强调\\*与\\<标签>\n');
  });

  it('reports a words-bearing header but not a bare page number', async () => {
    const { Document, Packer, Footer, Header, PageNumber } = await import('docx');
    const make = async (header: string) => new Uint8Array(await Packer.toBuffer(new Document({ sections: [{
      headers: { default: new Header({ children: [new Paragraph(header)] }) },
      footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })] }) },
      children: [new Paragraph('正文。')],
    }] })));
    assert.equal(readDocx(await make('')).omitted.headerFooterText, false);
    assert.equal(readDocx(await make('内部资料 注意保密')).omitted.headerFooterText, true);
  });

  it('a damaged file never throws anything but a DocxError (random byte flips and cuts, seeded)', async () => {
    const good = await buildDocx([new Paragraph({ heading: HeadingLevel.TITLE, text: '标题' }), new Paragraph('同志们：'), new Paragraph('我们要压实责任。'.repeat(50))]);
    let seed = 20241201;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let read = 0;
    for (let i = 0; i < 300; i++) {
      const bytes = good.slice(0, i % 3 === 0 ? Math.floor(random() * good.length) : good.length);
      for (let k = 0; k < 1 + (i % 5); k++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      try {
        const d = readDocx(bytes);
        assert.equal(typeof d.text, 'string');
        read++;
      } catch (e) {
        assert.ok(e instanceof DocxError, `flip ${i}: ${(e as Error).stack}`);
      }
    }
    assert.ok(read > 0, 'some flips land where they do no harm');
  });

  describe('files that are not a readable .docx get a one-line reason', () => {
    it('a Word 97-2003 .doc (OLE container with a WordDocument stream), also when named .docx', () => {
      const doc = buildCfb(['WordDocument', '1Table', '\u0005SummaryInformation']);
      rejects(doc, 'doc', 'draft.doc');
      assert.match(rejects(doc, 'doc', 'draft.docx').text.zh, /另存为/);
    });

    it('a .wps from WPS Office', () => {
      rejects(buildCfb(['WordDocument']), 'wps', 'draft.wps');
    });

    it('a password-protected .docx (encrypted package in an OLE container)', () => {
      const e = rejects(buildCfb(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']), 'encrypted', 'draft.docx');
      assert.match(e.text.zh, /密码/);
    });

    it('an RTF file, an empty file, random bytes', () => {
      rejects(strToU8('{\\rtf1\\ansi 同志们}'), 'rtf', 'draft.docx');
      rejects(new Uint8Array(0), 'not-zip', 'draft.docx');
      rejects(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 'not-zip', 'draft.docx');
    });

    it('a truncated .docx, a ZIP with no Word body, broken XML, an XML DOCTYPE', async () => {
      const good = await buildDocx([new Paragraph('正文。')]);
      rejects(good.subarray(0, Math.floor(good.length / 2)), 'corrupt');
      rejects(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }), 'not-word');
      rejects(withoutPart(good, 'word/document.xml'), 'not-word');
      rejects(withPart(good, 'word/document.xml', '<w:document xmlns:w="' + W + '"><w:body><w:p>'), 'corrupt');
      rejects(withPart(good, 'word/document.xml', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document xmlns:w="' + W + '"><w:body/></w:document>'), 'corrupt');
    });

    it('a zip bomb whose header lies about the size stops at once', () => {
      const started = Date.now();
      rejects(lyingZip(64), 'too-large');
      assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    });

    it('parts past the size caps are refused (per part and in total)', async () => {
      const good = await buildDocx([new Paragraph('正文。'.repeat(2000))]);
      assert.throws(() => readDocx(good, { limits: { maxFileBytes: 1e8, maxEntryBytes: 1000, maxTotalBytes: 1e8, maxEntries: 100 } }), (e: DocxError) => e.code === 'too-large');
      assert.throws(() => readDocx(good, { limits: { maxFileBytes: 1e8, maxEntryBytes: 1e8, maxTotalBytes: 5000, maxEntries: 100 } }), (e: DocxError) => e.code === 'too-large');
      assert.throws(() => readDocx(good, { limits: { maxFileBytes: 100, maxEntryBytes: 1e8, maxTotalBytes: 1e8, maxEntries: 100 } }), (e: DocxError) => e.code === 'too-large');
      assert.throws(() => readDocx(good, { limits: { maxFileBytes: 1e8, maxEntryBytes: 1e8, maxTotalBytes: 1e8, maxEntries: 3 } }), (e: DocxError) => e.code === 'too-large');
    });
  });
});
