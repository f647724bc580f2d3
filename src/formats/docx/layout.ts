/** Layout constants and options of an exported speech; no library import, so the extension can load them cheaply. */
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
export const twipsOfMm = (mm: number) => Math.round(mm * MM);

export function bodyLineTwips(sizePt: number): number {
  return Math.round((LAYOUT.bodyLineTwipsAt16 * sizePt) / 16);
}

/** Clamps a requested body size to what prints sensibly (10.5–26 pt, in half points). */
export function normalizeFontSize(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(n)) return LAYOUT.defaultBodyPt;
  return Math.min(26, Math.max(10.5, Math.round(n * 2) / 2));
}

