// The reference the WebAssembly segmenter is held to without a compiler: the words and tags of
// nodejs-jieba's native addon, recorded once in test/fixtures/jieba-reference.json by
// `npm run check:wasm -- --write-reference` (which builds the addon when needed), for texts that
// exercise jieba (test/fixtures below) and, as digests, for the development corpus. Both segmenters
// load jieba's dictionary and model and the same user dictionary,
// test/fixtures/jieba-reference.dict.utf8 (not ours, so editing dictionaries/ changes nothing here).
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Segmenter } from '../src/core/model';
import { packageFile, packageRoot } from '../src/core/packageFiles';

// Bundled into out/…: the repository is found from there.
export const REFERENCE_FILE = packageFile('test/fixtures/jieba-reference.json');
export const REFERENCE_DICTIONARY = packageFile('test/fixtures/jieba-reference.dict.utf8');
const CORPUS = path.join(packageRoot(), '..', 'shared', 'corpus');

/** A text's words (as their UTF-16 ends) and tags (token start → tag). */
export interface Segmentation {
  ends: number[];
  tags: [number, string][];
}

export interface Reference {
  about: string;
  nodejsJieba: string;
  texts: ({ name: string; text: string } & Segmentation)[];
  /** Per corpus file: its lines and a SHA-256 over every line's segmentation. */
  corpus: Record<string, { lines: number; sha256: string }>;
}

export function segmentation(segmenter: Segmenter, text: string): Segmentation {
  return { ends: segmenter.cut(text).map((t) => t.end), tags: [...segmenter.tags(text)] };
}

/** Speech text with dictionary words, numbers, Latin, full-width forms, CRLF, astral characters, emoji, NUL. */
const SAMPLE = [
  '同志们：\r\n',
  '现在，我代表市人民政府向大会报告工作，请予审议。2021年全市地区生产总值增长6.5%左右，城镇新增就业12.6万人。\n',
  '我们要坚持以人民为中心的发展思想，抓好安全生产，推进个人所得税改革。时不我待，只争朝夕。\r\n',
  '有的干部搞小动作、甩锅，对群众颐指气使，把“二首长”挂在嘴边；有木有人觉得鸭梨山大？网红打卡地的老铁们说奥利给！\n',
  'COVID-19疫情防控常态化，5G基站、AI+制造、iPhone 13和C位出道；ＡＢＣ１２３，全角　空格，half-width, 3.1415926。\n',
  '𠮷野家的𠮷字，𪚥和𰻞𰻞面；成绩很好👍🏽，全家👨‍👩‍👧‍👦都来了🎉。\u0000\t结束',
].join('');

const EDGE_CASES: Record<string, string> = {
  'CRLF line ends': '同志们：\r\n现在，我代表国务院作报告。\r\n\r\n谢谢大家！\r\n',
  'CR-only line ends': '第一段。\r第二段，继续。\r\r第三段',
  'emoji, skin tone and ZWJ family': '成绩很好👍🏽，全家👨‍👩‍👧‍👦都来了🎉。',
  'astral CJK': '𠮷野家的𠮷字，𪚥和𰻞𰻞面都是扩展区汉字。',
  'lone high surrogate': '前\ud842后文字',
  'lone low surrogate': '前\udfb7后文字',
  'surrogates at both ends': '\udfb7中间\ud842',
  'NUL and control characters': '甲\u0000乙\u0007丙\u001b[0m丁',
  'full-width and half-width mix': 'ＡＢＣ１２３，abc123,ｶﾀｶﾅ、全角　空格 half width！',
  'mixed scripts': 'Москва和東京、서울以及العربية、ελληνικά。',
  'empty string': '',
  'whitespace only': ' \t\u3000 ',
  'user dictionary words': '各地区要落实安全生产责任制，压实责任，解决群众急难愁盼问题；坚持稳中求进，落实一岗双责，抓好安全生产。翀说。',
  sample: SAMPLE,
};

/** Random mixes of speech text and odd Unicode (lone surrogates, NUL, CR), the same every time. */
function randomMixes(count: number): string[] {
  const pieces = [
    '同志们：', '现在，我代表国务院作报告。', '抓好安全生产', '个人所得税', '二首长', '颐指气使', '有木有', '2021年', '6.5%', 'abc123',
    'iPhone', 'Ｃ位', '𠮷', '𩸽', '👍🏽', '👨‍👩‍👧‍👦', '\ud842', '\udfb7', '\u0000', '\ufeff', '\r', '\r\n', '\n', '\t', ' ', '\u3000',
    '，', '。', '、', '“', '”', 'Москва', '서울', 'e\u0301', '\u200b', '……', '  ', '3.14.15', 'a.b', '１２３',
  ];
  let seed = 20_211_125;
  const random = () => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed / 4_294_967_296;
  };
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    const length = 1 + Math.floor(random() * 12);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
    texts.push(text);
  }
  return texts;
}

export function referenceTexts(): { name: string; text: string }[] {
  return [...Object.entries(EDGE_CASES).map(([name, text]) => ({ name, text })), ...randomMixes(400).map((text, i) => ({ name: `random mix ${i}`, text }))];
}

/** The development corpus files present (`../shared/corpus`), each as the lines cut one by one. */
export function corpusLines(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const read = (relative: string) => {
    const file = path.join(CORPUS, relative);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  };
  const report = read('gov-work-report-2021.txt');
  if (report !== undefined) out['gov-work-report-2021.txt'] = report.split('\n');
  const reviews = read('hotel-reviews-dev.tsv');
  if (reviews !== undefined) out['hotel-reviews-dev.tsv'] = reviews.split('\n').map((l) => l.split('\t').slice(1).join('\t'));
  const formal = path.join(CORPUS, 'lexicon', 'formal');
  for (const f of fs.existsSync(formal) ? fs.readdirSync(formal).sort() : []) out[`lexicon/formal/${f}`] = fs.readFileSync(path.join(formal, f), 'utf8').split('\n');
  return out;
}

/** A SHA-256 over the segmentation of every line, one line of ends and tags per input line. */
export function corpusDigest(segmenter: Segmenter, lines: readonly string[]): string {
  const hash = crypto.createHash('sha256');
  for (const line of lines) {
    const { ends, tags } = segmentation(segmenter, line);
    hash.update(`${ends.join(',')}\t${tags.map(([start, tag]) => `${start}:${tag}`).join(',')}\n`);
  }
  return hash.digest('hex');
}
