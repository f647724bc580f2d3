import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Checker, alignTokens, type Segmenter } from '../../src/core';
import { ParagraphContext } from '../../src/core/paragraph';
import { segmenter, wasmSegmenter, phraseRule } from './support/project';

/** jieba's own words for a text, from the native addon the segmenter has loaded. */
function jiebaWords(text: string): string[] {
  segmenter();
  const root = path.dirname(path.dirname(require.resolve('nodejs-jieba')));
  return require(path.join(root, 'build', 'Release', 'jieba.node')).cut(text, true);
}

describe('segmenter: alignTokens', () => {
  it('aligns jieba words that replaced a lone surrogate with U+FFFD back onto the input', () => {
    const input = '甲\ud800乙';
    const tokens = alignTokens(input, ['甲', '\ufffd', '乙']);
    assert.deepEqual(tokens.map((t) => t.text), ['甲', '\ud800', '乙']);
  });
});

// Both backends: the native addon (JiebaSegmenter, the product's) and WebAssembly.
const BACKENDS: [string, () => Segmenter][] = [
  ['native', segmenter],
  ['wasm', wasmSegmenter],
];

for (const [backend, seg] of BACKENDS) {
  // The segmenter's contract: tokens rejoin to exactly the input and carry exact UTF-16 offsets,
  // whatever the input holds; rules match whole words only.
  describe(`segmenter (${backend}): tokens and offsets`, () => {
    const samples: Record<string, string> = {
      'CRLF line ends': '同志们：\r\n现在，我代表国务院作报告。\r\n\r\n谢谢大家！\r\n',
      'CR-only line ends': '第一段。\r第二段，继续。\r\r第三段',
      'emoji, skin tone and ZWJ family': '成绩很好👍🏽，全家👨‍👩‍👧‍👦都来了🎉。',
      'astral CJK (𠮷, 𪚥, 𰻞)': '𠮷野家的𠮷字，𪚥和𰻞𰻞面都是扩展区汉字。',
      'lone high surrogate': '前\ud842后文字',
      'lone low surrogate': '前\udfb7后文字',
      'surrogates at both ends': '\udfb7中间\ud842',
      'NUL and control characters': '甲\u0000乙\u0007丙\u001b[0m丁',
      'full-width and half-width mix': 'ＡＢＣ１２３，abc123,ｶﾀｶﾅ、全角　空格 half width！',
      'mixed scripts': 'Москва和東京、서울以及العربية、ελληνικά。',
      'empty string': '',
      'whitespace only': ' \t\u3000 ',
    };
    for (const [name, text] of Object.entries(samples)) {
      it(`rejoins and places every token exactly: ${name}`, () => {
        const tokens = seg().cut(text);
        assert.equal(tokens.map((t) => t.text).join(''), text);
        let offset = 0;
        for (const t of tokens) {
          assert.equal(t.start, offset, `token "${t.text}" starts at ${t.start}, expected ${offset}`);
          assert.equal(t.end, t.start + t.text.length);
          assert.equal(text.slice(t.start, t.end), t.text);
          offset = t.end;
        }
        assert.equal(offset, text.length);
        if (!/[\ud800-\udfff]/.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))) {
          assert.deepEqual(tokens.map((t) => t.text), jiebaWords(text), 'tokens are not jieba\'s words');
        }
      });
    }

    it('never splits a surrogate pair of an astral character', () => {
      const text = '𠮷𠮷野家，吃𩸽鱼🐟';
      for (const t of seg().cut(text)) {
        const first = t.text.charCodeAt(0);
        assert.ok(!(first >= 0xdc00 && first <= 0xdfff), `token "${t.text}" starts with a low surrogate`);
      }
    });

    it('tags words with jieba part-of-speech tags at token starts', () => {
      const text = '我们要抓好安全生产。';
      const tags = seg().tags(text);
      const tokens = seg().cut(text);
      for (const t of tokens) assert.ok(tags.has(t.start), `no tag at token "${t.text}"`);
      assert.equal(tags.get(0), 'r');
    });

    it('gives the same tag for a word it remembers as jieba gives in the new paragraph', () => {
      const s = seg();
      new ParagraphContext('我们要坚持以人民为中心的发展思想，抓好安全生产和个人所得税改革。', s).tagAt(0);
      const text = '各地要抓好安全生产，坚持以人民为中心，推进个人所得税改革，我们一定能完成。';
      const ctx = new ParagraphContext(text, s);
      const fresh = s.tags(text);
      for (const t of ctx.tokens) assert.equal(ctx.tagAt(t.start), fresh.get(t.start), `tag of "${t.text}"`);
      assert.equal(ctx.tagAt(1), undefined, 'no tag inside a token');
    });
  });

  describe(`segmenter (${backend}): whole-word matching`, () => {
    const checker = new Checker(seg(), [
      phraseRule('test-keneng', ['可能']),
      phraseRule('test-geren', ['个人']),
      phraseRule('test-wo', ['我']),
    ]);
    const hits = (text: string, id: string) =>
      checker.check(text, 'plaintext').findings.filter((f) => f.ruleId === id).map((f) => text.slice(f.start, f.end));

    it('matches 可能 as a word but not inside 可能性', () => {
      assert.deepEqual(hits('这项工作可能要推迟。', 'test-keneng'), ['可能']);
      assert.deepEqual(hits('要研究其中的可能性。', 'test-keneng'), []);
    });

    it('matches 个人 as a word but not inside 个人所得税', () => {
      assert.deepEqual(hits('这是我个人的看法。', 'test-geren'), ['个人']);
      assert.deepEqual(hits('落实个人所得税专项附加扣除。', 'test-geren'), []);
    });

    it('matches 我 as a word but not inside 时不我待', () => {
      assert.deepEqual(hits('我觉得这样不好。', 'test-wo'), ['我']);
      assert.deepEqual(hits('时不我待，只争朝夕。', 'test-wo'), []);
    });
  });
}
