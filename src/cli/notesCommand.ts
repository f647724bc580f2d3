import * as fs from 'node:fs';
import * as path from 'node:path';
import { isNotesFileName, notesFileName, parseNotes, resolveNotesPattern, type ConfigProblem, type Locale } from '../core/node';
import { readInput } from './readInput';
import { UsageError } from './usage';
import { formatNotesJson, formatNotesText, type NotesReport } from './notesFormat';

/** The notes-file pattern of `--config` (`notesFile`), with a problem when it is unusable. */
export function notesPatternOf(settings: object, warn: (p: ConfigProblem[]) => void): string {
  const { pattern, problem } = resolveNotesPattern((settings as { notesFile?: unknown }).notesFile);
  if (problem) warn([problem]);
  return pattern;
}

/** A file named like a drafting-notes file: `check` leaves it out (stdin is always a draft). */
export function isNotesFile(file: string, pattern: string): boolean {
  return file !== '-' && isNotesFileName(path.basename(file), pattern);
}

/** `speech-draft notes FILE…`: FILE is a draft (its notes file is read) or a notes file itself. */
export function runNotes(files: string[], format: string, settings: object, locale: Locale, warn: (p: ConfigProblem[]) => void): number {
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format ${format}: notes supports text|json`);
  const pattern = notesPatternOf(settings, warn);
  const reports: NotesReport[] = [];
  let failed = false;
  for (const file of files) {
    const notesFile = isNotesFile(file, pattern) ? file : path.join(path.dirname(file), notesFileName(path.basename(file), pattern));
    if (!fs.existsSync(notesFile)) {
      if (fs.existsSync(file)) reports.push({ path: file, notesFile });
      else {
        process.stderr.write(`speech-draft: ${file}: ${locale === 'zh' ? '文件不存在' : 'no such file'}\n`);
        failed = true;
      }
      continue;
    }
    const input = readInput(notesFile);
    if ('error' in input) {
      process.stderr.write(`speech-draft: ${notesFile}: ${input.error[locale]}\n`);
      failed = true;
    } else reports.push({ path: file, notesFile, notes: parseNotes(input.text) });
  }
  process.stdout.write(format === 'json' ? formatNotesJson(reports) : formatNotesText(reports, locale));
  return failed ? 2 : 0;
}
