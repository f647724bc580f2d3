// Dev only: nodejs-jieba's native addon, the reference the WebAssembly build is held to
// (check-wasm.js, check-wasm-browser.js, bench-segmenters.js). The product never loads it: `npm ci`
// does not build it (package.json allowScripts). `nativeAddon({ build: true })` uses the addon
// if nodejs-jieba's own build is there, else builds a copy of the package once into
// out/native-jieba with `npm rebuild nodejs-jieba --build-from-source` (needs a C++ compiler).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const PACKAGE = path.join(ROOT, 'node_modules', 'nodejs-jieba');
const COPY = path.join(ROOT, 'out', 'native-jieba');
const ADDON = path.join('build', 'Release', 'jieba.node');
const DICT = path.join(PACKAGE, 'dict');

/** Builds the addon in a copy of the package (its dependencies linked from ours). */
function build() {
  fs.rmSync(COPY, { recursive: true, force: true });
  const modules = path.join(COPY, 'node_modules');
  fs.mkdirSync(modules, { recursive: true });
  for (const entry of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (entry !== 'nodejs-jieba') fs.symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(modules, entry));
  }
  fs.cpSync(PACKAGE, path.join(modules, 'nodejs-jieba'), { recursive: true, filter: (src) => !src.startsWith(path.join(PACKAGE, 'build')) });
  const version = require(path.join(PACKAGE, 'package.json')).version;
  fs.writeFileSync(path.join(COPY, 'package.json'), JSON.stringify({ name: 'native-jieba', private: true, dependencies: { 'nodejs-jieba': version }, allowScripts: { 'nodejs-jieba': true } }));
  console.log(`native jieba: building nodejs-jieba ${version} in ${path.relative(ROOT, COPY)} (npm rebuild --build-from-source)`);
  const r = spawnSync('npm', ['rebuild', 'nodejs-jieba', '--build-from-source', '--offline', '--no-audit', '--no-fund'], { cwd: COPY, stdio: 'inherit' });
  const addon = path.join(modules, 'nodejs-jieba', ADDON);
  if (r.status !== 0 || !fs.existsSync(addon)) throw new Error('could not build the native addon (it needs a C++ compiler, make and python3)');
  return addon;
}

/** The addon's path: nodejs-jieba's own build, or our copy's; built when `build` and neither exists; else undefined. */
function nativeAddon({ build: mayBuild = false } = {}) {
  const own = path.join(PACKAGE, ADDON);
  const copy = path.join(COPY, 'node_modules', 'nodejs-jieba', ADDON);
  if (fs.existsSync(own)) return own;
  if (fs.existsSync(copy)) return copy;
  return mayBuild ? build() : undefined;
}

/**
 * A segmenter (cut/tags as the core's Segmenter) over the addon, loaded with jieba's dictionary
 * and model and `userDictionaries` (files; the addon reads several joined by "|"). The addon holds
 * one jieba per process: the last one made is the one every instance uses.
 */
function nativeSegmenter(addonPath, userDictionaries) {
  const addon = require(addonPath);
  const dict = (name) => path.join(DICT, name);
  addon.load(dict('jieba.dict.utf8'), dict('hmm_model.utf8'), userDictionaries.join('|'), dict('idf.utf8'), dict('stop_words.utf8'));
  return {
    // jieba returns words only; a lone surrogate comes back as U+FFFD, of the same UTF-16 length.
    cut(text) {
      let start = 0;
      return addon.cut(text, true).map((word) => {
        const token = { text: text.slice(start, start + word.length), start, end: start + word.length };
        start = token.end;
        return token;
      });
    },
    tags(text) {
      const tags = new Map();
      let start = 0;
      for (const { word, tag } of addon.tag(text)) {
        tags.set(start, tag);
        start += word.length;
      }
      return tags;
    },
  };
}

module.exports = { nativeAddon, nativeSegmenter, NODEJS_JIEBA_VERSION: require(path.join(PACKAGE, 'package.json')).version };
