import * as assert from 'node:assert/strict';
import { Checker } from '../../src/core/node';
import { ParagraphContext } from '../../src/core/paragraph';
import { segmenter, phraseRule } from './support/project';
import { referenceTexts } from '../../scripts/jiebaReference';

// The product's segmenter (jieba.wasm with our dictionaries); that its words and tags are the
// native addon's is held by wasm-segmenter.test.ts.
describe('segmenter', () => {
  const seg = segmenter;
  // The segmenter's contract: tokens rejoin to exactly the input and carry exact UTF-16 offsets,
  // whatever the input holds; rules match whole words only.
  describe('tokens and offsets', () => {
    const rejoins = (text: string) => {
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
    };
    const texts = referenceTexts();
    for (const { name, text } of texts.filter((t) => !t.name.startsWith('random'))) {
      it(`rejoins and places every token exactly: ${name}`, () => rejoins(text));
    }
    it('rejoins and places every token exactly: 400 random mixes of odd Unicode', () => {
      for (const { text } of texts.filter((t) => t.name.startsWith('random'))) rejoins(text);
    });

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

  describe('whole-word matching', () => {
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
});
