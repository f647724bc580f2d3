import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IFontAttributesProperties,
  type IParagraphStyleOptions,
} from 'docx';
import { unzipSync, zipSync, strToU8 } from 'fflate';
import { DOMImplementation, XMLSerializer } from '@xmldom/xmldom';
import { plainText, type Inline, type Speech, type SpeechBlock } from '../speech';
import { W_NS } from './xml';
import { LAYOUT, FONTS, FONT_TABLE, bodyLineTwips, normalizeFontSize, twipsOfMm, type ExportOptions } from './layout';

export { LAYOUT, FONTS, FONT_TABLE, bodyLineTwips, normalizeFontSize, type ExportOptions } from './layout';

const fonts = (eastAsia: string, latin: string = FONTS.latin): IFontAttributesProperties => ({ eastAsia, ascii: latin, hAnsi: latin, cs: latin, hint: 'eastAsia' });

/** Writes the speech as .docx bytes with the `docx` library. The intent card is never printed. */
export async function exportSpeechDocx(speech: Speech, options: ExportOptions = {}): Promise<Uint8Array> {
  const size = normalizeFontSize(options.fontSize ?? LAYOUT.defaultBodyPt);
  const half = Math.round(size * 2);
  const line = bodyLineTwips(size);
  const titlePt = Math.max(LAYOUT.titlePt, size + 4);
  const titleLine = Math.max(line, Math.round(titlePt * 1.3 * 20));
  const indent = { firstLine: Math.round(size * 20 * 2), firstLineChars: 200 };
  const exact = (twips: number) => ({ line: twips, lineRule: LineRuleType.EXACT, before: 0, after: 0 });

  const style = (id: string, name: string, font: string, extra: Partial<IParagraphStyleOptions> = {}): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    ...extra,
    run: { font: fonts(font), size: half, color: '000000', bold: false, italics: false, ...extra.run },
    paragraph: { spacing: exact(line), indent, alignment: AlignmentType.JUSTIFIED, ...extra.paragraph },
  });
  const paragraphStyles: IParagraphStyleOptions[] = [
    style('Title', 'Title', FONTS.title, { run: { size: titlePt * 2 }, paragraph: { alignment: AlignmentType.CENTER, spacing: exact(titleLine), indent: { firstLine: 0 } } }),
    style('Subtitle', 'Subtitle', FONTS.heading2, { paragraph: { alignment: AlignmentType.CENTER, spacing: exact(line), indent: { firstLine: 0 } } }),
    style('Heading1', 'heading 1', FONTS.heading1, { paragraph: { spacing: exact(line), indent, outlineLevel: 0, keepNext: true } }),
    style('Heading2', 'heading 2', FONTS.heading2, { paragraph: { spacing: exact(line), indent, outlineLevel: 1, keepNext: true } }),
    style('Heading3', 'heading 3', FONTS.body, { run: { bold: true }, paragraph: { spacing: exact(line), indent, outlineLevel: 2, keepNext: true } }),
    style('Heading4', 'heading 4', FONTS.body, { paragraph: { spacing: exact(line), indent, outlineLevel: 3, keepNext: true } }),
  ];

  const runs = (inlines: Inline[]) => inlines.map((r) => ('text' in r ? new TextRun({ text: r.text, bold: r.bold || undefined }) : new TextRun({ break: 1 })));
  const children: (Paragraph | Table)[] = [];
  const blocks = speech.blocks;
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    // One blank line between the title (with its byline) and the body.
    const gapAfter = (b.kind === 'title' || b.kind === 'byline') && next?.kind !== 'byline' ? line : 0;
    children.push(...render(b, gapAfter));
  });

  function render(b: SpeechBlock, gapAfter: number): (Paragraph | Table)[] {
    switch (b.kind) {
      case 'title':
        return [new Paragraph({ style: 'Title', children: runs(b.runs), spacing: { ...exact(titleLine), after: gapAfter } })];
      case 'byline':
        return [new Paragraph({ style: 'Subtitle', children: runs(b.runs), spacing: { ...exact(line), after: gapAfter } })];
      case 'heading':
        return [new Paragraph({ style: `Heading${Math.min(b.level, 4)}`, children: runs(b.runs) })];
      case 'paragraph':
        return [new Paragraph({ children: runs(b.runs), ...(b.flush ? { indent: { firstLine: 0, firstLineChars: 0 } } : {}) })];
      case 'table':
        return [tableOf(b.rows)];
    }
  }

  function tableOf(rows: Inline[][][]): Table {
    const columns = Math.max(1, ...rows.map((r) => r.length));
    const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
    const cellLine = Math.round(Math.max(size - 2, 10.5) * 1.5 * 20);
    return new Table({
      width: { size: 5000, type: WidthType.PERCENTAGE },
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows: rows.map((row, r) => new TableRow({
        tableHeader: r === 0,
        children: Array.from({ length: columns }, (_, c) => new TableCell({
          width: { size: Math.floor(5000 / columns), type: WidthType.PERCENTAGE },
          children: [new Paragraph({
            children: (row[c] ?? []).map((x) => ('text' in x ? new TextRun({ text: x.text, bold: x.bold || r === 0 || undefined, size: Math.round(Math.max(size - 2, 10.5) * 2) }) : new TextRun({ break: 1 }))),
            alignment: r === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
            indent: { firstLine: 0, firstLineChars: 0 },
            spacing: exact(cellLine),
          })],
        })),
      })),
    });
  }

  const titleBlock = blocks.find((b) => b.kind === 'title');
  const doc = new Document({
    title: titleBlock && titleBlock.kind === 'title' ? plainText(titleBlock.runs) : undefined,
    creator: '',
    lastModifiedBy: '',
    styles: {
      default: {
        document: {
          run: { font: fonts(FONTS.body), size: half, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: exact(line), indent, alignment: AlignmentType.JUSTIFIED },
        },
      },
      paragraphStyles,
    },
    sections: [{
      properties: {
        page: {
          size: { width: LAYOUT.pageWidth, height: LAYOUT.pageHeight },
          margin: {
            top: twipsOfMm(LAYOUT.marginTopMm),
            bottom: twipsOfMm(LAYOUT.marginBottomMm),
            left: twipsOfMm(LAYOUT.marginLeftMm),
            right: twipsOfMm(LAYOUT.marginRightMm),
            header: twipsOfMm(LAYOUT.headerMm),
            footer: twipsOfMm(LAYOUT.footerMm),
            gutter: 0,
          },
          pageNumbers: { start: 1 },
        },
      },
      footers: {
        default: new Footer({
          children: [new Paragraph({
            alignment: AlignmentType.CENTER,
            indent: { firstLine: 0, firstLineChars: 0 },
            spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
            children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fonts(FONTS.pageNumber, FONTS.pageNumber), size: LAYOUT.pageNumberPt * 2 })],
          })],
        }),
      },
      children,
    }],
  });
  // Hook for 起草说明: options.notes is accepted and not printed until that feature is specified.
  void options.notes;
  // An ArrayBuffer, not a Node Buffer: the export also runs in VS Code in a browser.
  const packed = new Uint8Array(await Packer.toArrayBuffer(doc));
  return withFontTable(packed);
}

/** Replaces the library's empty font table with ours, so Word and WPS know each font's fallback. */
function withFontTable(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const ns = W_NS[0];
  const doc = new DOMImplementation().createDocument(ns, 'w:fonts', null);
  const root = doc.documentElement!;
  for (const f of FONT_TABLE) {
    const font = doc.createElementNS(ns, 'w:font');
    font.setAttributeNS(ns, 'w:name', f.name);
    const add = (local: string, value: string) => {
      const el = doc.createElementNS(ns, `w:${local}`);
      el.setAttributeNS(ns, 'w:val', value);
      font.appendChild(el);
    };
    if (f.altName) add('altName', f.altName);
    add('charset', f.charset);
    add('family', f.family);
    add('pitch', f.pitch);
    root.appendChild(font);
  }
  files['word/fontTable.xml'] = strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + new XMLSerializer().serializeToString(doc));
  return zipSync(files, { level: 6 });
}
