import * as fs from 'node:fs';
import { FILE_LIMITS, readRegularFile } from '../core/files';

/** The text, and whether the file began with a UTF-8 byte order mark (kept when the file is rewritten). */
export type InputResult = { text: string; bom: boolean } | { error: { zh: string; en: string } };

const HOW_TO_UTF8 = { zh: '请另存为 UTF-8（记事本：“另存为”→“编码”选 UTF-8；或 iconv -f UTF-16 -t UTF-8）', en: 'save it as UTF-8 (Notepad: Save As → Encoding: UTF-8; or iconv -f UTF-16 -t UTF-8)' };

/** UTF-16 by its byte order mark, or by text whose every other byte is NUL (ASCII and CJK punctuation in UTF-16 without one). */
function isUtf16(bytes: Buffer): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 16) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  return (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) || (evenNul > pairs * 0.3 && oddNul < pairs * 0.05);
}

/** Standard input up to `max` bytes: `cat /dev/zero | speech-draft check -` must end too. */
function readStdin(max: number): { bytes: Buffer } | { error: { zh: string; en: string } } {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      return { error: { zh: `无法读取标准输入（${code ?? 'unknown'}）`, en: `cannot read standard input (${code ?? 'unknown'})` } };
    }
    if (n === 0) break;
    total += n;
    if (total > max) return { error: { zh: `太大（超过 ${max / 1024 / 1024} MB），未检查`, en: `is too large (over ${max / 1024 / 1024} MB); not checked` } };
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return { bytes: Buffer.concat(chunks) };
}

/**
 * The bytes of a file (or stdin for "-"), at most `maxBytes`: a directory, a FIFO or device, a
 * missing or unreadable file, or one too large is an error (`tooLarge` says that one's way).
 */
export function readBytes(file: string, maxBytes: number, tooLarge?: { zh: string; en: string }): { bytes: Buffer } | { error: { zh: string; en: string } } {
  if (file === '-') return readStdin(maxBytes);
  const read = readRegularFile(file, maxBytes);
  if ('problem' in read) return { error: read.tooLarge && tooLarge ? tooLarge : read.problem };
  return read;
}

/** Reads a file (or stdin for "-") as strict UTF-8; binary or undecodable input is an error. */
export function readInput(file: string): InputResult {
  const read = readBytes(file, FILE_LIMITS.draft);
  if ('error' in read) return read;
  const { bytes } = read;
  if (isUtf16(bytes)) return { error: { zh: `是 UTF-16 编码，未检查；${HOW_TO_UTF8.zh}`, en: `is UTF-16 encoded; not checked: ${HOW_TO_UTF8.en}` } };
  if (bytes.includes(0)) return { error: { zh: '是二进制文件（含 NUL 字节），未检查', en: 'is a binary file (contains NUL bytes); not checked' } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: { zh: '不是有效的 UTF-8 文本，请先转换编码（如 GBK 转为 UTF-8）', en: 'is not valid UTF-8; convert it first (e.g. from GBK)' } };
  }
  // TextDecoder drops a UTF-8 BOM, as editors do, so offsets match what the editor shows.
  return { text, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
}
