import type { Segmenter, Token } from './model';
import { mergeDictionaryTexts } from './userDictionary';
import createJiebaModule, { type JiebaWasmModule, type JiebaWasmModuleOptions, type WasmApi, type WasmModule } from '../../wasm/dist/jieba.js';

// jieba compiled to WebAssembly (wasm/README.md): the same words and tags as nodejs-jieba's
// native addon, on every platform and in a browser Worker. Nothing here reads a file: in Node,
// `JiebaSegmenter` (segmenter.ts) reads the package's files; in a browser, the extension reads
// them from its own folder and passes them to the language server's Worker.

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
   * (ours, then the user's) merged one after the other (`mergeDictionaryTexts`).
   */
  userDictionary?: Bytes | string | readonly string[];
}


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

/** One text is used as it is; several are merged. */
function userDictionaryBytes(user: WasmJiebaData['userDictionary']): Uint8Array {
  if (user === undefined) return new Uint8Array(0);
  if (typeof user === 'string' || isBytes(user)) return bytesOf(user);
  return bytesOf(user.length === 1 ? user[0] : mergeDictionaryTexts(user));
}

/** A part of `WasmJiebaData` the module could not use: which part, and why. */
export class WasmJiebaDataError extends Error {
  constructor(
    readonly part: 'wasm' | 'prepared' | 'dictionary',
    message: string,
  ) {
    super(`jieba (wasm): ${message}`);
  }
}

// The glue prints only when jieba aborts; keep it off stdout, which the CLI and LSP use.
const print = (text: string) => console.error(`jieba (wasm): ${text}`);

const unusableWasm = (e: unknown) => new WasmJiebaDataError('wasm', `not a usable jieba.wasm: ${String(e)}`);

function compileSync(wasm: Bytes): WasmModule {
  try {
    return new WebAssembly.Module(bytesOf(wasm));
  } catch (e) {
    throw unusableWasm(e);
  }
}

/** One instance of jieba.wasm with its dictionaries loaded. */
class Engine {
  private readonly tagNames: string[] = [];

  private constructor(private readonly m: JiebaWasmModule) {}

  /** Synchronous: compiles (unless given a module) and instantiates at once. Fine in Node and Workers. */
  static loadSync(data: WasmJiebaData): Engine {
    const module = data.wasm instanceof WebAssembly.Module ? data.wasm : compileSync(data.wasm);
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
    if (failure !== undefined || !m.calledRun) throw new WasmJiebaDataError('wasm', `could not start: ${String(failure ?? 'not instantiated')}`);
    return new Engine(m).load(data);
  }

  /** Asynchronous compilation and instantiation, as a browser's main thread requires. */
  static async load(data: WasmJiebaData): Promise<Engine> {
    let module: WasmModule;
    try {
      module = data.wasm instanceof WebAssembly.Module ? data.wasm : await WebAssembly.compile(bytesOf(data.wasm));
    } catch (e) {
      throw unusableWasm(e);
    }
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
    const part = data.prepared ? 'prepared' : 'dictionary';
    if (data.prepared) {
      buffers = [bytesOf(data.prepared), user];
      call = ([p, u]) => m._jw_load_prepared(p, buffers[0].length, u, user.length);
    } else if (data.dictionary !== undefined && data.hmmModel !== undefined) {
      buffers = [bytesOf(data.dictionary), bytesOf(data.hmmModel), user];
      call = ([d, h, u]) => m._jw_load(d, buffers[0].length, h, buffers[1].length, u, user.length);
    } else {
      throw new WasmJiebaDataError('dictionary', 'give `prepared`, or `dictionary` and `hmmModel`');
    }
    const ptrs = buffers.map((b) => m._malloc(Math.max(b.length, 1)));
    try {
      // HEAPU8 is read after every malloc: a malloc may grow the memory and replace the view.
      buffers.forEach((b, i) => m.HEAPU8.set(b, ptrs[i]));
      if (call(ptrs) !== 1) throw new WasmJiebaDataError(part, this.cString(m._jw_error()));
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
 * jieba in WebAssembly behind the `Segmenter` interface, made from `WasmJiebaData`: given when
 * first needed (`load()`, synchronous: Node or a Worker), or at once (`create`, asynchronous;
 * `fromData`, synchronous). In Node, `JiebaSegmenter` (segmenter.ts) gives it the package's files.
 */
export class WasmJiebaSegmenter implements Segmenter {
  private engine: Engine | undefined;
  /** jieba tags a word by dictionary lookup of the word alone, so a word's tag can be reused. */
  private readonly tagByWord = new Map<string, string>();

  /** `data`: what the segmenter is made of, asked for by the first `load()` (or cut). */
  constructor(private readonly data: () => WasmJiebaData) {}

  /** Compiles and instantiates asynchronously, as a browser's main thread requires. */
  static async create(data: WasmJiebaData): Promise<WasmJiebaSegmenter> {
    const segmenter = new WasmJiebaSegmenter(() => data);
    segmenter.engine = await Engine.load(data);
    return segmenter;
  }

  /** Synchronous instantiation; in a browser, only inside a Worker. */
  static fromData(data: WasmJiebaData): WasmJiebaSegmenter {
    const segmenter = new WasmJiebaSegmenter(() => data);
    segmenter.load();
    return segmenter;
  }

  /** Instantiates the module with its dictionaries (tens of milliseconds); later calls return at once. Throws a `WasmJiebaDataError` for data it cannot use. */
  load(): void {
    this.engine ??= Engine.loadSync(this.data());
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
