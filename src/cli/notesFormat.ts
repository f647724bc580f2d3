import type { DraftNote, Locale } from '../core/node';

export interface NotesReport {
  /** The draft the notes belong to, as named on the command line. */
  path: string;
  /** The notes file, whether or not it exists. */
  notesFile: string;
  /** Undefined when there is no notes file yet. */
  notes?: DraftNote[];
}

/** Each note numbered, with where it came from, the sentence and why it was moved. */
export function formatNotesText(reports: NotesReport[], locale: Locale): string {
  const lines: string[] = [];
  for (const r of reports) {
    if (!r.notes || r.notes.length === 0) {
      lines.push(locale === 'zh' ? `${r.path}：还没有起草说明（${r.notesFile}）。` : `${r.path}: no drafting notes yet (${r.notesFile}).`, '');
      continue;
    }
    lines.push(locale === 'zh' ? `${r.path} 的起草说明（${r.notesFile}，共 ${r.notes.length} 条）：` : `Drafting notes of ${r.path} (${r.notesFile}, ${r.notes.length}):`);
    r.notes.forEach((n, i) => {
      const where = locale === 'zh' ? `第 ${n.line} 行` : `line ${n.line}`;
      lines.push(`${i + 1}. ${n.date} · ${where}${n.section ? ` · ${n.section}` : ''}`);
      for (const l of n.text.split('\n')) lines.push(`   ${l}`);
      if (n.reason) lines.push(`   ${locale === 'zh' ? '移出原因：' : 'Moved because: '}${n.reason}`);
      if (n.comment) for (const l of n.comment.split('\n')) lines.push(`   ${l}`);
    });
    lines.push('');
  }
  return lines.join('\n');
}

/** `{"version":1,"files":[{"path","notesFile","notes":[{"date","line","section","text","reason","comment"}]}]}`. */
export function formatNotesJson(reports: NotesReport[]): string {
  const files = reports.map((r) => ({ path: r.path, notesFile: r.notesFile, notes: r.notes ?? [] }));
  return JSON.stringify({ version: 1, files }, null, 2) + '\n';
}
