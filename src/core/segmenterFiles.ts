/**
 * The segmenter's files, relative to the package's root: the same in the repository, the .vsix
 * and the extension's folder in a browser. Our dictionaries are listed (a browser cannot list a
 * folder) in the order jieba reads them, after its own.
 */
export const SEGMENTER_FILES = {
  wasm: 'wasm/dist/jieba.wasm',
  prepared: 'wasm/dist/jieba-dict.bin',
  dictionaries: ['dictionaries/office.dict.utf8', 'dictionaries/register.dict.utf8'],
} as const;
