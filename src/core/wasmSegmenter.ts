import type { Segmenter, Token } from './model';
import { mergeDictionaryTexts } from './userDictionary';
import createJiebaModule, { type JiebaWasmModule, type JiebaWasmModuleOptions, type WasmApi, type WasmModule } from '../../wasm/dist/jieba.js';

// jieba compiled to WebAssembly (wasm/README.md): the same words and tags as the native addon
// JiebaSegmenter loads, on every platform and in a browser Worker. Nothing here imports a Node
// module at the top: the Node-only part (reading the files next to the package) requires them
// when it runs, so a browser bundle only needs `node:*`, `fs` and `path` marked external (the
// emscripten glue mentions the last two in its Node branch).

type Bytes = ArrayBuffer | ArrayBufferView;

const WebAssembly = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** What the WebAssembly segmenter is made of, as bytes or text: nothing is read from disk. */
export interface WasmJiebaData {
  /** `wasm/dist/jieba.wasm`, or that file already compiled. */
  wasm: Bytes | WasmModule;
  /** `wasm/dist/jieba-dict.bin`: jieba's dictionary and HMM model, prepared to load fast. */
  prepared?: Bytes;
  /** Instead of `prepared`: nodejs-jieba's `dict/jieba.dict.utf8` and `dict/hmm_model.utf8` as they are. */
  dictionary?: Bytes | string;
  hmmModel?: Bytes | string;
  /**
   * The user dictionary in jieba's format ("word [freq] [tag]" per line): one text, or several
   * (ours, then the user's) merged as JiebaSegmenter merges its files.
   */
  userDictionary?: Bytes | string | readonly string[];
}

/** Our dictionaries (`dictionaries/*.dict.utf8`, sorted), for loaders that cannot list a folder. */
export const BUILT_IN_DICTIONARIES: readonly string[] = ['office.dict.utf8', 'register.dict.utf8'];

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function bytesOf(data: Bytes | string): Uint8Array {
  if (typeof data === 'string') return encoder.encode(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function isBytes(data: unknown): data is Bytes {
  return data instanceof ArrayBuffer || ArrayBuffer.isView(data);
}

/** One text is used as it is (as JiebaSegmenter uses a single file); several are merged. */
function userDictionaryBytes(user: WasmJiebaData['userDictionary']): Uint8Array {
  if (user === undefined) return new Uint8Array(0);
  if (typeof user === 'string' || isBytes(user)) return bytesOf(user);
  return bytesOf(user.length === 1 ? user[0] : mergeDictionaryTexts(user));
}

// The glue prints only when jieba aborts; keep it off stdout, which the CLI and LSP use.
const print = (text: string) => console.error(`jieba (wasm): ${text}`);

/** One instance of jieba.wasm with its dictionaries loaded. */
class Engine {
  private readonly tagNames: string[] = [];

  private constructor(private readonly m: JiebaWasmModule) {}

  /** Synchronous: compiles (unless given a module) and instantiates at once. Fine in Node and Workers. */
  static loadSync(data: WasmJiebaData): Engine {
    const module = data.wasm instanceof WebAssembly.Module ? data.wasm : new WebAssembly.Module(bytesOf(data.wasm));
    let failure: unknown;
    const options: JiebaWasmModuleOptions = {
      instantiateWasm(imports, receive) {
        try {
          const instance = new WebAssembly.Instance(module, imports);
          receive(instance, module);
          return instance.exports;
        } catch (e) {
          failure = e;
          throw e;
        }
      },
      print,
      printErr: print,
    };
    // The glue fills in the object it is given; with a synchronous instantiateWasm it has run
    // by the time the factory returns.
    createJiebaModule(options).catch(() => undefined);
    const m = options as unknown as JiebaWasmModule & { calledRun?: boolean };
    if (failure !== undefined || !m.calledRun) throw new Error(`jieba (wasm) could not start: ${String(failure ?? 'not instantiated')}`);
    return new Engine(m).load(data);
  }

  /** Asynchronous compilation and instantiation, as a browser's main thread requires. */
  static async load(data: WasmJiebaData): Promise<Engine> {
    const module = data.wasm instanceof WebAssembly.Module ? data.wasm : await WebAssembly.compile(bytesOf(data.wasm));
    const m = await new Promise<JiebaWasmModule>((resolve, reject) => {
      createJiebaModule({
        instantiateWasm(imports, receive) {
          WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module), reject);
          return {};
        },
        print,
        printErr: print,
      }).then(resolve, reject);
    });
    return new Engine(m).load(data);
  }

  private load(data: WasmJiebaData): this {
    const m = this.m;
    const user = userDictionaryBytes(data.userDictionary);
    let buffers: Uint8Array[];
    let call: (ptrs: number[]) => number;
    if (data.prepared) {
      buffers = [bytesOf(data.prepared), user];
      call = ([p, u]) => m._jw_load_prepared(p, buffers[0].length, u, user.length);
    } else if (data.dictionary !== undefined && data.hmmModel !== undefined) {
      buffers = [bytesOf(data.dictionary), bytesOf(data.hmmModel), user];
      call = ([d, h, u]) => m._jw_load(d, buffers[0].length, h, buffers[1].length, u, user.length);
    } else {
      throw new Error('jieba (wasm): give `prepared`, or `dictionary` and `hmmModel`');
    }
    const ptrs = buffers.map((b) => m._malloc(Math.max(b.length, 1)));
    try {
      // HEAPU8 is read after every malloc: a malloc may grow the memory and replace the view.
      buffers.forEach((b, i) => m.HEAPU8.set(b, ptrs[i]));
      if (call(ptrs) !== 1) throw new Error(`jieba (wasm): ${this.cString(m._jw_error())}`);
    } finally {
      for (const p of ptrs) m._free(p);
    }
    return this;
  }

  private cString(ptr: number): string {
    const heap = this.m.HEAPU8;
    let end = ptr;
    while (heap[end] !== 0) end++;
    return decoder.decode(heap.subarray(ptr, end));
  }

  /** Cuts text as nodejs-jieba's `cut(text, true)` (and tags its words as `tag(text)` when asked). */
  cut(text: string, withTags: boolean): { ends: Uint32Array; tags: Uint32Array | undefined } {
    const m = this.m;
    // UTF-8 takes at most three bytes per UTF-16 code unit; a lone surrogate becomes U+FFFD
    // (three bytes, one code unit), as it does on its way into the native addon.
    const capacity = text.length * 3;
    const input = m._jw_input(Math.max(capacity, 1));
    const { written } = encoder.encodeInto(text, m.HEAPU8.subarray(input, input + capacity));
    const count = m._jw_cut(written, withTags ? 1 : 0);
    if (count < 0) throw new Error('jieba (wasm): cut before load');
    // Copies: a view into the module's memory would go stale when a later call grows it.
    const buffer = m.HEAPU8.buffer;
    return {
      ends: new Uint32Array(buffer, m._jw_ends(), count).slice(),
      tags: withTags ? new Uint32Array(buffer, m._jw_tags(), count).slice() : undefined,
    };
  }

  tagName(id: number): string {
    let name = this.tagNames[id];
    if (name === undefined) {
      const ptr = this.m._jw_tag_name(id);
      name = this.tagNames[id] = decoder.decode(this.m.HEAPU8.subarray(ptr, ptr + this.m._jw_tag_name_length(id)));
    }
    return name;
  }

  get wordCount(): number {
    return this.m._jw_word_count();
  }
}

/** Distinct words whose tags are remembered; a long session starts over beyond this. */
const MAX_KNOWN_TAGS = 200_000;

/**
 * jieba in WebAssembly behind the `Segmenter` interface. In Node, `new WasmJiebaSegmenter(extra)`
 * then `load()` (synchronous) reads the committed build and our dictionaries, like
 * `JiebaSegmenter`; anywhere (a browser Worker), `await WasmJiebaSegmenter.create(data)` with the
 * bytes fetched (`fetchWasmJiebaData`) or passed in.
 */
export class WasmJiebaSegmenter implements Segmenter {
  private engine: Engine | undefined;
  /** jieba tags a word by dictionary lookup of the word alone, so a word's tag can be reused. */
  private readonly tagByWord = new Map<string, string>();

  /** `extraDictionary`: a user dictionary file (Node), merged after ours. */
  constructor(private readonly extraDictionary?: string) {}

  /** Instantiates asynchronously from `data`; without it (Node only), from the files `load()` reads. */
  static async create(data?: WasmJiebaData): Promise<WasmJiebaSegmenter> {
    const segmenter = new WasmJiebaSegmenter();
    segmenter.engine = await Engine.load(data ?? nodeWasmJiebaData());
    return segmenter;
  }

  /** Synchronous instantiation from `data`; in a browser, only inside a Worker. */
  static fromData(data: WasmJiebaData): WasmJiebaSegmenter {
    const segmenter = new WasmJiebaSegmenter();
    segmenter.engine = Engine.loadSync(data);
    return segmenter;
  }

  /** Loads the committed build and the dictionaries (Node; tens of milliseconds); later calls return at once. */
  load(): void {
    this.engine ??= Engine.loadSync(nodeWasmJiebaData(this.extraDictionary));
  }

  get loaded(): boolean {
    return this.engine !== undefined;
  }

  /** Words in the loaded dictionaries (jieba's and the user dictionary's entries). */
  get wordCount(): number {
    this.load();
    return this.engine!.wordCount;
  }

  cut(text: string): Token[] {
    this.load();
    const { ends } = this.engine!.cut(text, false);
    return tokensOf(text, ends);
  }

  tags(text: string): Map<number, string> {
    this.load();
    const engine = this.engine!;
    const { ends, tags } = engine.cut(text, true);
    const result = new Map<number, string>();
    if (this.tagByWord.size > MAX_KNOWN_TAGS) this.tagByWord.clear();
    let start = 0;
    for (let i = 0; i < ends.length; i++) {
      const tag = engine.tagName(tags![i]);
      result.set(start, tag);
      this.tagByWord.set(text.slice(start, ends[i]), tag);
      start = ends[i];
    }
    return result;
  }

  knownTag(word: string): string | undefined {
    return this.tagByWord.get(word);
  }
}

/** Tokens from word ends (UTF-16), each token's text sliced from the input. */
function tokensOf(text: string, ends: Uint32Array): Token[] {
  const tokens: Token[] = new Array(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i];
    tokens[i] = { text: text.slice(start, end), start, end };
    start = end;
  }
  // Never expected; keep the invariant that tokens cover the input exactly.
  if (start !== text.length) tokens.push({ text: text.slice(start), start, end: text.length });
  return tokens;
}

/**
 * Fetches the segmenter's files from the extension's own folder (`base`: its root URL), e.g. in
 * a browser Worker. `userDictionary`: the user's dictionary text, merged after ours.
 */
export async function fetchWasmJiebaData(base: string | URL, options: { userDictionary?: string; dictionaries?: readonly string[] } = {}): Promise<WasmJiebaData> {
  const root = new URL(base);
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  const get = async (file: string) => {
    const response = await fetch(new URL(file, root));
    if (!response.ok) throw new Error(`jieba (wasm): ${file}: ${response.status} ${response.statusText}`);
    return response;
  };
  const dictionaries = options.dictionaries ?? BUILT_IN_DICTIONARIES;
  const [wasm, prepared, ...ours] = await Promise.all([
    get('wasm/dist/jieba.wasm').then((r) => r.arrayBuffer()),
    get('wasm/dist/jieba-dict.bin').then((r) => r.arrayBuffer()),
    ...dictionaries.map((d) => get(`dictionaries/${d}`).then((r) => r.text())),
  ]);
  const texts = ours as string[];
  if (options.userDictionary !== undefined) texts.push(options.userDictionary);
  return { wasm: wasm as ArrayBuffer, prepared: prepared as ArrayBuffer, userDictionary: texts };
}

// --- Node only: the files next to the package -------------------------------------------------

/** jieba.wasm compiled once per process: every segmenter instantiates the same module. */
let compiledInNode: { file: string; module: WasmModule } | undefined;

/** The committed build, `wasm/dist`, found above this file (the repository or the package root). */
export function wasmDistDir(): string {
  const fs: typeof import('node:fs') = require('node:fs');
  const path: typeof import('node:path') = require('node:path');
  let dir = __dirname;
  for (let up = 0; up < 5; up++) {
    const candidate = path.join(dir, 'wasm', 'dist');
    if (fs.existsSync(path.join(candidate, 'jieba.wasm'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error(`wasm/dist/jieba.wasm not found above ${__dirname}`);
}

/**
 * The segmenter's data in Node: the committed build, the prepared dictionary (or, with
 * `prepared: false`, nodejs-jieba's own text files) and the user dictionary JiebaSegmenter would
 * merge: ours, then `extraDictionary`.
 */
export function nodeWasmJiebaData(extraDictionary?: string, options: { prepared?: boolean } = {}): WasmJiebaData {
  const fs: typeof import('node:fs') = require('node:fs');
  const path: typeof import('node:path') = require('node:path');
  const { userDictionaryFiles }: typeof import('./segmenter') = require('./segmenter');
  const dist = wasmDistDir();
  const file = path.join(dist, 'jieba.wasm');
  if (compiledInNode?.file !== file) compiledInNode = { file, module: new WebAssembly.Module(fs.readFileSync(file)) };
  const files = userDictionaryFiles(extraDictionary);
  // As JiebaSegmenter: a single file is used as it is, several are merged as text.
  const userDictionary = files.length === 1 ? fs.readFileSync(files[0]) : files.map((f) => fs.readFileSync(f, 'utf8'));
  if (options.prepared === false) {
    const dict = path.join(path.dirname(path.dirname(require.resolve('nodejs-jieba'))), 'dict');
    return {
      wasm: compiledInNode.module,
      dictionary: fs.readFileSync(path.join(dict, 'jieba.dict.utf8')),
      hmmModel: fs.readFileSync(path.join(dict, 'hmm_model.utf8')),
      userDictionary,
    };
  }
  return { wasm: compiledInNode.module, prepared: fs.readFileSync(path.join(dist, 'jieba-dict.bin')), userDictionary };
}
