// A bare jieba script, the reference for whole-process timing and memory: load the segmenter the
// product uses (jieba.wasm with our dictionaries), read a file, cut each line, report its
// resident memory.
import * as fs from 'node:fs';
import { JiebaSegmenter } from '../../src/core/node';

const text = fs.readFileSync(process.argv[2], 'utf8');
const jieba = new JiebaSegmenter();
jieba.load();
let words = 0;
for (const line of text.split(/\r\n|\r|\n/)) words += jieba.cut(line).length;
process.stdout.write(JSON.stringify({ words, rssMb: process.memoryUsage().rss / 1024 / 1024 }) + '\n');
