import * as path from 'node:path';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { mergeDictionaryTexts } from './userDictionary';

/** A word from the segmenter with its place in the text, in UTF-16 code units. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Segmenter {
  /** Splits text into tokens that rejoin to exactly the input. */
  cut(text: string): Token[];
  /** Part-of-speech tags for the tokens of text, keyed by token start offset. */
  tags(text: string): Map<number, string>;
  /** The tag of a word seen by an earlier `tags()` call, if the tag depends on the word alone. */
  knownTag?(word: string): string | undefined;
}

/** The native addon inside nodejs-jieba (its JS wrapper only adds node-pre-gyp path lookup). */
interface JiebaAddon {
  load(dict: string, hmm: string, userDict: string, idf: string, stopWords: string): boolean;
  cut(text: string, hmm: boolean): string[];
  tag(text: string): { word: string; tag: string }[];
}

/**
 * Loads the addon straight from nodejs-jieba's build folder, so the packaged extension needs only
 * the binary and jieba's dictionaries, not node-pre-gyp and its dependency tree.
 */
function loadAddon(userDict: string): JiebaAddon {
  const root = path.dirname(path.dirname(require.resolve('nodejs-jieba')));
  const dict = (name: string) => path.join(root, 'dict', name);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const addon: JiebaAddon = require(path.join(root, 'build', 'Release', 'jieba.node'));
  addon.load(dict('jieba.dict.utf8'), dict('hmm_model.utf8'), userDict, dict('idf.utf8'), dict('stop_words.utf8'));
  return addon;
}

/** Our dictionaries live in `dictionaries/` at the package root, some levels above the bundle. */
export function defaultDictionaryDir(): string {
  let dir = __dirname;
  for (let up = 0; up < 5; up++) {
    const candidate = path.join(dir, 'dictionaries');
    if (fs.existsSync(path.join(candidate, 'office.dict.utf8'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error(`dictionaries/office.dict.utf8 not found above ${__dirname}`);
}

/** The files of jieba's user dictionary: ours (`dictionaries/*.dict.utf8`, sorted), then the user's. */
export function userDictionaryFiles(extraDictionary?: string): string[] {
  const dir = defaultDictionaryDir();
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.dict.utf8')).sort().map((f) => path.join(dir, f));
  if (extraDictionary) files.push(extraDictionary);
  return files;
}

/**
 * jieba takes a single user-dictionary path, so our dictionaries (`dictionaries/*.dict.utf8`)
 * and a user's own dictionary are merged into one file in the temp folder.
 */
export function mergedUserDictionary(extraDictionary?: string): string {
  const files = userDictionaryFiles(extraDictionary);
  if (files.length === 1) return files[0];
  const merged = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'speech-draft-')), 'user.dict.utf8');
  fs.writeFileSync(merged, mergeDictionaryTexts(files.map((f) => fs.readFileSync(f, 'utf8'))));
  return merged;
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

  /** Loads the dictionaries (about a second); later calls return at once. */
  load(): void {
    if (this.jieba) return;
    const userDict = mergedUserDictionary(this.extraDictionary);
    let jieba: JiebaAddon;
    try {
      jieba = loadAddon(userDict);
    } finally {
      // jieba has read the merged copy into memory; the temporary file is not needed again.
      if (userDict.startsWith(os.tmpdir())) fs.rmSync(path.dirname(userDict), { recursive: true, force: true });
    }
    this.jieba = jieba;
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
