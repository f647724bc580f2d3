import type { Locale, LocalizedText, Span } from '../../core';
import type { DocxOmissions, DocxParagraph, DocxText } from './read';

/** The paragraph holding `offset` of the extracted text (the last one for an offset past the end). */
export function paragraphAt(doc: DocxText, offset: number): DocxParagraph | undefined {
  const ps = doc.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return ps[lo];
}

export interface FindingContext {
  paragraph: DocxParagraph;
  /** Up to `radius` characters of the paragraph before the finding ("…" when cut). */
  before: string;
  /** The finding's own text. */
  text: string;
  after: string;
}

/** Quotes the finding in its paragraph, for a reader who has the document open in Word. */
export function findingContext(doc: DocxText, span: Span, radius = 20): FindingContext | undefined {
  const offset = span.start;
  const p = paragraphAt(doc, offset);
  if (!p) return undefined;
  const end = Math.min(span.end, p.end);
  const from = Math.max(p.start, offset - radius);
  const to = Math.min(p.end, end + radius);
  const before = (from > p.start ? '…' : '') + doc.text.slice(from, offset);
  const after = doc.text.slice(end, to) + (to < p.end ? '…' : '');
  return { paragraph: p, before, text: doc.text.slice(offset, end), after };
}

/** Where a paragraph sits, for people: 第 3 段（标题）, 第 12 段（表 1 第 2 行第 3 格）. */
export function paragraphName(p: DocxParagraph, locale: Locale): string {
  const where: string[] = [];
  if (p.table) where.push(locale === 'zh' ? `表 ${p.table.index} 第 ${p.table.row} 行第 ${p.table.cell} 格` : `table ${p.table.index}, row ${p.table.row}, cell ${p.table.cell}`);
  if (p.headingLevel === 0) where.push(locale === 'zh' ? '标题' : 'title');
  else if (p.headingLevel !== undefined) where.push(locale === 'zh' ? `${p.headingLevel} 级标题` : `heading ${p.headingLevel}`);
  const base = locale === 'zh' ? `第 ${p.index} 段` : `paragraph ${p.index}`;
  return where.length ? (locale === 'zh' ? `${base}（${where.join('，')}）` : `${base} (${where.join(', ')})`) : base;
}

/** One line naming what the document holds that was not checked, or undefined when nothing. */
export function omissionNotes(o: DocxOmissions): LocalizedText | undefined {
  const zh: string[] = [];
  const en: string[] = [];
  const add = (n: number | boolean, z: string, e: string) => {
    if (!n) return;
    zh.push(z.replace('{n}', String(n)));
    en.push(e.replace('{n}', String(n)));
  };
  add(o.comments, '批注 {n} 条', '{n} comment(s)');
  add(o.deletions, '修订删除 {n} 处', '{n} tracked deletion(s)');
  add(o.textBoxes, '文本框 {n} 个', '{n} text box(es)');
  add(o.footnotes, '脚注 {n} 条', '{n} footnote(s)');
  add(o.endnotes, '尾注 {n} 条', '{n} endnote(s)');
  add(o.equations, '公式 {n} 个', '{n} equation(s)');
  add(o.hiddenRuns, '隐藏文字 {n} 处', '{n} hidden text run(s)');
  add(o.embedded, '嵌入的外部内容 {n} 处', '{n} embedded foreign part(s)');
  add(o.unrenderedNumbers, '无法还原的自动编号 {n} 处', '{n} automatic number(s) that could not be rebuilt');
  add(o.headerFooterText, '页眉页脚中的文字', 'words in headers/footers');
  if (zh.length === 0 && !o.insertions) return undefined;
  const accepted = o.insertions ? { zh: `修订插入 ${o.insertions} 处已按接受处理`, en: `${o.insertions} tracked insertion(s) read as accepted` } : undefined;
  const parts = {
    zh: [zh.length ? `未检查：${zh.join('、')}` : '', accepted?.zh ?? ''].filter(Boolean).join('；'),
    en: [en.length ? `not checked: ${en.join(', ')}` : '', accepted?.en ?? ''].filter(Boolean).join('; '),
  };
  return parts;
}
