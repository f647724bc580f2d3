import * as fs from 'node:fs';
import type { LocalizedText } from './model';

/** Bytes, or why the file cannot be used (in both languages, for "<what> “<path>”…"). */
export type FileRead = { bytes: Buffer } | { problem: LocalizedText; tooLarge?: true };

const MB = 1024 * 1024;

/**
 * Reads a file the user named in settings or on the command line, refusing what is not a
 * regular file (a directory, a FIFO that would block forever, /dev/zero that never ends) and
 * files over `maxBytes`. The file is opened without blocking and checked through its own
 * descriptor, so it cannot be swapped for a FIFO between the check and the read.
 */
export function readRegularFile(path: string, maxBytes: number): FileRead {
  let fd: number;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { problem: openProblem((e as NodeJS.ErrnoException).code) };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { problem: { zh: '是目录，不是文件', en: 'is a directory, not a file' } };
    if (!stat.isFile()) return { problem: { zh: '不是普通文件（管道、设备等），无法读取', en: 'is not a regular file (a pipe, a device…); not read' } };
    if (stat.size > maxBytes) return { problem: tooLarge(stat.size, maxBytes), tooLarge: true };
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = fs.readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read) };
  } catch (e) {
    return { problem: openProblem((e as NodeJS.ErrnoException).code) };
  } finally {
    fs.closeSync(fd);
  }
}

function openProblem(code: string | undefined): LocalizedText {
  if (code === 'ENOENT') return { zh: '文件不存在', en: 'no such file' };
  if (code === 'EACCES' || code === 'EPERM') return { zh: '没有读取权限', en: 'permission denied' };
  if (code === 'EISDIR') return { zh: '是目录，不是文件', en: 'is a directory, not a file' };
  return { zh: `无法读取（${code ?? 'unknown'}）`, en: `cannot be read (${code ?? 'unknown'})` };
}

function tooLarge(size: number, max: number): LocalizedText {
  const mb = (n: number) => (n / MB).toFixed(n < 10 * MB ? 1 : 0);
  return { zh: `太大（${mb(size)} MB，上限 ${mb(max)} MB）`, en: `is too large (${mb(size)} MB; the limit is ${mb(max)} MB)` };
}

/** Size limits of the files a user names. */
export const FILE_LIMITS = {
  rulePack: 8 * MB,
  config: 1 * MB,
  userDictionary: 16 * MB,
  draft: 64 * MB,
} as const;
