import type { WasmModule } from '../../wasm/dist/jieba.js';
import { WasmJiebaSegmenter, WasmJiebaDataError, type WasmJiebaData } from './wasmSegmenter';
import { DictionaryError } from './dictionaryError';
import { damagedFile, dictionaryText, readPackageFile, readUserDictionary } from './dictionaryFiles';
import { packageFile } from './packageFiles';
import { SEGMENTER_FILES } from './segmenterFiles';

// jieba in Node: the WebAssembly build (wasm/dist) with our dictionaries and the user's, read
// from the package's files. No native code: the same files run on every OS and CPU.

const WebAssembly = (globalThis as unknown as { WebAssembly: { Module: new (bytes: Uint8Array) => WasmModule } }).WebAssembly;

/** jieba.wasm compiled once per process: every segmenter instantiates the same module. */
let compiled: { file: string; module: WasmModule } | undefined;

function compiledModule(file: string): WasmModule {
  if (compiled?.file !== file) {
    const bytes = readPackageFile(file, 'wasm');
    try {
      compiled = { file, module: new WebAssembly.Module(bytes) };
    } catch {
      throw damagedFile(file);
    }
  }
  return compiled.module;
}

/** The texts of the user dictionary jieba is given: ours (missing or empty: reinstall), then `extraDictionary`; each checked first. */
function userDictionaryTexts(extraDictionary?: string): string[] {
  const texts = SEGMENTER_FILES.dictionaries.map(packageFile).map((file) => [file, dictionaryText(readPackageFile(file))] as const);
  if (extraDictionary) texts.push([extraDictionary, readUserDictionary(extraDictionary)]);
  return texts.map(([file, read]) => {
    if ('problem' in read) throw new DictionaryError(file, read.problem);
    return read.text;
  });
}

/**
 * The segmenter's data from the package's files: the compiled module, the prepared dictionary and
 * the user dictionary: ours, then `extraDictionary`. Read into memory, never copied to disk.
 * Throws a `DictionaryError` for a file that cannot be used.
 */
export function nodeWasmJiebaData(extraDictionary?: string): WasmJiebaData {
  const wasm = compiledModule(packageFile(SEGMENTER_FILES.wasm));
  const userDictionary = userDictionaryTexts(extraDictionary);
  return { wasm, prepared: readPackageFile(packageFile(SEGMENTER_FILES.prepared), 'prepared'), userDictionary };
}

/**
 * The product's segmenter in Node (CLI, language server, tests): jieba.wasm with the package's
 * dictionaries and, optionally, a user dictionary file. `load()` (or the first cut) reads and
 * checks every file: a missing, empty or damaged one is a `DictionaryError`.
 */
export class JiebaSegmenter extends WasmJiebaSegmenter {
  constructor(extraDictionary?: string) {
    super(() => nodeWasmJiebaData(extraDictionary));
  }

  override load(): void {
    try {
      super.load();
    } catch (e) {
      // The module refused a file that looked right: name that file.
      if (e instanceof WasmJiebaDataError) throw damagedFile(packageFile(e.part === 'wasm' ? SEGMENTER_FILES.wasm : SEGMENTER_FILES.prepared));
      throw e;
    }
  }
}
