import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DictionaryError, JiebaSegmenter, SEGMENTER_FILES, WasmJiebaSegmenter, nodeWasmJiebaData, packageFile, type Segmenter } from '../../src/core/node';
import { REFERENCE_DICTIONARY, REFERENCE_FILE, corpusDigest, corpusLines, referenceTexts, segmentation, type Reference } from '../../scripts/jiebaReference';
import { ROOT, fileWriter, segmenter, tempDir } from './support/project';

// The WebAssembly segmenter must cut and tag exactly as nodejs-jieba's native addon: same words,
// same tags, same UTF-16 offsets, with a user dictionary. The addon is not built here (npm ci
// needs no compiler): its words and tags were recorded in test/fixtures/jieba-reference.json
// (`npm run check:wasm -- --write-reference`), and `npm run check:wasm` compares the two live.

const reference = JSON.parse(fs.readFileSync(REFERENCE_FILE, 'utf8')) as Reference;
const JIEBA_DICT = path.join(ROOT, 'node_modules', 'nodejs-jieba', 'dict');

/** The segmenter the reference was recorded with: jieba's dictionary and the reference user dictionary. */
function referenceSegmenter(): WasmJiebaSegmenter {
  return WasmJiebaSegmenter.fromData({ ...nodeWasmJiebaData(), userDictionary: fs.readFileSync(REFERENCE_DICTIONARY) });
}

/** Words and tags compared with a readable message at the first difference. */
function assertSame(expected: Segmenter, actual: Segmenter, text: string, where: string): void {
  const a = segmentation(expected, text);
  const b = segmentation(actual, text);
  const first = a.ends.findIndex((end, i) => b.ends[i] !== end);
  if (first >= 0 || a.ends.length !== b.ends.length) assert.fail(`${where}: words differ at word ${first >= 0 ? first : Math.min(a.ends.length, b.ends.length)}`);
  assert.deepEqual(b.tags, a.tags, `${where}: tags differ`);
}

describe('wasm segmenter: the native addon\'s words and tags', function () {
  this.timeout(60_000);
  const wasm = referenceSegmenter();

  it('cuts and tags every reference text as the native addon did (edge cases, a user dictionary, 400 random mixes)', () => {
    assert.deepEqual(reference.texts.map((t) => t.text), referenceTexts().map((t) => t.text), 'the reference texts changed: npm run check:wasm -- --write-reference');
    for (const expected of reference.texts) {
      const actual = segmentation(wasm, expected.text);
      assert.deepEqual(actual.ends, expected.ends, `${expected.name}: words`);
      assert.deepEqual(actual.tags, expected.tags, `${expected.name}: tags`);
    }
    const sample = reference.texts.find((t) => t.name === 'sample')!;
    assert.ok(sample.ends.length > 100, 'the reference is not empty');
  });

  it('cuts and tags the development corpus as the native addon did (the 2021 report, hotel reviews, the formal corpus)', function () {
    const corpus = corpusLines();
    if (Object.keys(corpus).length === 0) return this.skip();
    for (const [name, lines] of Object.entries(corpus)) {
      const expected = reference.corpus[name];
      assert.ok(expected, `${name} is not in the reference: npm run check:wasm -- --write-reference`);
      assert.equal(lines.length, expected.lines, `${name}: the file changed`);
      assert.equal(corpusDigest(wasm, lines), expected.sha256, `${name}: words or tags differ from the native addon's`);
    }
  });

  it('reads every kind of user dictionary line as jieba does', () => {
    const text = referenceTexts().find((t) => t.name === 'user dictionary words')!.text;
    const words = wasm.cut(text).map((t) => t.text);
    for (const w of ['安全生产责任制', '压实责任', '急难愁盼', '稳中求进']) assert.ok(words.includes(w), `"${w}" is not a token: ${words.join(' | ')}`);
    const tags = wasm.tags(text);
    const tagOf = (w: string) => tags.get(text.indexOf(w));
    assert.equal(tagOf('急难愁盼'), 'l');
    assert.equal(tagOf('稳中求进'), 'i', 'the later line wins');
    assert.equal(tagOf('一岗双责'), 'n\r', 'jieba keeps the CR of a CRLF line in the tag');
    assert.equal(wasm.tags('安全生产').get(0), 'nz', 'a user line replaces the main dictionary\'s tag');
  });

  it('gives the same result from the prepared dictionary as from jieba\'s text files', () => {
    const data = nodeWasmJiebaData();
    const fromText = WasmJiebaSegmenter.fromData({ wasm: data.wasm, dictionary: fs.readFileSync(path.join(JIEBA_DICT, 'jieba.dict.utf8')), hmmModel: fs.readFileSync(path.join(JIEBA_DICT, 'hmm_model.utf8')), userDictionary: data.userDictionary });
    assert.equal(fromText.wordCount, segmenter().wordCount);
    const report = corpusLines()['gov-work-report-2021.txt']?.join('\n') ?? reference.texts.map((t) => t.text).join('\n');
    assertSame(fromText, segmenter(), report, 'text dictionary vs prepared');
  });
});

describe('wasm segmenter: our dictionaries and the user\'s', function () {
  this.timeout(60_000);
  const write = fileWriter(tempDir());
  const extra = write('extra.dict.utf8', '压实责任 30 v\n急难愁盼 l\n');
  const text = '各地区要压实责任，解决群众急难愁盼问题。有的干部搞小动作、甩锅，对群众颐指气使。';

  it('keeps our dictionaries\' words whole', () => {
    const words = segmenter().cut(text).map((t) => t.text);
    for (const w of ['搞小动作', '甩锅', '颐指气使']) assert.ok(words.includes(w), `"${w}" (dictionaries/) is not a token: ${words.join(' | ')}`);
  });

  it('keeps each segmenter\'s dictionaries its own (one module instance each)', () => {
    const plain = new JiebaSegmenter();
    const withExtra = new JiebaSegmenter(extra);
    assert.ok(withExtra.cut(text).some((t) => t.text === '压实责任'));
    assert.ok(!plain.cut(text).some((t) => t.text === '压实责任'));
    assert.ok(withExtra.wordCount > plain.wordCount);
  });

  it('takes the user dictionary as texts, as the browser Worker gets it, with the same result as from the files', async () => {
    const data = nodeWasmJiebaData();
    const ours = SEGMENTER_FILES.dictionaries.map((d) => fs.readFileSync(path.join(ROOT, d), 'utf8'));
    const fromTexts = await WasmJiebaSegmenter.create({ wasm: fs.readFileSync(path.join(ROOT, SEGMENTER_FILES.wasm)), prepared: data.prepared, userDictionary: [...ours, fs.readFileSync(extra, 'utf8')] });
    assertSame(new JiebaSegmenter(extra), fromTexts, text, 'texts vs files');
  });

  it('lists every dictionary of dictionaries/ in SEGMENTER_FILES (a browser cannot list a folder)', () => {
    const files = fs.readdirSync(path.join(ROOT, 'dictionaries')).filter((f) => f.endsWith('.dict.utf8')).sort().map((f) => `dictionaries/${f}`);
    assert.deepEqual([...SEGMENTER_FILES.dictionaries], files, 'update SEGMENTER_FILES in src/core/segmenterFiles.ts');
  });
});

describe('wasm segmenter: loading', function () {
  this.timeout(60_000);

  it('was prepared from the nodejs-jieba dictionary and model installed (else run scripts/build-wasm.sh)', () => {
    const bin = fs.readFileSync(packageFile(SEGMENTER_FILES.prepared));
    assert.equal(bin.subarray(0, 8).toString('latin1'), 'JWDICT\0\x01');
    const sources = [
      ['jieba.dict.utf8', 12],
      ['hmm_model.utf8', 48],
    ] as const;
    for (const [name, at] of sources) {
      const source = fs.readFileSync(path.join(JIEBA_DICT, name));
      assert.equal(bin.readUInt32LE(at), source.length, `${name}: size`);
      assert.equal(bin.subarray(at + 4, at + 36).toString('hex'), crypto.createHash('sha256').update(source).digest('hex'), `${name}: SHA-256`);
    }
  });

  it('loads asynchronously (create) to the same segmenter as load()', async () => {
    const created = await WasmJiebaSegmenter.create(nodeWasmJiebaData());
    assertSame(segmenter(), created, reference.texts.map((t) => t.text).join('\n'), 'create() vs load()');
  });

  it('never calls fetch when it loads in Node (emscripten\'s glue would fetch the .wasm itself)', () => {
    const original = globalThis.fetch;
    globalThis.fetch = (() => assert.fail('fetch called')) as typeof fetch;
    try {
      const s = new JiebaSegmenter();
      s.load();
      assert.ok(s.cut('我们要抓好安全生产。').length > 3);
    } finally {
      globalThis.fetch = original;
    }
  });

  it('reports damaged data as an error naming the part, not a crash', () => {
    const data = nodeWasmJiebaData();
    const damaged = new Uint8Array(data.prepared as Uint8Array).slice(0, 100_000);
    assert.throws(() => WasmJiebaSegmenter.fromData({ ...data, prepared: damaged }), { part: 'prepared', message: /the prepared dictionary is damaged/ });
    assert.throws(() => WasmJiebaSegmenter.fromData({ ...data, prepared: new Uint8Array(16) }), /not a prepared jieba dictionary/);
    assert.throws(() => WasmJiebaSegmenter.fromData({ ...data, wasm: new Uint8Array([0, 0x61, 0x73, 0x6d, 9, 9]) }), { part: 'wasm', message: /not a usable jieba\.wasm/ });
    assert.throws(() => WasmJiebaSegmenter.fromData({ wasm: data.wasm }), /give `prepared`/);
  });

  it('names a missing or malformed dictionary of its own package (a DictionaryError, exit 2 in the CLI)', () => {
    const missing = path.join(tempDir(), 'none.dict.utf8');
    assert.throws(() => new JiebaSegmenter(missing).load(), (e: unknown) => e instanceof DictionaryError && e.file === missing && /文件不存在/.test(e.text('zh')));
  });

  it('keeps offsets right when a long text makes the module\'s memory grow', () => {
    const s = new JiebaSegmenter();
    const line = '我们要坚持以人民为中心的发展思想，抓好安全生产𠮷👍🏽。\r\n';
    const before = segmentation(s, line);
    const long = line.repeat(Math.ceil(1_500_000 / line.length));
    const tokens = s.cut(long);
    assert.equal(tokens.map((t) => t.text).join(''), long);
    assert.deepEqual(tokens.slice(0, before.ends.length).map((t) => t.end), before.ends);
    assert.deepEqual(segmentation(s, line), before, 'the same words and tags after the memory grew');
  });
});
