// Types for jieba.js, emscripten's glue for jieba.wasm (written by hand; see wasm/README.md).
// Pointers and sizes are byte offsets into HEAPU8. The C functions are in wasm/src/jieba_wasm.cpp.

// The project compiles without lib.dom, where TypeScript declares WebAssembly: these are the few
// shapes the glue and src/core/wasmSegmenter.ts need.
export interface WasmModule {
  readonly __wasmModule?: never;
}
export interface WasmInstance {
  readonly exports: Record<string, unknown>;
}
export type WasmImports = Record<string, Record<string, unknown>>;
/** `globalThis.WebAssembly`, the parts used. */
export interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: WasmImports) => WasmInstance;
  compile(bytes: Uint8Array): Promise<WasmModule>;
  instantiate(module: WasmModule, imports: WasmImports): Promise<WasmInstance>;
}

export interface JiebaWasmModule {
  /** The module's memory; a new view after any call that may have grown it. */
  readonly HEAPU8: Uint8Array;
  _malloc(size: number): number;
  _free(ptr: number): void;
  /** jieba.dict.utf8, hmm_model.utf8 and a user dictionary as text; 1, or 0 with `_jw_error()`. */
  _jw_load(dict: number, dictSize: number, hmm: number, hmmSize: number, user: number, userSize: number): number;
  /** jieba-dict.bin (both prepared) and a user dictionary as text; 1, or 0 with `_jw_error()`. */
  _jw_load_prepared(data: number, size: number, user: number, userSize: number): number;
  /** The last load error, a NUL-terminated UTF-8 string. */
  _jw_error(): number;
  /** A buffer of at least `size` bytes to write the text to cut into. */
  _jw_input(size: number): number;
  /** Cuts the first `size` bytes of the input buffer; the number of words, or -1 before a load. */
  _jw_cut(size: number, withTags: number): number;
  /** Per word of the last cut: its end in UTF-16 code units (uint32). */
  _jw_ends(): number;
  /** Per word of the last cut with tags: the index of its tag (uint32). */
  _jw_tags(): number;
  _jw_tag_name(id: number): number;
  _jw_tag_name_length(id: number): number;
  _jw_word_count(): number;
  _jw_node_count(): number;
}

export interface JiebaWasmModuleOptions {
  /** Instantiates jieba.wasm with emscripten's imports, so the glue never fetches or reads it. */
  instantiateWasm?(imports: WasmImports, receive: (instance: WasmInstance, module?: WasmModule) => void): WasmInstance['exports'];
  print?(text: string): void;
  printErr?(text: string): void;
}

/** Resolves when the module is ready; with a synchronous `instantiateWasm` it is usable at once. */
declare function createJiebaModule(options?: JiebaWasmModuleOptions): Promise<JiebaWasmModule>;
export default createJiebaModule;
