import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixText, type Locale } from '../core/node';
import { DOCX_EXTENSIONS, LEGACY_WORD_EXTENSIONS } from '../formats';
import type { CheckerForFile } from './checkers';
import { documentKindOfFile } from './fileKind';
import { readInput } from './readInput';
import { unifiedDiff } from './unifiedDiff';

export interface FixOptions {
  dryRun: boolean;
  /** Read the draft from stdin and write the fixed text to stdout. */
  stdin: boolean;
  /** For --stdin: the file name the text stands for (its kind and project file). */
  stdinFilename?: string;
}

const BOM = '\uFEFF';

/** The temporary file beside the draft; created exclusively, so two runs never write the same one. */
const tempFileOf = (target: string) => path.join(path.dirname(target), `.${path.basename(target)}.speech-draft.tmp`);

/**
 * Writes data in place of file atomically: a temporary file in the same folder, then a rename, so
 * the draft is either the old one or the new one, never half written. The draft's permissions are
 * kept; a symbolic link keeps pointing at the draft it points to.
 */
function writeAtomically(file: string, data: string): void {
  const target = fs.realpathSync(file);
  const temp = tempFileOf(target);
  const mode = fs.statSync(target).mode & 0o7777;
  let created = false;
  try {
    const fd = fs.openSync(temp, 'wx', mode);
    created = true;
    try {
      fs.writeFileSync(fd, data, 'utf8');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (e) {
    if (created) fs.rmSync(temp, { force: true });
    throw e;
  }
}

function writeError(e: unknown, locale: Locale): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EEXIST') return locale === 'zh' ? `临时文件 ${err.path} 已存在（可能是另一次修复正在进行，或上次中断留下的），原文件未改动；确认后删除它再试` : `the temporary file ${err.path} exists (another fix running, or left by an interrupted one); the draft is unchanged: remove it and try again`;
  return locale === 'zh' ? `无法写入（${err.code ?? err.message}），原文件未改动` : `cannot be written (${err.code ?? err.message}); the draft is unchanged`;
}

/**
 * `speech-draft fix FILE…`: applies the safe fixes (the same as the editor's fix-all) and writes
 * each changed draft back atomically; `--dry-run` prints a unified diff instead; `--stdin` fixes
 * stdin to stdout. Exit codes as `check`: 2 when an input could not be read or written, else 1
 * when an error-level finding is left after fixing, else 0.
 */
export function runFix(files: string[], options: FixOptions, checkers: CheckerForFile, locale: Locale): number {
  const zh = locale === 'zh';
  let inputFailed = false;
  let errorsLeft = false;
  let fixedFiles = 0;
  let fixes = 0;
  let left = 0;
  let checked = 0;
  const fail = (file: string, message: string) => {
    process.stderr.write(`speech-draft: ${file}: ${message}\n`);
    inputFailed = true;
  };
  const names = options.stdin ? ['-'] : files;
  for (const file of names) {
    const nameForKind = file === '-' ? (options.stdinFilename ?? '-') : file;
    if (DOCX_EXTENSIONS.test(nameForKind) || LEGACY_WORD_EXTENSIONS.test(nameForKind)) {
      fail(file, zh ? 'fix 不修改 Word 文稿；请用 speech-draft check 查看问题' : 'fix does not rewrite Word documents; use speech-draft check to see the findings');
      continue;
    }
    const input = readInput(file);
    if ('error' in input) {
      fail(file, input.error[locale]);
      continue;
    }
    checked++;
    const checker = checkers.for(nameForKind);
    const kind = documentKindOfFile(nameForKind);
    const { text, edits } = fixText(checker, input.text, kind);
    const remaining = checker.check(text, kind).findings;
    left += remaining.length;
    if (remaining.some((f) => f.severity === 'error')) errorsLeft = true;
    if (options.stdin) {
      process.stdout.write((input.bom ? BOM : '') + text);
      continue;
    }
    if (edits.length === 0) continue;
    if (options.dryRun) {
      process.stdout.write(unifiedDiff(file.split(path.sep).join('/'), input.text, edits));
    } else {
      try {
        writeAtomically(file, (input.bom ? BOM : '') + text);
      } catch (e) {
        fail(file, writeError(e, locale));
        continue;
      }
      process.stdout.write(zh ? `${file}：已修复 ${edits.length} 处\n` : `${file}: ${edits.length} fix(es) applied\n`);
    }
    fixedFiles++;
    fixes += edits.length;
  }
  // Files that could not be read or rewritten were each named above; the summary counts the others.
  if (!options.stdin && checked > 0) {
    const verb = options.dryRun ? (zh ? '可修复' : 'would fix') : zh ? '已修复' : 'fixed';
    const summary = zh
      ? `共 ${checked} 个文件，${verb} ${fixedFiles} 个文件 ${fixes} 处；余下 ${left} 处问题需要逐条处理（speech-draft check 查看）。\n`
      : `${checked} file(s): ${verb} ${fixes} place(s) in ${fixedFiles} file(s); ${left} finding(s) left to handle one by one (see speech-draft check).\n`;
    (options.dryRun ? process.stderr : process.stdout).write(summary);
  }
  return inputFailed ? 2 : errorsLeft ? 1 : 0;
}
