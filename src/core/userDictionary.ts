/**
 * Several user dictionaries as the one text jieba is given (it takes a single user dictionary):
 * each without its trailing whitespace, one after the other. Both segmenters merge this way, so
 * they read the same words with the same tags.
 */
export function mergeDictionaryTexts(texts: readonly string[]): string {
  return texts.map((t) => t.trimEnd()).join('\n') + '\n';
}
