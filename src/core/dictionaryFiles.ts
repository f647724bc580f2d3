import * as fs from 'node:fs';
import type { LocalizedText } from './model';
import { DictionaryError } from './dictionaryError';
import { FILE_LIMITS, readRegularFile } from './files';

/**
 * Checks of the segmenter's files before it loads them (Node): the package's own (jieba.wasm,
 * the prepared dictionary, ours) and the user's dictionary. A problem becomes a one-line message
 * naming the file, never a crash.
 */

const REINSTALL = {
  missing: { zh: '不存在，请重新安装', en: 'is missing; reinstall' },
  notAFile: { zh: '不是普通文件，请重新安装', en: 'is not a regular file; reinstall' },
  empty: { zh: '是空文件，请重新安装', en: 'is empty; reinstall' },
  damaged: { zh: '已损坏（格式不对），请重新安装', en: 'is damaged (wrong format); reinstall' },
} satisfies Record<string, LocalizedText>;

/** The package's binary files and the bytes each starts with. */
const MAGIC = {
  wasm: Buffer.from('\0asm'),
  prepared: Buffer.from('JWDICT\0\x01', 'latin1'),
} as const;

/** A damaged file of the package, for a load that failed on it. */
export const damagedFile = (file: string) => new DictionaryError(file, REINSTALL.damaged);

/**
 * A file of the package: it exists and is a regular non-empty file, and the binary ones start as
 * their format does. Its bytes, or a `DictionaryError`.
 */
export function readPackageFile(file: string, format?: keyof typeof MAGIC): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DictionaryError(file, code === 'ENOENT' ? REINSTALL.missing : { zh: `无法读取（${code}）`, en: `cannot be read (${code})` });
  }
  if (!stat.isFile()) throw new DictionaryError(file, REINSTALL.notAFile);
  if (stat.size === 0) throw new DictionaryError(file, REINSTALL.empty);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DictionaryError(file, { zh: `无法读取（${code}）`, en: `cannot be read (${code})` });
  }
  if (format && !bytes.subarray(0, MAGIC[format].length).equals(MAGIC[format])) throw damagedFile(file);
  return bytes;
}

/**
 * A user dictionary (`word [freq] [tag]` per line, UTF-8): a regular file within the size limit,
 * valid UTF-8 text, each line a word with at most a whole-number frequency and a tag. jieba would
 * silently misread the rest. Its text, or why it cannot be used.
 */
export function readUserDictionary(file: string): { text: string } | { problem: LocalizedText } {
  const read = readRegularFile(file, FILE_LIMITS.userDictionary);
  return 'problem' in read ? { problem: read.problem } : dictionaryText(read.bytes);
}

/** The text of a dictionary in jieba's format, or why it is not one. */
export function dictionaryText(bytes: Buffer): { text: string } | { problem: LocalizedText } {
  if (bytes.includes(0)) return { problem: { zh: '不是文本文件（含 NUL 字节）', en: 'is not a text file (NUL bytes)' } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: { zh: '不是 UTF-8 文本，请另存为 UTF-8', en: 'is not UTF-8 text; save it as UTF-8' } };
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line.trim() === '') continue;
    const fields = line.split(' ');
    if (line.includes('\t') || fields.length > 3 || fields.some((f) => f === '') || (fields.length === 3 && !/^\d+$/.test(fields[1]))) {
      return { problem: { zh: `第 ${i + 1} 行“${line.slice(0, 30)}”格式不对，应为“词语 词频 词性”（用一个空格分隔，词频为整数，后两项可省）`, en: `line ${i + 1} "${line.slice(0, 30)}" is malformed: write "word frequency tag" (single spaces, a whole-number frequency; the last two may be left out)` } };
    }
  }
  return { text };
}

/** Why a user dictionary cannot be used (see `readUserDictionary`), or undefined. */
export function userDictionaryProblem(file: string): LocalizedText | undefined {
  const read = readUserDictionary(file);
  return 'problem' in read ? read.problem : undefined;
}
