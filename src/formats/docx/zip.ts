import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { DocxError } from './errors';

/** Limits against zip bombs and oversized input; the defaults fit any speech with room to spare. */
export interface ZipLimits {
  /** Bytes of the .docx file itself. */
  maxFileBytes: number;
  /** Uncompressed bytes of one part that is read (images and other parts are never inflated). */
  maxEntryBytes: number;
  /** Uncompressed bytes of all parts read together. */
  maxTotalBytes: number;
  /** Entries in the package. */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  maxEntries: 10_000,
};

/** Compressed bytes handed to the inflater at a time: one push can expand to at most ~1000× this. */
const CHUNK = 16 * 1024;

/**
 * Inflates the entries of a ZIP package whose names `wanted` accepts, with fflate's streaming
 * unzip, counting the bytes as they come out: an entry that grows past its declared size or the
 * limits stops the read at once (a lying header cannot make it inflate gigabytes).
 */
export function readZipEntries(bytes: Uint8Array, wanted: (name: string) => boolean, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Map<string, Uint8Array> {
  if (bytes.length > limits.maxFileBytes) throw new DocxError('too-large', `${bytes.length} bytes`);
  const out = new Map<string, Uint8Array>();
  const open = new Set<string>();
  let entries = 0;
  let total = 0;
  let failure: DocxError | undefined;
  const unzip = new Unzip((file: UnzipFile) => {
    if (failure) return;
    if (++entries > limits.maxEntries) {
      failure = new DocxError('too-large', `more than ${limits.maxEntries} entries`);
      return;
    }
    if (!wanted(file.name) || out.has(file.name) || open.has(file.name)) return;
    const declared = file.originalSize;
    if (declared !== undefined && declared > limits.maxEntryBytes) {
      failure = new DocxError('too-large', `${file.name}: ${declared} bytes`);
      return;
    }
    const cap = Math.min(limits.maxEntryBytes, declared ?? limits.maxEntryBytes);
    const chunks: Uint8Array[] = [];
    let size = 0;
    open.add(file.name);
    file.ondata = (err, data, final) => {
      if (failure) return;
      if (err) {
        failure = new DocxError('corrupt', `${file.name}: ${err.message}`);
        return;
      }
      size += data.length;
      total += data.length;
      if (size > cap || total > limits.maxTotalBytes) {
        failure = new DocxError('too-large', `${file.name} expands past ${cap} bytes`);
        file.terminate();
        return;
      }
      chunks.push(data);
      if (final) {
        open.delete(file.name);
        out.set(file.name, concat(chunks, size));
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let i = 0; i < bytes.length && !failure; i += CHUNK) unzip.push(bytes.subarray(i, Math.min(i + CHUNK, bytes.length)), i + CHUNK >= bytes.length);
  } catch (e) {
    if (!failure) failure = new DocxError('corrupt', (e as Error).message);
  }
  if (failure) throw failure;
  // An entry still open at the end was cut off (a truncated download or copy).
  if (open.size > 0) throw new DocxError('corrupt', `${[...open].join(', ')} is incomplete`);
  return out;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}
