#!/usr/bin/env node
// `npm run check:wasm` (dev only, not part of npm test): rebuilds jieba for WebAssembly into a
// temporary folder (scripts/build-wasm.sh, needs emscripten) and checks it against the committed
// build in wasm/dist: whether the files are the same bytes, and that both cut and tag a corpus the
// same way, and as nodejs-jieba's native addon does (built on demand: scripts/nativeJieba.js).
// Exits 1 on any difference in words or tags (different bytes alone are reported, not failed:
// another emscripten may lay the same code out differently).
// `--committed-only` skips the rebuild and compares the committed build with the native addon.
// `--write-reference` records the native addon's words and tags in test/fixtures/jieba-reference.json
// (scripts/jiebaReference.ts), the reference the unit tests hold the WebAssembly build to.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { bundleSegmenters, ROOT } = require('./segmenter-bundle');
const { nativeAddon, nativeSegmenter, NODEJS_JIEBA_VERSION } = require('./nativeJieba');

const FILES = ['jieba.wasm', 'jieba.js', 'jieba-dict.bin'];

/** The corpus: the 2021 report and the formal lexicon corpus when present, else our examples. */
function corpus() {
  const shared = path.join(ROOT, '..', 'shared', 'corpus');
  const files = [path.join(shared, 'gov-work-report-2021.txt')];
  const formal = path.join(shared, 'lexicon', 'formal');
  if (fs.existsSync(formal)) files.push(...fs.readdirSync(formal).sort().map((f) => path.join(formal, f)));
  const present = files.filter((f) => fs.existsSync(f));
  if (present.length > 0) return present;
  console.log('check-wasm: ../shared/corpus not found; using examples/');
  const examples = path.join(ROOT, 'examples');
  return fs.readdirSync(examples).sort().map((f) => path.join(examples, f));
}

/** Lines where a and b differ in words or tags (at most `limit` reported). */
function compare(a, b, lines, label, limit = 5) {
  let differences = 0;
  for (const [where, line] of lines) {
    const ca = a.cut(line).map((t) => t.end).join(',');
    const cb = b.cut(line).map((t) => t.end).join(',');
    const ta = JSON.stringify([...a.tags(line)]);
    const tb = JSON.stringify([...b.tags(line)]);
    if (ca !== cb || ta !== tb) {
      if (differences++ < limit) console.log(`  ${label}: ${where}: ${ca !== cb ? 'words' : 'tags'} differ: ${line.slice(0, 60)}`);
    }
  }
  return differences;
}

/** The native addon's words and tags for the reference texts and corpus, with the reference dictionary. */
function writeReference(bundle, addon) {
  const native = nativeSegmenter(addon, [bundle.REFERENCE_DICTIONARY]);
  const texts = bundle.referenceTexts().map(({ name, text }) => ({ name, text, ...bundle.segmentation(native, text) }));
  const corpus = {};
  for (const [name, lines] of Object.entries(bundle.corpusLines())) corpus[name] = { lines: lines.length, sha256: bundle.corpusDigest(native, lines) };
  const reference = {
    about: 'Words (UTF-16 ends) and tags of nodejs-jieba\'s native addon with jieba\'s dictionary and model and test/fixtures/jieba-reference.dict.utf8; written by `npm run check:wasm -- --write-reference`.',
    nodejsJieba: NODEJS_JIEBA_VERSION,
    texts,
    corpus,
  };
  fs.writeFileSync(bundle.REFERENCE_FILE, JSON.stringify(reference) + '\n');
  console.log(`check-wasm: wrote ${path.relative(ROOT, bundle.REFERENCE_FILE)}: ${texts.length} texts, corpus ${Object.keys(corpus).join(', ') || 'absent'}`);
}

async function main() {
  const committedOnly = process.argv.includes('--committed-only') || process.argv.includes('--write-reference');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'speech-draft-wasm-'));
  const dist = path.join(ROOT, 'wasm', 'dist');
  const rebuilt = path.join(work, 'dist');
  try {
    if (!committedOnly) {
      console.log(`check-wasm: rebuilding into ${rebuilt}`);
      const build = spawnSync('bash', [path.join(ROOT, 'scripts', 'build-wasm.sh'), rebuilt], { cwd: ROOT, stdio: 'inherit' });
      if (build.status !== 0) throw new Error('scripts/build-wasm.sh failed');
      for (const f of FILES) {
        const same = fs.readFileSync(path.join(dist, f)).equals(fs.readFileSync(path.join(rebuilt, f)));
        console.log(`  ${f}: ${same ? 'same bytes as' : 'DIFFERENT bytes from'} wasm/dist/${f}`);
      }
    }

    // Bundled under out/, from where the code finds wasm/dist and dictionaries/ as in a package.
    const bundles = path.join(ROOT, 'out', 'check-wasm');
    const committed = require(await bundleSegmenters(path.join(bundles, 'committed.js')));
    const addon = nativeAddon({ build: true });
    if (process.argv.includes('--write-reference')) writeReference(committed, addon);
    const ours = committed.SEGMENTER_FILES.dictionaries.map((f) => path.join(ROOT, f));
    const segmenters = { native: nativeSegmenter(addon, ours), committed: new committed.JiebaSegmenter() };
    if (!committedOnly) {
      const other = require(await bundleSegmenters(path.join(bundles, 'rebuilt.js'), { glue: path.join(rebuilt, 'jieba.js') }));
      segmenters.rebuilt = other.WasmJiebaSegmenter.fromData({
        wasm: fs.readFileSync(path.join(rebuilt, 'jieba.wasm')),
        prepared: fs.readFileSync(path.join(rebuilt, 'jieba-dict.bin')),
        userDictionary: committed.nodeWasmJiebaData().userDictionary,
      });
    }
    segmenters.committed.load();

    const lines = [];
    let chars = 0;
    for (const file of corpus()) {
      fs.readFileSync(file, 'utf8').split('\n').forEach((line, n) => {
        lines.push([`${path.basename(file)}:${n + 1}`, line]);
        chars += line.length;
      });
    }
    console.log(`check-wasm: cutting and tagging ${lines.length} lines (${chars} characters)`);
    let differences = compare(segmenters.native, segmenters.committed, lines, 'committed vs native');
    console.log(`  committed build vs native addon: ${differences === 0 ? 'identical' : `${differences} lines differ`}`);
    if (segmenters.rebuilt) {
      const d = compare(segmenters.committed, segmenters.rebuilt, lines, 'rebuilt vs committed');
      console.log(`  rebuilt vs committed build: ${d === 0 ? 'identical' : `${d} lines differ`}`);
      differences += d;
    }
    if (differences > 0) {
      console.log('check-wasm: FAIL');
      process.exitCode = 1;
    } else {
      console.log('check-wasm: OK');
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`check-wasm: ${e.message}`);
  process.exit(1);
});
