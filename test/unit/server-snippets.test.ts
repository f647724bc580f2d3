import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseIntentCard, CARD_TEMPLATE_KEYS } from '../../src/core/intentCard';
import { groupPhrases, parsePhrases } from '../../src/extension/phrases';
import { intentCardSnippet } from '../../src/extension/intentCardSnippet';
import { ROOT, segmenter } from './support/project';
import { createChecker } from '../../src/core/node';
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

  it('the intent card snippet, accepted as is, is a card the core reads, each blank flagged as not filled in', () => {
    const text = expand(intentCardSnippet(CARD_TEMPLATE_KEYS)) + '同志们：\n';
    const frontMatter = text.slice(0, text.indexOf('---\n', 4) + 4);
    const { card, problems } = parseIntentCard(frontMatter, 0);
    assert.deepEqual(problems.map((p) => [p.zh.replace(/^意图卡的“(.+?)”还没有填写.*$/, '$1'), frontMatter.slice(p.start, p.end)]), [
      ['场合', '全市××工作会议'], ['目的', '部署××工作'], ['要点', '××'], ['要点', '××'], ['讲话人', '××（职务）'],
    ]);
    assert.equal(card?.durationMinutes?.value, 20);
    assert.equal(card?.tone?.value, '肯定为主');
    assert.equal(card?.audience?.value, '各区县、市直各部门主要负责同志');
    assert.deepEqual([card?.occasion, card?.purpose, card?.speaker, card?.keyPoints.length], [undefined, undefined, undefined, 0], 'nothing is checked against a blank');
  });

  it('the intent card snippet ends with the cursor on a line of its own below the card', () => {
    const snippet = intentCardSnippet(CARD_TEMPLATE_KEYS);
    assert.ok(snippet.endsWith('\n---\n$0\n'));
    assert.ok(intentCardSnippet(CARD_TEMPLATE_KEYS, '\r\n').endsWith('\r\n---\r\n$0\r\n'));
  });

  it('every blank of every phrasing, accepted as is, is marked as a placeholder to fill in', () => {
    const { checker } = createChecker(undefined, segmenter());
    for (const p of phrases) {
      const text = expand(p.body);
      const blanks = text.match(/××/g)?.length ?? 0;
      const marked = checker.check(text, 'markdown').findings.filter((f) => f.ruleId === 'placeholder' && f.text === '××').length;
      assert.equal(marked, blanks, `${text}: ${blanks} blanks, ${marked} marked`);
      assert.ok(!text.includes('……'), `${text}: a blank is ××, never ……`);
    }
    assert.ok(phrases.filter((p) => p.body.includes('××')).length >= 35);
  });
});
