import * as assert from 'node:assert/strict';
import { plainTextBlocks, updatePlainTextBlocks } from '../../src/core/blocks';

/** A small deterministic PRNG, so a failure names the case that broke. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

describe('plain-text blocks after an edit', () => {
  const pieces = ['同志们：', '\r\n', '\n', '\r', '我们要抓好安全生产。', '𠮷', ' ', '', '笔者认为', '\r\n\r\n'];

  it('equal a fresh split for random edits, including CR and LF that join into CRLF', () => {
    const next = random(7);
    for (let round = 0; round < 2000; round++) {
      let before = '';
      const parts = 1 + Math.floor(next() * 12);
      for (let i = 0; i < parts; i++) before += pieces[Math.floor(next() * pieces.length)];
      const at = Math.floor(next() * (before.length + 1));
      const removed = Math.floor(next() * Math.min(4, before.length - at + 1));
      const inserted = pieces[Math.floor(next() * pieces.length)];
      const after = before.slice(0, at) + inserted + before.slice(at + removed);
      const updated = updatePlainTextBlocks(before, plainTextBlocks(before), after);
      assert.deepEqual(updated, plainTextBlocks(after), `round ${round}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
    }
  });

  it('keeps the untouched lines of a long draft as the same blocks', () => {
    const before = Array.from({ length: 200 }, (_, i) => `第${i}段，我们要抓好落实。`).join('\n');
    const blocks = plainTextBlocks(before);
    const at = before.indexOf('第100段') + 4;
    const after = before.slice(0, at) + '的' + before.slice(at);
    const updated = updatePlainTextBlocks(before, blocks, after);
    assert.equal(updated[10], blocks[10]);
    assert.equal(updated[150].text, blocks[150].text);
    assert.equal(updated[150].start, blocks[150].start + 1);
    assert.equal(updated[100].text, '第100的段，我们要抓好落实。\n');
  });
});
