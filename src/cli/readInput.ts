import * as fs from 'node:fs';
import { readDocx, DocxError, DEFAULT_ZIP_LIMITS, type DocxText } from '../formats';

export type InputResult = { text: string } | { error: { zh: string; en: string } };

/** The bytes of a file (or stdin for "-"); a directory, a missing or unreadable file, or one over `maxBytes` is an error. */
function readBytes(file: string, maxBytes = Infinity): { bytes: Buffer } | { error: { zh: string; en: string } } {
  try {
    if (file === '-') return { bytes: fs.readFileSync(0) };
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { error: { zh: '是目录，不是文件', en: 'is a directory, not a file' } };
    if (stat.size > maxBytes) return { error: new DocxError('too-large').text };
    return { bytes: fs.readFileSync(file) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: { zh: '文件不存在', en: 'no such file' } };
    if (code === 'EACCES') return { error: { zh: '没有读取权限', en: 'permission denied' } };
    return { error: { zh: `无法读取（${code ?? 'unknown'}）`, en: `cannot be read (${code ?? 'unknown'})` } };
  }
}

/** Reads a file (or stdin for "-") as strict UTF-8; binary or undecodable input is an error. */
export function readInput(file: string): InputResult {
  const read = readBytes(file);
  if ('error' in read) return read;
  const { bytes } = read;
  if (bytes.includes(0)) return { error: { zh: '是二进制文件（含 NUL 字节），未检查', en: 'is a binary file (contains NUL bytes); not checked' } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: { zh: '不是有效的 UTF-8 文本，请先转换编码（如 GBK 转为 UTF-8）', en: 'is not valid UTF-8; convert it first (e.g. from GBK)' } };
  }
  // TextDecoder drops a UTF-8 BOM, as editors do, so offsets match what the editor shows.
  return { text };
}

/** Reads a Word document; a .doc, .wps, encrypted, damaged or oversized file is a one-line error. */
export function readDocxInput(file: string): { doc: DocxText } | { error: { zh: string; en: string } } {
  const read = readBytes(file, DEFAULT_ZIP_LIMITS.maxFileBytes);
  if ('error' in read) return read;
  const { bytes } = read;
  try {
    return { doc: readDocx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { fileName: file }) };
  } catch (e) {
    if (e instanceof DocxError) return { error: e.text };
    // Anything else the reader throws is still a file we could not read, never a crash.
    return { error: new DocxError('corrupt').text };
  }
}
