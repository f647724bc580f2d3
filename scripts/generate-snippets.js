#!/usr/bin/env node
// Writes snippets/speech.code-snippets from scripts/phrases.json: each phrasing gets a prefix of
// the pinyin initials of its Chinese characters (computed with pinyin-pro, never hand-written)
// and tab stops for names (××) and text to fill in (……). Every blank is inserted as ××, which
// the placeholder rule flags wherever it is left unfilled (…… is ordinary punctuation too).
const fs = require('node:fs');
const path = require('node:path');
const { pinyin } = require('pinyin-pro');

const PLACEHOLDER = /××|……/g;
const MAX_PREFIX = 8;

const BLANK = '××';

/** Snippet body: each ×× or …… becomes the next tab stop holding ××, unless the phrase gives its own body. */
function snippetBody(phrase) {
  if (phrase.body) return phrase.body.replace(/:……\}/g, `:${BLANK}}`);
  let n = 0;
  return phrase.text.replace(PLACEHOLDER, () => `\${${++n}:${BLANK}}`);
}

/** Pinyin initials of the Chinese characters outside the placeholders, e.g. 同志们： → tzm. */
function initials(text) {
  const chinese = text.replace(PLACEHOLDER, '').replace(/[^\u3400-\u9fff]/g, '');
  return pinyin(chinese, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
}

/** The snippets object (name → snippet); prefixes made unique with a digit. */
function buildSnippets(phrases) {
  const used = new Map();
  const snippets = {};
  for (const phrase of phrases) {
    let prefix = initials(phrase.text).slice(0, MAX_PREFIX);
    const seen = used.get(prefix) ?? 0;
    used.set(prefix, seen + 1);
    if (seen > 0) prefix += String(seen + 1);
    snippets[`${phrase.group}｜${phrase.text.replace(PLACEHOLDER, BLANK)}`] = {
      scope: 'markdown,plaintext',
      prefix,
      body: snippetBody(phrase),
      description: `【${phrase.group}】${phrase.description}`,
    };
  }
  return snippets;
}

function render() {
  const { phrases } = JSON.parse(fs.readFileSync(path.join(__dirname, 'phrases.json'), 'utf8'));
  return JSON.stringify(buildSnippets(phrases), null, 2) + '\n';
}

const OUTPUT = path.join(__dirname, '..', 'snippets', 'speech.code-snippets');

module.exports = { buildSnippets, initials, snippetBody, render, OUTPUT };

if (require.main === module) {
  fs.writeFileSync(OUTPUT, render());
  console.log(`wrote ${path.relative(process.cwd(), OUTPUT)}`);
}
