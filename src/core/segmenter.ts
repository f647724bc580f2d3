import * as path from 'node:path';
import type { Segmenter, Token } from './model';
import { checkPackageDictionary, projectDictionaries, userDictionaryProblem, DictionaryError, type PackageDictionary } from './dictionaryFiles';


/** The native addon inside nodejs-jieba (its JS wrapper only adds node-pre-gyp path lookup). */
interface JiebaAddon {
  load(dict: string, hmm: string, userDict: string, idf: string, stopWords: string): boolean;
  cut(text: string, hmm: boolean): string[];
  tag(text: string): { word: string; tag: string }[];
}

/**
 * Loads the addon straight from nodejs-jieba's build folder, so the packaged extension needs only
 * the binary and jieba's dictionaries, not node-pre-gyp and its dependency tree. Every file is
 * checked first (jieba aborts the process on a file it cannot read). jieba reads several user
 * dictionaries joined by "|", so ours and the user's are passed as they are: no merged copy of
 * the user's words is ever written to disk.
 */
function loadAddon(extraDictionary?: string): JiebaAddon {
  const root = path.dirname(path.dirname(require.resolve('nodejs-jieba')));
  const dict = (name: string) => path.join(root, 'dict', name);
  const files = { main: dict('jieba.dict.utf8'), hmm: dict('hmm_model.utf8'), idf: dict('idf.utf8'), stopWords: dict('stop_words.utf8') };
  for (const [role, file] of Object.entries(files)) checkPackageDictionary(file, role as PackageDictionary);
  const users = projectDictionaries();
  if (extraDictionary) users.push(extraDictionary);
  for (const file of users) {
    const problem = userDictionaryProblem(file);
    if (problem) throw new DictionaryError(file, problem);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const addon: JiebaAddon = require(path.join(root, 'build', 'Release', 'jieba.node'));
  addon.load(files.main, files.hmm, users.join('|'), files.idf, files.stopWords);
  return addon;
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * Maps jieba's words back onto the input. jieba returns strings only; it turns a lone
 * surrogate into U+FFFD (same UTF-16 length), so offsets are accumulated from lengths and
 * each token's text is taken from the input itself.
 */
export function alignTokens(input: string, words: readonly string[]): Token[] {
  const tokens: Token[] = new Array(words.length);
  // Without surrogates jieba's words are the input's own text: no need to slice it again.
  const exact = !SURROGATE.test(input);
  let offset = 0;
  for (let i = 0; i < words.length; i++) {
    const end = offset + words[i].length;
    tokens[i] = { text: exact ? words[i] : input.slice(offset, end), start: offset, end };
    offset = end;
  }
  if (offset !== input.length) {
    // Never expected; keep the invariant that tokens cover the input exactly.
    tokens.push({ text: input.slice(offset), start: offset, end: input.length });
  }
  return tokens;
}

/** Distinct words whose tags are remembered; a long session starts over beyond this. */
const MAX_KNOWN_TAGS = 200_000;

export class JiebaSegmenter implements Segmenter {
  private jieba: JiebaAddon | undefined;
  /** jieba tags a word by dictionary lookup of the word alone, so a word's tag can be reused. */
  private readonly tagByWord = new Map<string, string>();

  constructor(private readonly extraDictionary?: string) {}

  /** Loads the dictionaries (about a second); later calls return at once. Throws a `DictionaryError` for a file that cannot be used. */
  load(): void {
    this.jieba ??= loadAddon(this.extraDictionary);
  }

  get loaded(): boolean {
    return this.jieba !== undefined;
  }

  cut(text: string): Token[] {
    this.load();
    return alignTokens(text, this.jieba!.cut(text, true));
  }

  tags(text: string): Map<number, string> {
    this.load();
    const tagged = this.jieba!.tag(text);
    const result = new Map<number, string>();
    let offset = 0;
    if (this.tagByWord.size > MAX_KNOWN_TAGS) this.tagByWord.clear();
    for (const { word, tag } of tagged) {
      result.set(offset, tag);
      this.tagByWord.set(text.slice(offset, offset + word.length), tag);
      offset += word.length;
    }
    return result;
  }

  knownTag(word: string): string | undefined {
    return this.tagByWord.get(word);
  }
}

/** The files of jieba's user dictionary: ours (`dictionaries/*.dict.utf8`, sorted), then the user's. */
export function userDictionaryFiles(extraDictionary?: string): string[] {
  return extraDictionary ? [...projectDictionaries(), extraDictionary] : projectDictionaries();
}
