import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Document as XmlDocument, Element } from '@xmldom/xmldom';
import { exportSpeechDocx, parseSpeech, readDocx, docxToMarkdown, speechText, bodyLineTwips, FONTS } from '../../src/formats';
import { partXml, parts, W } from './support/docxFixtures';
import { ROOT } from './support/project';

const SAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'draft-safety-meeting.md'), 'utf8');

const DRAFT = `---
场合: 全市安全生产工作会议
要点:
  - 压实安全生产责任
---

# 在全市安全生产工作会议上的讲话

（2024年12月1日）

同志们：

这次会议的主要任务是，部署岁末年初安全生产工作。
下面，我讲三点意见。

## 一、要压实安全生产责任

各级党委和政府要**坚持人民至上、生命至上**，把安全生产摆到重要位置。

### （一）开展隐患排查

1. 各区县要立即行动。
2. 市直部门要加强指导。

| 项目 | 责任单位 |
| --- | --- |
| 隐患排查 | 应急局 |

<!-- speech-draft-disable-next-line hedge -->
同志们，任务艰巨、使命光荣！
`;

const EXPECTED_TEXT = [
  '在全市安全生产工作会议上的讲话',
  '（2024年12月1日）',
  '同志们：',
  '这次会议的主要任务是，部署岁末年初安全生产工作。下面，我讲三点意见。',
  '一、要压实安全生产责任',
  '各级党委和政府要坚持人民至上、生命至上，把安全生产摆到重要位置。',
  '（一）开展隐患排查',
  '1.各区县要立即行动。',
  '2.市直部门要加强指导。',
  '项目',
  '责任单位',
  '隐患排查',
  '应急局',
  '同志们，任务艰巨、使命光荣！',
].join('\n');

const wEls = (doc: XmlDocument | Element, local: string) => [...doc.getElementsByTagNameNS(W, local)];
const wVal = (el: Element | undefined, attr = 'val') => el?.getAttributeNS(W, attr) ?? undefined;
const style = (styles: XmlDocument, id: string) => wEls(styles, 'style').find((s) => wVal(s, 'styleId') === id)!;
const child = (el: Element | undefined, local: string) => (el ? wEls(el, local)[0] : undefined);

describe('docx export', function () {
  this.timeout(30_000);

  it('round trip: export then import gives back the same text', async () => {
    const speech = parseSpeech(DRAFT);
    const docx = await exportSpeechDocx(speech);
    const back = readDocx(docx);
    assert.equal(speechText(speech), EXPECTED_TEXT);
    assert.equal(back.text, EXPECTED_TEXT);
    assert.deepEqual(back.paragraphs.slice(0, 7).map((p) => p.headingLevel), [0, undefined, undefined, undefined, 1, undefined, 2]);
  });

  it('round trip through Markdown: the .docx converted to a draft exports to the same text', async () => {
    for (const md of [DRAFT, SAMPLE]) {
      const first = readDocx(await exportSpeechDocx(parseSpeech(md)));
      const again = readDocx(await exportSpeechDocx(parseSpeech(docxToMarkdown(first))));
      assert.equal(again.text, first.text);
      assert.deepEqual(again.paragraphs.map((p) => p.headingLevel), first.paragraphs.map((p) => p.headingLevel));
    }
  });

  it('does not print the intent card, code or directives', async () => {
    const back = readDocx(await exportSpeechDocx(parseSpeech(SAMPLE)));
    assert.doesNotMatch(back.text, /场合|要点|讲话人|王建国（市委书记）|speech-draft/);
    assert.ok(back.text.startsWith('在全市安全生产工作会议上的讲话\n同志们：\n'));
  });

  it('sets GB/T 9704 page, fonts, sizes, line spacing and indents in the XML', async () => {
    const docx = await exportSpeechDocx(parseSpeech(DRAFT));
    const doc = partXml(docx, 'word/document.xml');
    const styles = partXml(docx, 'word/styles.xml');

    // A4 with margins 37 / 35 / 28 / 26 mm.
    const sect = wEls(doc, 'sectPr')[0];
    const pgSz = child(sect, 'pgSz')!;
    assert.deepEqual([wVal(pgSz, 'w'), wVal(pgSz, 'h')], ['11906', '16838']);
    const mar = child(sect, 'pgMar')!;
    const mm = (twips: string | undefined) => Math.round((Number(twips) * 25.4) / 1440);
    assert.deepEqual(['top', 'bottom', 'left', 'right'].map((k) => mm(wVal(mar, k))), [37, 35, 28, 26]);

    // Body: 仿宋_GB2312 三号 (16 pt = 32 half-points), Latin in Times New Roman, exact 28.95 pt, two-character indent.
    const defaults = wEls(styles, 'docDefaults')[0];
    const fonts = child(defaults, 'rFonts')!;
    assert.deepEqual([wVal(fonts, 'eastAsia'), wVal(fonts, 'ascii'), wVal(fonts, 'hAnsi'), wVal(fonts, 'hint')], ['仿宋_GB2312', 'Times New Roman', 'Times New Roman', 'eastAsia']);
    assert.equal(wVal(child(defaults, 'sz')), '32');
    assert.equal(wVal(child(defaults, 'lang'), 'eastAsia'), 'zh-CN');
    const spacing = child(defaults, 'spacing')!;
    assert.deepEqual([wVal(spacing, 'line'), wVal(spacing, 'lineRule')], ['579', 'exact']);
    const pt = Number(wVal(spacing, 'line')) / 20;
    assert.ok(pt >= 28 && pt <= 30, `${pt} pt`);
    const ind = child(defaults, 'ind')!;
    assert.deepEqual([wVal(ind, 'firstLine'), wVal(ind, 'firstLineChars')], ['640', '200']);
    assert.equal(wVal(child(defaults, 'jc')), 'both');

    // Title 方正小标宋简体 二号 centred; headings 黑体 then 楷体_GB2312; level three 仿宋 bold.
    const title = style(styles, 'Title');
    assert.equal(wVal(child(title, 'rFonts'), 'eastAsia'), '方正小标宋简体');
    assert.equal(wVal(child(title, 'sz')), '44');
    assert.equal(wVal(child(title, 'jc')), 'center');
    assert.equal(wVal(child(style(styles, 'Heading1'), 'rFonts'), 'eastAsia'), '黑体');
    assert.equal(wVal(child(style(styles, 'Heading2'), 'rFonts'), 'eastAsia'), '楷体_GB2312');
    assert.equal(wVal(child(style(styles, 'Heading3'), 'rFonts'), 'eastAsia'), '仿宋_GB2312');
    assert.ok(child(style(styles, 'Heading3'), 'b'));
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      const s = style(styles, id);
      assert.equal(wVal(child(s, 'sz')), '32', id);
      assert.equal(wVal(child(s, 'color')), '000000', id);
      assert.equal(wVal(child(s, 'spacing'), 'lineRule'), 'exact', id);
    }

    // The paragraphs use those styles; the salutation starts at the margin; the byline is centred 楷体.
    const paras = wEls(doc, 'p');
    const styleOf = (p: Element) => wVal(child(child(p, 'pPr'), 'pStyle'));
    assert.deepEqual(paras.slice(0, 7).map(styleOf), ['Title', 'Subtitle', undefined, undefined, 'Heading1', undefined, 'Heading2']);
    assert.equal(wVal(child(paras[2], 'ind'), 'firstLine'), '0');
    assert.equal(wVal(child(style(styles, 'Subtitle'), 'rFonts'), 'eastAsia'), '楷体_GB2312');
    assert.ok(wEls(paras[5], 'b').length > 0, 'the **bold** run is bold');

    // Page numbers “— 1 —” at the bottom centre, 四号 宋体.
    const footer = partXml(docx, 'word/footer1.xml');
    const fp = wEls(footer, 'p')[0];
    assert.equal(wVal(child(fp, 'jc')), 'center');
    assert.equal(wEls(fp, 't').map((t) => t.textContent).join('#'), '— # —');
    assert.equal(wEls(fp, 'instrText')[0].textContent?.trim(), 'PAGE');
    assert.equal(wVal(child(fp, 'rFonts'), 'eastAsia'), FONTS.pageNumber);
    assert.equal(wVal(child(fp, 'sz')), '28');

    // The font table names each font's fallback: 仿宋_GB2312 → 仿宋 → FangSong, 楷体_GB2312 → 楷体 → KaiTi.
    const table = partXml(docx, 'word/fontTable.xml');
    const alt = new Map(wEls(table, 'font').map((f) => [wVal(f, 'name'), wVal(child(f, 'altName'))]));
    assert.equal(alt.get('仿宋_GB2312'), '仿宋');
    assert.equal(alt.get('仿宋'), 'FangSong');
    assert.equal(alt.get('楷体_GB2312'), '楷体');
    assert.equal(alt.get('楷体'), 'KaiTi');
    assert.equal(alt.get('黑体'), 'SimHei');
    assert.ok(alt.has('方正小标宋简体'));
    assert.equal(wVal(child(wEls(table, 'font').find((f) => wVal(f, 'name') === '仿宋_GB2312'), 'charset')), '86');
  });

  it('prints 四号 (14 pt) or large print with line spacing to match', async () => {
    for (const [size, half, line] of [[14, '28', bodyLineTwips(14)], [18, '36', bodyLineTwips(18)], [22, '44', bodyLineTwips(22)]] as const) {
      const docx = await exportSpeechDocx(parseSpeech(DRAFT), { fontSize: size });
      const styles = partXml(docx, 'word/styles.xml');
      const defaults = wEls(styles, 'docDefaults')[0];
      assert.equal(wVal(child(defaults, 'sz')), half);
      assert.equal(wVal(child(defaults, 'spacing'), 'line'), String(line));
      assert.ok(Number(wVal(child(style(styles, 'Title'), 'sz'))) >= 44, 'the title stays at least 二号');
      assert.equal(readDocx(docx).text, EXPECTED_TEXT);
    }
    assert.equal(bodyLineTwips(16), 579);
    assert.ok(bodyLineTwips(18) / 20 > 32);
  });

  it('keeps drafts private: no author in the document properties', async () => {
    const core = new TextDecoder().decode(parts(await exportSpeechDocx(parseSpeech(DRAFT)))['docProps/core.xml']);
    assert.match(core, /<dc:title>在全市安全生产工作会议上的讲话<\/dc:title>/);
    assert.doesNotMatch(core, /Un-named|<dc:creator>[^<]+</);
  });

  it('speech model: title only when one # opens the draft; heading levels are relative', () => {
    const kinds = (md: string) => parseSpeech(md).blocks.map((b) => (b.kind === 'heading' ? `h${b.level}` : b.kind));
    assert.deepEqual(kinds('# 标题\n\n## 一、甲\n\n### （一）乙\n\n正文。'), ['title', 'h1', 'h2', 'paragraph']);
    assert.deepEqual(kinds('# 一、甲\n\n正文。\n\n# 二、乙'), ['h1', 'paragraph', 'h1']);
    assert.deepEqual(kinds('正文。\n\n## 一、甲\n\n### （一）乙'), ['paragraph', 'h1', 'h2']);
    assert.deepEqual(kinds('```\ncode\n```\n\n![图](a.png)\n\n---\n\n正文。'), ['paragraph']);
  });
});
