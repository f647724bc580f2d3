import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseIntentCard, CARD_TEMPLATE_KEYS } from '../../src/core/intentCard';
import { groupPhrases, parsePhrases } from '../../src/extension/phrases';
import { intentCardSnippet } from '../../src/extension/intentCardSnippet';
import { ROOT } from './support/project';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require(path.join(ROOT, 'scripts', 'generate-snippets.js')) as { render(): string; initials(text: string): string; OUTPUT: string };

/** What a snippet inserts when the user accepts every default: ${1:x} → x, ${1|a,b|} → a. */
function expand(body: string): string {
  return body.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1').replace(/\$\d+/g, '');
}

describe('snippets, phrase picker and intent card', () => {
  const file = fs.readFileSync(generator.OUTPUT, 'utf8');
  const phrases = parsePhrases(file);

  it('the committed snippets file is what the generator writes (run node scripts/generate-snippets.js)', () => {
    assert.equal(file, generator.render());
  });

  it("has the brief's 48 phrasings in 8 sections, each with a unique pinyin-initial prefix", () => {
    assert.equal(phrases.length, 48);
    assert.deepEqual(groupPhrases(phrases).map((g) => g.group), ['称谓', '开场', '主体', '过渡', '强调', '要求', '结尾', '致谢']);
    assert.equal(new Set(phrases.map((p) => p.prefix)).size, 48);
    assert.equal(phrases[0].prefix, 'tzm');
    assert.equal(generator.initials('下面，我讲几点意见。'), 'xmwjjdyj');
    assert.ok(phrases.every((p) => /^[a-z]+\d?$/.test(p.prefix)));
  });

  it('every snippet expands to its phrasing, with tab stops where names and numbers go', () => {
    for (const p of phrases) {
      // ×× and …… may be filled with an example (今年以来); everything else is the brief's text.
      const pattern = new RegExp('^' + p.text.split(/××|……/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?') + '$');
      assert.match(expand(p.body), pattern);
      if (/××|……/.test(p.text)) assert.match(p.body, /\$\{1[:|]/, `${p.text} needs tab stops`);
    }
  });

  it('the intent card snippet, accepted as is, is a card the core reads', () => {
    const text = expand(intentCardSnippet(CARD_TEMPLATE_KEYS)) + '同志们：\n';
    const frontMatter = text.slice(0, text.indexOf('---\n', 4) + 4);
    const { card, problems } = parseIntentCard(frontMatter, 0);
    assert.deepEqual(problems, []);
    assert.equal(card?.durationMinutes?.value, 20);
    assert.equal(card?.keyPoints.length, 2);
    assert.equal(card?.tone?.value, '肯定为主');
    assert.ok(card?.occasion && card.audience && card.purpose && card.speaker);
  });
});
