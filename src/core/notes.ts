/**
 * The drafter's side channel (起草说明): sentences moved out of the speech into a Markdown file
 * next to the draft, offered to the leader as suggestions. The format is in docs/notes-format.md;
 * this module writes and reads it and names the file.
 */
import type { LocalizedText } from './model';

/** What `speechDraft.notesFile` names the notes file after: the draft's name without its extension. */
export const NOTES_NAME_PLACEHOLDER = '${fileBasenameNoExtension}';
export const DEFAULT_NOTES_FILE = `${NOTES_NAME_PLACEHOLDER}.起草说明.md`;

/** One note: a sentence moved out of the speech, where it stood and when. */
export interface DraftNote {
  /** YYYY-MM-DD, the day it was moved. */
  date: string;
  /** 1-based line in the draft it came from (as it was then). */
  line: number;
  /** The heading of the part it came from, if it stood under one. */
  section?: string;
  /** The sentence, as it stood in the draft. */
  text: string;
  /** Why it was moved (the finding's category), if recorded. */
  reason?: string;
  /** Anything the drafter wrote under the note by hand. */
  comment?: string;
}

/** The pattern from the setting, or the default with a problem when it cannot name one file per draft. */
export function resolveNotesPattern(value: unknown): { pattern: string; problem?: LocalizedText } {
  if (value === undefined || value === '') return { pattern: DEFAULT_NOTES_FILE };
  if (typeof value === 'string' && value.split(NOTES_NAME_PLACEHOLDER).length === 2 && !/[\\/]/.test(value) && value !== NOTES_NAME_PLACEHOLDER) {
    return { pattern: value };
  }
  return {
    pattern: DEFAULT_NOTES_FILE,
    problem: {
      zh: `notesFile 应为含一次 ${NOTES_NAME_PLACEHOLDER} 的文件名（不含路径），已用默认值 ${DEFAULT_NOTES_FILE}。`,
      en: `notesFile must be a file name (no folder) holding ${NOTES_NAME_PLACEHOLDER} once; using ${DEFAULT_NOTES_FILE}.`,
    },
  };
}

/** The draft's name without its extension ("讲话.md" → "讲话"). */
function withoutExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** The notes file's name for a draft's file name (names only, no folders). */
export function notesFileName(draftFileName: string, pattern: string): string {
  return pattern.replace(NOTES_NAME_PLACEHOLDER, withoutExtension(draftFileName));
}

/** A file named like a notes file: it holds the drafter's notes, not a speech. */
export function isNotesFileName(fileName: string, pattern: string): boolean {
  const [before, after] = pattern.split(NOTES_NAME_PLACEHOLDER);
  return fileName.length > before.length + after.length && fileName.startsWith(before) && fileName.endsWith(after);
}

const TITLE = '# 起草说明：';
const INTRO = '以下内容从讲话稿中移出，作为起草人的参谋意见，供领导审定；不在讲话中讲。';
const NOTE_HEADING = /^## (\d{4}-\d{2}-\d{2}) · 第 (\d+) 行(?: · (.+?))?[ \t]*$/;
const REASON = '移出原因：';

/** The top of a new notes file, for the draft of this file name. */
export function notesHeader(draftFileName: string, eol = '\n'): string {
  return `${TITLE}${draftFileName}${eol}${eol}${INTRO}${eol}`;
}

/** One note as it is appended to the file: a blank line first, so it follows any text. */
export function formatNote(note: DraftNote, eol = '\n'): string {
  const heading = `## ${note.date} · 第 ${note.line} 行${note.section ? ` · ${note.section.replace(/\s+/g, ' ')}` : ''}`;
  const quote = note.text.split(/\r\n|\r|\n/).map((l) => `> ${l}`).join(eol);
  const lines = ['', heading, '', quote];
  if (note.reason) lines.push('', `${REASON}${note.reason}`);
  return lines.join(eol) + eol;
}

/** The notes in a notes file, in order. Text outside a note (the title, the intro) is skipped. */
export function parseNotes(text: string): DraftNote[] {
  const notes: DraftNote[] = [];
  let current: (DraftNote & { quote: string[]; other: string[] }) | undefined;
  const finish = () => {
    if (!current) return;
    const { quote, other, ...note } = current;
    note.text = quote.join('\n');
    const comment = other.join('\n').trim();
    if (comment) note.comment = comment;
    notes.push(note);
  };
  for (const line of text.split(/\r\n|\r|\n/)) {
    const heading = NOTE_HEADING.exec(line);
    if (heading) {
      finish();
      current = { date: heading[1], line: Number(heading[2]), section: heading[3], text: '', quote: [], other: [] };
      if (!current.section) delete current.section;
    } else if (current && /^>\s?/.test(line) && current.other.length === 0) current.quote.push(line.replace(/^>\s?/, ''));
    else if (current && line.startsWith(REASON) && current.reason === undefined) current.reason = line.slice(REASON.length).trim();
    else if (current && (line.trim() || current.other.length > 0)) current.other.push(line);
  }
  finish();
  return notes;
}
