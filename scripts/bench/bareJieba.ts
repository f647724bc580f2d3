// A bare nodejs-jieba script, the reference for whole-process timing and memory: load jieba,
// read a file, cut each line, report its resident memory.
import * as fs from 'node:fs';
import * as jieba from 'nodejs-jieba';

const text = fs.readFileSync(process.argv[2], 'utf8');
jieba.load();
let words = 0;
for (const line of text.split(/\r\n|\r|\n/)) words += jieba.cut(line, true).length;
process.stdout.write(JSON.stringify({ words, rssMb: process.memoryUsage().rss / 1024 / 1024 }) + '\n');
