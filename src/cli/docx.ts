// The CLI's Word parts (reading with xmldom and fflate, writing with the docx library), bundled on
// their own as dist/cli-docx.js and loaded only to check a .docx or to export: a plain check of a
// text draft never parses them.
import { readDocx, type DocxText } from '../formats/docx/read';
import { DocxError } from '../formats/docx/errors';
import { DEFAULT_ZIP_LIMITS } from '../formats/docx/zip';
import { readBytes } from './readInput';

export { runExport } from './export';

/** Reads a Word document; a .doc, .wps, encrypted, damaged or oversized file is a one-line error. */
export function readDocxInput(file: string): { doc: DocxText } | { error: { zh: string; en: string } } {
  const read = readBytes(file, DEFAULT_ZIP_LIMITS.maxFileBytes, new DocxError('too-large').text);
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
