import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LocalizedText } from './model';
import { FILE_LIMITS, readRegularFile } from './files';

/**
 * Checks of jieba's dictionary files before a segmenter loads them. jieba's C++ loader aborts
 * the whole process (SIGABRT, a `FATAL` line) on a file it cannot open and on an empty main
 * dictionary, so every file is checked here first and a problem becomes a message. Shared by
 * every segmenter that reads jieba's dictionary formats.
 */

/** A dictionary that cannot be used: which file and why, in both languages. */
export class DictionaryError extends Error {
  constructor(
    readonly file: string,
    readonly why: LocalizedText,
  ) {
    super(`${file}: ${why.en}`);
  }

  /** One line for the user: what is wrong and with which file. */
  text(locale: 'zh' | 'en'): string {
    return locale === 'zh' ? `分词词典“${this.file}”${this.why.zh}` : `segmentation dictionary "${this.file}" ${this.why.en}`;
  }
}

/** jieba's own files: the main dictionary (`word freq tag`), the HMM model, IDF table, stop words. */
export type PackageDictionary = 'main' | 'hmm' | 'idf' | 'stopWords';

const FIRST_LINE: Record<PackageDictionary, RegExp> = {
  main: /^[^ \r\n]+ \d+ [^ \r\n]+\r?$/,
  hmm: /^#/,
  idf: /^[^ \r\n]+ [-\d.eE]+\r?$/,
  stopWords: /./,
};

/** The package's file exists, is a regular non-empty file and starts as its format does (the rest is not read: 5 MB). */
export function checkPackageDictionary(file: string, role: PackageDictionary): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
    fs.accessSync(file, fs.constants.R_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DictionaryError(file, code === 'ENOENT' ? { zh: '不存在，请重新安装', en: 'is missing; reinstall' } : { zh: `无法读取（${code}）`, en: `cannot be read (${code})` });
  }
  if (!stat.isFile()) throw new DictionaryError(file, { zh: '不是普通文件，请重新安装', en: 'is not a regular file; reinstall' });
  if (stat.size === 0) throw new DictionaryError(file, { zh: '是空文件，请重新安装', en: 'is empty; reinstall' });
  const head = Buffer.alloc(Math.min(stat.size, 4096));
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  const firstLine = head.toString('utf8').split('\n')[0];
  if (!FIRST_LINE[role].test(firstLine)) throw new DictionaryError(file, { zh: '已损坏（格式不对），请重新安装', en: 'is damaged (wrong format); reinstall' });
}

/**
 * A user dictionary (`word [freq] [tag]` per line, UTF-8): a regular file within the size limit,
 * valid UTF-8 text, each line a word with at most a whole-number frequency and a tag. jieba would
 * silently misread the rest. Undefined when usable.
 */
export function userDictionaryProblem(file: string): LocalizedText | undefined {
  if (/[|;]/.test(file)) return { zh: '的路径含有“|”或“;”，jieba 无法读取，请换个位置', en: 'has "|" or ";" in its path, which jieba cannot read; move it' };
  const read = readRegularFile(file, FILE_LIMITS.userDictionary);
  if ('problem' in read) return read.problem;
  if (read.bytes.includes(0)) return { zh: '不是文本文件（含 NUL 字节）', en: 'is not a text file (NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    return { zh: '不是 UTF-8 文本，请另存为 UTF-8', en: 'is not UTF-8 text; save it as UTF-8' };
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line.trim() === '') continue;
    const fields = line.split(' ');
    if (line.includes('\t') || fields.length > 3 || fields.some((f) => f === '') || (fields.length === 3 && !/^\d+$/.test(fields[1]))) {
      return { zh: `第 ${i + 1} 行“${line.slice(0, 30)}”格式不对，应为“词语 词频 词性”（用一个空格分隔，词频为整数，后两项可省）`, en: `line ${i + 1} "${line.slice(0, 30)}" is malformed: write "word frequency tag" (single spaces, a whole-number frequency; the last two may be left out)` };
    }
  }
  return undefined;
}

/** Our dictionaries (`dictionaries/*.dict.utf8` at the package root, some levels above the bundle). */
export function projectDictionaries(): string[] {
  let dir = __dirname;
  for (let up = 0; up < 5; up++) {
    const candidate = path.join(dir, 'dictionaries');
    if (fs.existsSync(path.join(candidate, 'office.dict.utf8'))) {
      return fs.readdirSync(candidate).filter((f) => f.endsWith('.dict.utf8')).sort().map((f) => path.join(candidate, f));
    }
    dir = path.dirname(dir);
  }
  throw new DictionaryError(path.join(__dirname, 'dictionaries', 'office.dict.utf8'), { zh: '不存在，请重新安装', en: 'is missing; reinstall' });
}
