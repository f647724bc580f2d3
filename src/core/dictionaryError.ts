import type { LocalizedText } from './model';

/** A file of the segmenter that cannot be used (the module or a dictionary): which file and why, in both languages. */
export class DictionaryError extends Error {
  constructor(
    readonly file: string,
    readonly why: LocalizedText,
  ) {
    super(`${file}: ${why.en}`);
  }

  /** One line for the user: what is wrong and with which file. */
  text(locale: 'zh' | 'en'): string {
    return locale === 'zh' ? `分词词典“${this.file}”${this.why.zh}` : `segmentation dictionary "${this.file}" ${this.why.en}`;
  }
}
