import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../core/node';
import { exportSpeechDocx, normalizeFontSize } from '../formats/docx/write';
import { parseSpeech } from '../formats/speech';
import { notesFileName, resolveNotesPattern } from '../core/notes';
import { DOCX_EXTENSIONS } from '../formats/wordFiles';
import { readInput } from './readInput';
import { UsageError, loadSettings, warn } from './usage';
import { projectSettingsOf } from './checkers';

export interface ExportArgs {
  output?: string;
  fontSize?: string;
  force: boolean;
  config?: string;
}

/** `speech-draft export draft.md -o speech.docx`: the draft as a printed speech (.docx). */
export async function runExport(files: string[], args: ExportArgs, locale: Locale, errorsIn?: (text: string, file: string) => number): Promise<number> {
  const zh = locale === 'zh';
  if (files.length !== 1) throw new UsageError(zh ? 'export 需要且只接受一个 Markdown 草稿' : 'export takes exactly one Markdown draft');
  const [file] = files;
  const settings = (args.config ? loadSettings(args.config, locale) : projectSettingsOf(file, (problems) => warn(problems, locale))) as { exportFontSize?: unknown; notesFile?: unknown } | undefined;
  let fontSize = normalizeFontSize(settings?.exportFontSize);
  if (args.fontSize !== undefined) {
    const n = Number(args.fontSize);
    if (!Number.isFinite(n) || n < 10.5 || n > 26) throw new UsageError(zh ? `--font-size ${args.fontSize}：字号应为 10.5～26 磅，如 16（三号）、14（四号）、18（大字版）` : `--font-size ${args.fontSize}: use 10.5–26 pt, e.g. 16 (三号), 14 (四号), 18 (large print)`);
    fontSize = normalizeFontSize(n);
  }
  const output = args.output ?? (file === '-' ? undefined : file.replace(/\.(md|markdown|mdx|txt)$/i, '') + '.docx');
  if (!output) throw new UsageError(zh ? '从标准输入导出时请用 -o 指定输出文件' : 'use -o to name the output when reading stdin');
  if (!DOCX_EXTENSIONS.test(output)) throw new UsageError(zh ? `${output}：输出文件应以 .docx 结尾` : `${output}: the output must end in .docx`);
  if (path.resolve(output) === path.resolve(file)) throw new UsageError(zh ? `${output}：输出文件不能覆盖草稿本身` : `${output}: the output cannot overwrite the draft`);
  if (!args.output && !args.force && fs.existsSync(output)) {
    throw new UsageError(zh ? `${output} 已存在；用 -o 指定输出文件或加 --force 覆盖` : `${output} exists; name another with -o or overwrite with --force`);
  }

  const input = readInput(file);
  if ('error' in input) {
    process.stderr.write(`speech-draft: ${file}: ${input.error[locale]}\n`);
    return 2;
  }
  const speech = parseSpeech(input.text);
  // The notes file as the editor names it (`notesFile`): found, and for now not exported.
  const notesFile = file === '-' ? undefined : path.join(path.dirname(file), notesFileName(path.basename(file), resolveNotesPattern(settings?.notesFile).pattern));
  const notes = notesFile && fs.existsSync(notesFile) ? notesFile : undefined;
  if (notes) process.stderr.write(`speech-draft: ${notes}: ${zh ? '起草说明暂不导出，只导出讲话稿正文' : 'drafting notes are not exported yet; only the speech is'}\n`);
  const bytes = await exportSpeechDocx(speech, { fontSize });
  try {
    fs.writeFileSync(output, bytes);
  } catch (e) {
    process.stderr.write(`speech-draft: ${output}: ${zh ? '无法写入' : 'cannot be written'} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return 2;
  }
  // Exported is not finished: a placeholder or a drafting note left in would be read out.
  const errors = errorsIn?.(input.text, file) ?? 0;
  if (errors > 0) process.stderr.write(`speech-draft: ${file}: ${zh ? `稿中仍有 ${errors} 处错误级问题（如占位符、起草批注），交给领导前请先处理（speech-draft check 查看）` : `${errors} error-level finding(s) left in the draft (placeholders, drafting notes…): handle them before the speech is handed over (see speech-draft check)`}\n`);
  const paragraphs = speech.blocks.length;
  const skipped = speech.skipped.images + speech.skipped.code;
  process.stdout.write(zh
    ? `已导出 ${output}（${paragraphs} 段，正文 ${fontSize} 磅${speech.frontMatter ? '，意图卡未打印' : ''}${skipped ? `，略去图片和代码 ${skipped} 处` : ''}）。\n`
    : `Wrote ${output} (${paragraphs} blocks, body ${fontSize} pt${speech.frontMatter ? ', intent card not printed' : ''}${skipped ? `, ${skipped} image(s)/code block(s) left out` : ''}).\n`);
  return 0;
}
