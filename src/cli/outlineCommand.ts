import type { ConfigProblem, Locale } from '../core/node';
import { createChecker } from '../core/node';
import { documentKindOfFile } from './fileKind';
import { readInput } from './readInput';
import { UsageError } from './usage';
import { formatOutlineJson, formatOutlineText, type OutlineReport } from './outlineFormat';

/** `speech-draft outline FILE…`: the parts of each draft with their characters and minutes. */
export function runOutline(files: string[], format: string, settings: object, locale: Locale, warn: (p: ConfigProblem[]) => void): number {
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format ${format}: outline supports text|json`);
  const { checker, problems } = createChecker({ ...settings, locale });
  warn(problems);
  const reports: OutlineReport[] = [];
  let failed = false;
  for (const file of files) {
    const input = readInput(file);
    if ('error' in input) {
      process.stderr.write(`speech-draft: ${file}: ${input.error[locale]}\n`);
      failed = true;
      continue;
    }
    reports.push({ path: file, outline: checker.check(input.text, documentKindOfFile(file)).outline! });
  }
  process.stdout.write(format === 'json' ? formatOutlineJson(reports) : formatOutlineText(reports, locale));
  return failed ? 2 : 0;
}
