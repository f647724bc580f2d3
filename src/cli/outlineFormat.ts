import type { Locale, Outline, OutlinePart } from '../core/node';

export interface OutlineReport {
  path: string;
  outline: Outline;
}

const grouped = (n: number) => n.toLocaleString('en-US');

function partLine(title: string, characters: number, minutes: number, line: number, depth: number, locale: Locale): string {
  const indent = '  '.repeat(depth);
  return locale === 'zh'
    ? `${indent}${title} · ${grouped(characters)} 字 · ${minutes} 分钟 · 第 ${line} 行`
    : `${indent}${title} · ${grouped(characters)} chars · ${minutes} min · line ${line}`;
}

/** The parts as an indented list, each with its characters, minutes and line; the opening first. */
export function formatOutlineText(reports: OutlineReport[], locale: Locale): string {
  const lines: string[] = [];
  const opening = locale === 'zh' ? '（开场）' : '(opening)';
  const lead = locale === 'zh' ? '（开头）' : '(lead)';
  const visit = (part: OutlinePart, depth: number) => {
    lines.push(partLine(part.title, part.characters, part.minutes, part.line, depth, locale));
    if (part.lead) lines.push(partLine(lead, part.lead.characters, part.lead.minutes, part.lead.line, depth + 1, locale));
    for (const child of part.children) visit(child, depth + 1);
  };
  for (const { path, outline } of reports) {
    lines.push(locale === 'zh'
      ? `${path}：共 ${grouped(outline.characters)} 字，按每分钟 ${outline.speakingRate} 字约需 ${outline.minutes} 分钟`
      : `${path}: ${grouped(outline.characters)} characters, about ${outline.minutes} minutes at ${outline.speakingRate} a minute`);
    if (outline.opening) lines.push(partLine(opening, outline.opening.characters, outline.opening.minutes, outline.opening.line, 1, locale));
    for (const part of outline.parts) visit(part, 1);
    if (outline.parts.length === 0) lines.push(locale === 'zh' ? '  （没有标题或“一、”“（一）”等层次序号）' : '  (no headings or level markers such as 一、 （一）)');
    lines.push('');
  }
  return lines.join('\n');
}

function partJson(part: OutlinePart): unknown {
  const lead = part.lead && { offset: part.lead.start, length: part.lead.end - part.lead.start, line: part.lead.line, characters: part.lead.characters, minutes: part.lead.minutes };
  return {
    title: part.title,
    offset: part.start,
    length: part.end - part.start,
    line: part.line,
    endLine: part.endLine,
    characters: part.characters,
    minutes: part.minutes,
    ...(lead ? { lead } : {}),
    children: part.children.map(partJson),
  };
}

/** `{"version":1,"files":[{"path","characters","minutes","speakingRate","opening","parts"}]}`; offsets in UTF-16 code units. */
export function formatOutlineJson(reports: OutlineReport[]): string {
  const files = reports.map(({ path, outline }) => ({
    path,
    characters: outline.characters,
    minutes: outline.minutes,
    speakingRate: outline.speakingRate,
    opening: outline.opening ? { offset: outline.opening.start, length: outline.opening.end - outline.opening.start, line: outline.opening.line, characters: outline.opening.characters, minutes: outline.opening.minutes } : null,
    parts: outline.parts.map(partJson),
  }));
  return JSON.stringify({ version: 1, files }, null, 2) + '\n';
}
