#!/usr/bin/env node
// Prepares jieba's main dictionary and HMM model for the WebAssembly segmenter (wasm/README.md):
// `node scripts/prepare-wasm-dict.js [OUT]` reads nodejs-jieba's dict/jieba.dict.utf8 and
// dict/hmm_model.utf8 and writes OUT (default wasm/dist/jieba-dict.bin).
//
// Parsing jieba.dict.utf8 (349,000 lines) and the model's 35,000 decimal numbers is most of what
// loading jieba costs. The prepared file holds the same words as a trie in breadth-first order
// (the module uses it as it is, without building anything), the frequencies as integers and the
// model's numbers as doubles, so the module only decodes it. Weights are still computed by the
// module, with the same arithmetic as cppjieba's DictTrie (log(freq / sum of freqs)).
//
// The conversion is exact only where cppjieba's parser and this one cannot disagree, so it
// refuses anything else: a line that is not "word freq tag", a frequency that is not a plain
// integer, a number in the model that is not a plain decimal (JavaScript's Number() and C's atof
// then round to the same double), a word given twice, text that is not UTF-8. Our own
// dictionaries (dictionaries/*.dict.utf8) are not in it: they are read as text at load time.
//
// Format (little-endian; varint = unsigned LEB128):
//   "JWDICT\0\1"  u32 version = 1
//   u32 size and 32-byte SHA-256 of jieba.dict.utf8, then the same for hmm_model.utf8
//   u32 node count N (with the root), u32 word count W, u32 tag count T
//   T × (varint byte length, UTF-8 bytes)                 tags
//   N × varint                                             children of each node, in node order
//   (N - 1) × varint (rune - previous sibling's rune) << 1 | has word, for nodes 1..N-1
//   W × (varint freq, varint tag index)                    for the nodes that end a word, in order
//   4 × f64 start, 16 × f64 transitions, then for B, E, M, S:
//     varint count, count × (varint rune - previous rune, f64 log probability)
// Node 0 is the root; the children of a node are consecutive and sorted by rune.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

const ROOT = path.resolve(__dirname, '..');
const VERSION = 1;

function jiebaDictDir() {
  return path.join(path.dirname(path.dirname(require.resolve('nodejs-jieba', { paths: [ROOT] }))), 'dict');
}

/** limonp::Split(src, res, pattern) with a one-character pattern. */
function limonpSplit(src, sep) {
  const res = [];
  let start = 0;
  while (start < src.length) {
    const end = src.indexOf(sep, start);
    if (end < 0) {
      res.push(src.slice(start));
      return res;
    }
    res.push(src.slice(start, end));
    start = end + 1;
  }
  return res;
}

/** The lines std::getline returns. */
function getlines(text) {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function decodeUtf8(bytes, name) {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error(`${name} is not UTF-8`);
  }
}

/** A number that atof and Number() read as the same double. */
function plainNumber(s, where) {
  if (!/^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/.test(s)) throw new Error(`${where}: "${s}" is not a plain decimal number`);
  return Number(s);
}

class Writer {
  constructor() {
    this.chunks = [];
    this.buf = Buffer.alloc(1 << 16);
    this.pos = 0;
  }
  ensure(n) {
    if (this.pos + n <= this.buf.length) return;
    this.chunks.push(this.buf.subarray(0, this.pos));
    this.buf = Buffer.alloc(Math.max(1 << 16, n));
    this.pos = 0;
  }
  bytes(b) {
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
  u32(v) {
    this.ensure(4);
    this.buf.writeUInt32LE(v, this.pos);
    this.pos += 4;
  }
  f64(v) {
    this.ensure(8);
    this.buf.writeDoubleLE(v, this.pos);
    this.pos += 8;
  }
  varint(v) {
    if (!Number.isSafeInteger(v) || v < 0) throw new Error(`varint out of range: ${v}`);
    this.ensure(10);
    while (v >= 0x80) {
      this.buf[this.pos++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.pos++] = v;
  }
  result() {
    return Buffer.concat([...this.chunks, this.buf.subarray(0, this.pos)]);
  }
}

/** jieba.dict.utf8 → a trie in breadth-first order; throws where cppjieba might read it differently. */
function prepareDict(bytes) {
  const text = decodeUtf8(bytes, 'jieba.dict.utf8');
  const root = { children: new Map(), word: -1 };
  const freqs = [];
  const tagIds = new Map();
  const tags = [];
  const wordTags = [];
  const lines = getlines(text);
  for (let n = 0; n < lines.length; n++) {
    const where = `jieba.dict.utf8:${n + 1}`;
    const fields = limonpSplit(lines[n], ' ');
    if (fields.length !== 3) throw new Error(`${where}: not "word freq tag"`);
    const [word, freq, tag] = fields;
    if (!/^[0-9]{1,15}$/.test(freq)) throw new Error(`${where}: frequency "${freq}" is not a plain integer`);
    if (word === '') throw new Error(`${where}: empty word`);
    let node = root;
    for (const ch of word) {
      const rune = ch.codePointAt(0);
      let next = node.children.get(rune);
      if (!next) node.children.set(rune, (next = { children: new Map(), word: -1 }));
      node = next;
    }
    if (node.word >= 0) throw new Error(`${where}: "${word}" is already in the dictionary`);
    node.word = freqs.length;
    freqs.push(Number(freq));
    if (!tagIds.has(tag)) {
      tagIds.set(tag, tags.length);
      tags.push(tag);
    }
    wordTags.push(tagIds.get(tag));
  }
  if (freqs.length === 0) throw new Error('jieba.dict.utf8 is empty');

  // Breadth-first order, children sorted by rune (code point order = UTF-8 byte order).
  const order = [root];
  const runes = [0];
  for (let i = 0; i < order.length; i++) {
    const children = [...order[i].children.entries()].sort((a, b) => a[0] - b[0]);
    order[i].sorted = children;
    for (const [rune, child] of children) {
      order.push(child);
      runes.push(rune);
    }
  }

  const w = new Writer();
  w.u32(order.length);
  w.u32(freqs.length);
  w.u32(tags.length);
  for (const tag of tags) {
    const b = Buffer.from(tag, 'utf8');
    w.varint(b.length);
    w.bytes(b);
  }
  for (const node of order) w.varint(node.sorted.length);
  for (const node of order) {
    let previous = 0;
    for (const [rune, child] of node.sorted) {
      w.varint(((rune - previous) * 2) + (child.word >= 0 ? 1 : 0));
      previous = rune;
    }
  }
  for (const node of order) {
    if (node.word < 0) continue;
    w.varint(freqs[node.word]);
    w.varint(wordTags[node.word]);
  }
  return { bytes: w.result(), nodes: order.length, words: freqs.length };
}

/** hmm_model.utf8 → its numbers, read as HMMModel::LoadModel reads them. */
function prepareHmm(bytes) {
  const text = decodeUtf8(bytes, 'hmm_model.utf8');
  const lines = getlines(text)
    .map((l) => l.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, ''))
    .filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.length < 9) throw new Error('hmm_model.utf8: fewer than 9 lines');
  const row = (i) => {
    const values = limonpSplit(lines[i], ' ');
    if (values.length !== 4) throw new Error(`hmm_model.utf8: line ${i + 1} of the model has ${values.length} numbers, not 4`);
    return values.map((v) => plainNumber(v, 'hmm_model.utf8'));
  };
  const w = new Writer();
  for (const v of row(0)) w.f64(v);
  for (let i = 1; i <= 4; i++) for (const v of row(i)) w.f64(v);
  for (let i = 5; i <= 8; i++) {
    const probs = new Map();
    for (const item of limonpSplit(lines[i], ',')) {
      const parts = limonpSplit(item, ':');
      if (parts.length !== 2) throw new Error(`hmm_model.utf8: "${item}" is not "char:prob"`);
      const chars = [...parts[0]];
      if (chars.length !== 1) throw new Error(`hmm_model.utf8: "${parts[0]}" is not one character`);
      probs.set(chars[0].codePointAt(0), plainNumber(parts[1], 'hmm_model.utf8'));
    }
    const sorted = [...probs.entries()].sort((a, b) => a[0] - b[0]);
    w.varint(sorted.length);
    let previous = 0;
    for (const [rune, p] of sorted) {
      w.varint(rune - previous);
      w.f64(p);
      previous = rune;
    }
  }
  return w.result();
}

/** The prepared file for the dictionary and model given as bytes. */
function prepare(dictBytes, hmmBytes) {
  const dict = prepareDict(dictBytes);
  const hmm = prepareHmm(hmmBytes);
  const w = new Writer();
  w.bytes(Buffer.from('JWDICT\0\x01', 'latin1'));
  w.u32(VERSION);
  for (const source of [dictBytes, hmmBytes]) {
    w.u32(source.length);
    w.bytes(crypto.createHash('sha256').update(source).digest());
  }
  w.bytes(dict.bytes);
  w.bytes(hmm);
  return { bytes: w.result(), nodes: dict.nodes, words: dict.words };
}

/** The sizes and SHA-256 of the sources a prepared file was made from. */
function preparedSources(bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.subarray(0, 8).toString('latin1') !== 'JWDICT\0\x01') throw new Error('not a prepared jieba dictionary');
  return {
    version: buf.readUInt32LE(8),
    dict: { size: buf.readUInt32LE(12), sha256: buf.subarray(16, 48).toString('hex') },
    hmm: { size: buf.readUInt32LE(48), sha256: buf.subarray(52, 84).toString('hex') },
  };
}

function main() {
  const out = path.resolve(process.argv[2] ?? path.join(ROOT, 'wasm', 'dist', 'jieba-dict.bin'));
  const dir = jiebaDictDir();
  const started = Date.now();
  const result = prepare(fs.readFileSync(path.join(dir, 'jieba.dict.utf8')), fs.readFileSync(path.join(dir, 'hmm_model.utf8')));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, result.bytes);
  console.log(`${path.relative(process.cwd(), out)}: ${result.words} words, ${result.nodes} trie nodes, ${result.bytes.length} bytes (${Date.now() - started} ms)`);
}

module.exports = { prepare, preparedSources, jiebaDictDir };
if (require.main === module) main();
