import type { DocxText } from './read';

/** Characters that would turn into Markdown markup inside a paragraph. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_<[]/g, (c) => `\\${c}`);
}

/** A paragraph that would start a heading, list, quote, code block or table row is escaped. */
function escapeBlockStart(text: string): string {
  const t = text.replace(/^[ \t]+/, '');
  return /^(#{1,6}(\s|$)|[-+*](\s|$)|\d{1,9}[.)](\s|$)|>|```|~~~|=+\s*$|-+\s*$|\|)/.test(t) ? `\\${t}` : t;
}

/**
 * The extracted text as a Markdown draft: the title as `#`, heading level n as n+1 `#`,
 * paragraphs separated by blank lines, tables as GFM tables (a cell's paragraphs joined by <br>).
 */
export function docxToMarkdown(doc: DocxText): string {
  const out: string[] = [];
  const paras = doc.paragraphs;
  for (let i = 0; i < paras.length; ) {
    const p = paras[i];
    if (p.table) {
      const index = p.table.index;
      const rows = new Map<number, Map<number, string[]>>();
      while (i < paras.length && paras[i].table?.index === index) {
        const q = paras[i];
        const row = rows.get(q.table!.row) ?? new Map<number, string[]>();
        rows.set(q.table!.row, row);
        const cell = row.get(q.table!.cell) ?? [];
        row.set(q.table!.cell, cell);
        cell.push(escapeInline(doc.text.slice(q.start, q.end).trim()).replace(/\|/g, '\\|'));
        i++;
      }
      const rowList = [...rows.values()];
      const columns = Math.max(...rowList.map((r) => Math.max(...r.keys())));
      const line = (r: Map<number, string[]>) => '| ' + Array.from({ length: columns }, (_, c) => (r.get(c + 1) ?? []).join('<br>')).join(' | ') + ' |';
      out.push([line(rowList[0]), '|' + ' --- |'.repeat(columns), ...rowList.slice(1).map(line)].join('\n'));
      continue;
    }
    const text = escapeInline(doc.text.slice(p.start, p.end));
    if (p.headingLevel !== undefined) out.push(`${'#'.repeat(Math.min(6, p.headingLevel + 1))} ${text.trim()}`);
    else out.push(escapeBlockStart(text));
    i++;
  }
  return out.join('\n\n') + '\n';
}
