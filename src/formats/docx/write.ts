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

/**
 * The printed form of a speech, after GB/T 9704-2012 (党政机关公文格式) as offices apply it to
 * 讲话稿: A4, margins 37/35/28/26 mm, title in 方正小标宋简体 二号, body in 仿宋_GB2312 三号 with
 * fixed line spacing (22 lines a page), headings 黑体 then 楷体_GB2312, page numbers “— 1 —”.
 */
export const LAYOUT = {
  /** A4 in twentieths of a point. */
  pageWidth: 11906,
  pageHeight: 16838,
  marginTopMm: 37,
  marginBottomMm: 35,
  marginLeftMm: 28,
  marginRightMm: 26,
  /** Page numbers sit about 7 mm below the text block. */
  footerMm: 23,
  headerMm: 15,
  /** 三号. */
  defaultBodyPt: 16,
  /** 二号 at least. */
  titlePt: 22,
  /** 四号 宋体 page numbers. */
  pageNumberPt: 14,
  /** 28.95 pt: 22 lines in the 225 mm text block at 三号. */
  bodyLineTwipsAt16: 579,
} as const;

/** Fonts as Word and WPS name them; altName is the name Word tries when the first is missing. */
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/** The font table: each Chinese font with the family it falls back to (仿宋_GB2312 → 仿宋 → FangSong). */
export const FONT_TABLE: { name: string; altName?: string; charset: string; family: string; pitch: string }[] = [
  { name: '方正小标宋简体', altName: '宋体', charset: '86', family: 'script', pitch: 'variable' },
  { name: '仿宋_GB2312', altName: '仿宋', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '仿宋', altName: 'FangSong', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '楷体_GB2312', altName: '楷体', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '楷体', altName: 'KaiTi', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '黑体', altName: 'SimHei', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '宋体', altName: 'SimSun', charset: '86', family: 'auto', pitch: 'variable' },
  { name: 'Times New Roman', charset: '00', family: 'roman', pitch: 'variable' },
];

export interface ExportOptions {
  /** Body size in points: 16 (三号, the default), 14 (四号) or 18 and up for large print. */
  fontSize?: number;
  /**
   * Reserved for 起草说明 (the drafter's notes that go with a speech): not printed yet. When that
   * feature lands, the notes are rendered here as a section of their own after the speech.
   */
  notes?: string;
}

const MM = 1440 / 25.4;
const twipsOfMm = (mm: number) => Math.round(mm * MM);

export function bodyLineTwips(sizePt: number): number {
  return Math.round((LAYOUT.bodyLineTwipsAt16 * sizePt) / 16);
}

/** Clamps a requested body size to what prints sensibly (10.5–26 pt, in half points). */
export function normalizeFontSize(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(n)) return LAYOUT.defaultBodyPt;
  return Math.min(26, Math.max(10.5, Math.round(n * 2) / 2));
}

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
  const packed = new Uint8Array(await Packer.toBuffer(doc));
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
