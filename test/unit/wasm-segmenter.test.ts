import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { JiebaSegmenter, type Segmenter } from '../../src/core';
import { BUILT_IN_DICTIONARIES, WasmJiebaSegmenter, fetchWasmJiebaData, nodeWasmJiebaData, wasmDistDir } from '../../src/core/wasmSegmenter';
import { ROOT, fileWriter, segmenter, tempDir, wasmSegmenter } from './support/project';

// The WebAssembly segmenter must cut and tag exactly as the native addon: same words, same
// tags, same UTF-16 offsets, with our dictionaries and a user's.

const CORPUS = path.join(ROOT, '..', 'shared', 'corpus');

/** Speech text with our dictionaries' words, numbers, Latin, full-width forms, CRLF and astral characters. */
const SAMPLE = [
  '同志们：\r\n',
  '现在，我代表市人民政府向大会报告工作，请予审议。2021年全市地区生产总值增长6.5%左右，城镇新增就业12.6万人。\n',
  '我们要坚持以人民为中心的发展思想，抓好安全生产，推进个人所得税改革。时不我待，只争朝夕。\r\n',
  '有的干部搞小动作、甩锅，对群众颐指气使，把“二首长”挂在嘴边；有木有人觉得鸭梨山大？网红打卡地的老铁们说奥利给！\n',
  'COVID-19疫情防控常态化，5G基站、AI+制造、iPhone 13和C位出道；ＡＢＣ１２３，全角　空格，half-width, 3.1415926。\n',
  '𠮷野家的𠮷字，𪚥和𰻞𰻞面；成绩很好👍🏽，全家👨‍👩‍👧‍👦都来了🎉。\u0000\t结束',
].join('');

/** Token ends and tags, compared with a readable message at the first difference. */
function assertSame(expected: Segmenter, actual: Segmenter, text: string, where: string): void {
  const a = expected.cut(text);
  const b = actual.cut(text);
  const first = a.findIndex((t, i) => b[i]?.end !== t.end || b[i]?.text !== t.text);
  if (first >= 0 || a.length !== b.length) {
    const i = first >= 0 ? first : Math.min(a.length, b.length);
    const around = (tokens: typeof a) => tokens.slice(Math.max(0, i - 3), i + 3).map((t) => t.text).join(' | ');
    assert.fail(`${where}: tokens differ at token ${i} (offset ${a[i]?.start ?? b[i]?.start}): native ${around(a)} / wasm ${around(b)}`);
  }
  const ta = [...expected.tags(text)];
  const tb = [...actual.tags(text)];
  const firstTag = ta.findIndex(([k, v], i) => tb[i]?.[0] !== k || tb[i]?.[1] !== v);
  if (firstTag >= 0 || ta.length !== tb.length) {
    const i = firstTag >= 0 ? firstTag : Math.min(ta.length, tb.length);
    assert.fail(`${where}: tags differ at token ${i}: native ${JSON.stringify(ta[i])} / wasm ${JSON.stringify(tb[i])}`);
  }
}

function corpusFile(...parts: string[]): string | undefined {
  const file = path.join(CORPUS, ...parts);
  if (fs.existsSync(file)) return file;
  console.log(`      (skipped: ${path.relative(ROOT, file)} not found)`);
  return undefined;
}

describe('wasm segmenter: the same words and tags as the native addon', function () {
  this.timeout(60_000);

  it('cuts and tags the 2021 government work report identically, whole and line by line', function () {
    const file = corpusFile('gov-work-report-2021.txt');
    if (!file) return this.skip();
    const text = fs.readFileSync(file, 'utf8');
    assertSame(segmenter(), wasmSegmenter(), text, 'whole report');
    text.split('\n').forEach((line, n) => assertSame(segmenter(), wasmSegmenter(), line, `line ${n + 1}`));
    assert.ok(wasmSegmenter().cut(text).length > 8000);
  });

  it('cuts and tags a built-in sample identically, our dictionaries\' words included', () => {
    assertSame(segmenter(), wasmSegmenter(), SAMPLE, 'sample');
    const words = wasmSegmenter().cut(SAMPLE).map((t) => t.text);
    for (const w of ['二首长', '颐指气使', '搞小动作', '甩锅', '有木有', '鸭梨山大', '网红打卡地', '老铁', '奥利给', 'C位']) {
      assert.ok(words.includes(w), `"${w}" (dictionaries/) is not a token: ${words.join(' | ')}`);
    }
  });

  it('cuts and tags hotel reviews (colloquial, emoji) and formal corpus text identically', function () {
    const reviews = corpusFile('hotel-reviews-dev.tsv');
    if (!reviews) return this.skip();
    const lines = fs.readFileSync(reviews, 'utf8').split('\n').map((l) => l.split('\t').slice(1).join('\t'));
    lines.forEach((line, n) => assertSame(segmenter(), wasmSegmenter(), line, `hotel-reviews-dev.tsv:${n + 1}`));
    const formal = path.join(CORPUS, 'lexicon', 'formal');
    for (const f of fs.existsSync(formal) ? fs.readdirSync(formal).sort() : []) {
      // The first 60,000 characters of each: the full 5 million are compared by `npm run check:wasm`.
      assertSame(segmenter(), wasmSegmenter(), fs.readFileSync(path.join(formal, f), 'utf8').slice(0, 60_000), f);
    }
  });

  it('cuts and tags random mixes of speech text and odd Unicode identically (lone surrogates, NUL, CR)', () => {
    const pieces = [
      '同志们：', '现在，我代表国务院作报告。', '抓好安全生产', '个人所得税', '二首长', '颐指气使', '有木有', '2021年', '6.5%', 'abc123',
      'iPhone', 'Ｃ位', '𠮷', '𩸽', '👍🏽', '👨‍👩‍👧‍👦', '\ud842', '\udfb7', '\u0000', '\ufeff', '\r', '\r\n', '\n', '\t', ' ', '\u3000',
      '，', '。', '、', '“', '”', 'Москва', '서울', 'e\u0301', '\u200b', '……', '  ', '3.14.15', 'a.b', '１２３',
    ];
    let seed = 20_211_125;
    const random = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed / 4_294_967_296;
    };
    for (let n = 0; n < 400; n++) {
      let text = '';
      const count = 1 + Math.floor(random() * 12);
      for (let i = 0; i < count; i++) text += pieces[Math.floor(random() * pieces.length)];
      assertSame(segmenter(), wasmSegmenter(), text, `case ${n} ${JSON.stringify(text)}`);
    }
  });

  it('gives the same result from the prepared dictionary as from jieba\'s text files', function () {
    const fromText = WasmJiebaSegmenter.fromData(nodeWasmJiebaData(undefined, { prepared: false }));
    assert.equal(fromText.wordCount, wasmSegmenter().wordCount);
    const file = path.join(CORPUS, 'gov-work-report-2021.txt');
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : SAMPLE;
    assertSame(fromText, wasmSegmenter(), text, 'text dictionary vs prepared');
  });
});

describe('wasm segmenter: user dictionaries', function () {
  this.timeout(60_000);
  const write = fileWriter(tempDir());
  // Every kind of line jieba reads: word only, word and tag, word freq tag; CRLF line ends; a word
  // of the main dictionary given a new tag and weight; a single character; a line of four fields
  // (ignored) and an empty one; a word given twice (the later wins).
  const extra = write('extra.dict.utf8', [
    '安全生产责任制',
    '急难愁盼 l',
    '压实责任 30 v',
    '一岗双责 100 n\r',
    '安全生产 50000 nz',
    '翀 n',
    '',
    '稳中求进 2 vn',
    '稳中求进 2000 i',
    '',
  ].join('\n'));
  const text = '各地区要落实安全生产责任制，压实责任，解决群众急难愁盼问题；坚持稳中求进，落实一岗双责，抓好安全生产。翀说。';

  after(() => {
    // The native addon holds one jieba per process: give the shared segmenter its dictionaries back.
    new JiebaSegmenter().load();
  });

  it('reads a user dictionary file as the native addon does: same words, same tags', () => {
    const native = new JiebaSegmenter(extra);
    native.load();
    const wasm = new WasmJiebaSegmenter(extra);
    assertSame(native, wasm, text, 'with the extra dictionary');
    assertSame(native, wasm, SAMPLE, 'sample with the extra dictionary');
    const words = wasm.cut(text).map((t) => t.text);
    for (const w of ['安全生产责任制', '压实责任', '急难愁盼', '稳中求进']) assert.ok(words.includes(w), `"${w}" is not a token: ${words.join(' | ')}`);
    const tags = wasm.tags(text);
    const tagOf = (w: string) => tags.get(text.indexOf(w));
    assert.equal(tagOf('急难愁盼'), 'l');
    assert.equal(tagOf('稳中求进'), 'i', 'the later line wins');
    assert.equal(tagOf('一岗双责'), 'n\r', 'jieba keeps the CR of a CRLF line in the tag');
    assert.equal(wasm.tags('安全生产').get(0), 'nz', 'a user line replaces the main dictionary\'s tag');
  });

  it('keeps each segmenter\'s dictionaries its own (one module instance each)', () => {
    const plain = new WasmJiebaSegmenter();
    const withExtra = new WasmJiebaSegmenter(extra);
    assert.ok(withExtra.cut(text).some((t) => t.text === '压实责任'));
    assert.ok(!plain.cut(text).some((t) => t.text === '压实责任'));
    assert.ok(withExtra.wordCount > plain.wordCount);
  });

  it('takes the user dictionary as text, as a browser passes it, with the same result as the file', async () => {
    const ours = BUILT_IN_DICTIONARIES.map((d) => fs.readFileSync(path.join(ROOT, 'dictionaries', d), 'utf8'));
    const data = nodeWasmJiebaData();
    const fromText = await WasmJiebaSegmenter.create({ wasm: data.wasm, prepared: data.prepared, userDictionary: [...ours, fs.readFileSync(extra, 'utf8')] });
    assertSame(new WasmJiebaSegmenter(extra), fromText, text, 'text user dictionary vs file');
  });

  it('lists our dictionaries for loaders that cannot read a folder (browser)', () => {
    const files = fs.readdirSync(path.join(ROOT, 'dictionaries')).filter((f) => f.endsWith('.dict.utf8')).sort();
    assert.deepEqual([...BUILT_IN_DICTIONARIES], files, 'update BUILT_IN_DICTIONARIES in src/core/wasmSegmenter.ts');
  });
});

describe('wasm segmenter: loading', function () {
  this.timeout(60_000);

  it('was prepared from the nodejs-jieba dictionary and model installed (else run scripts/build-wasm.sh)', () => {
    const bin = fs.readFileSync(path.join(wasmDistDir(), 'jieba-dict.bin'));
    assert.equal(bin.subarray(0, 8).toString('latin1'), 'JWDICT\0\x01');
    const dictDir = path.join(path.dirname(path.dirname(require.resolve('nodejs-jieba'))), 'dict');
    const sources = [
      ['jieba.dict.utf8', 12],
      ['hmm_model.utf8', 48],
    ] as const;
    for (const [name, at] of sources) {
      const source = fs.readFileSync(path.join(dictDir, name));
      assert.equal(bin.readUInt32LE(at), source.length, `${name}: size`);
      assert.equal(bin.subarray(at + 4, at + 36).toString('hex'), crypto.createHash('sha256').update(source).digest('hex'), `${name}: SHA-256`);
    }
  });

  it('loads asynchronously (create) to the same segmenter as load()', async () => {
    const created = await WasmJiebaSegmenter.create();
    assertSame(wasmSegmenter(), created, SAMPLE, 'create() vs load()');
    const fromBytes = await WasmJiebaSegmenter.create({ ...nodeWasmJiebaData(), wasm: fs.readFileSync(path.join(wasmDistDir(), 'jieba.wasm')) });
    assertSame(wasmSegmenter(), fromBytes, SAMPLE, 'create() from the bytes of jieba.wasm');
  });

  it('fetches its files from the extension\'s own folder (browser Worker) and nothing else', async () => {
    const requested: string[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = (async (input: string | URL) => {
      const url = new URL(String(input));
      requested.push(url.href);
      assert.equal(url.protocol, 'file:');
      const file = decodeURIComponent(url.pathname);
      if (!fs.existsSync(file)) return new Response('not found', { status: 404, statusText: 'Not Found' });
      return new Response(fs.readFileSync(file));
    }) as typeof fetch;
    try {
      const base = new URL(`file://${ROOT}`);
      const data = await fetchWasmJiebaData(base, { userDictionary: '压实责任 30 v\n' });
      const fetched = await WasmJiebaSegmenter.create(data);
      assert.ok(fetched.cut('压实责任，抓好落实。').some((t) => t.text === '压实责任'));
      assertSame(wasmSegmenter(), fetched, SAMPLE, 'fetched files');
      await assert.rejects(fetchWasmJiebaData(base, { dictionaries: ['missing.dict.utf8'] }), /missing\.dict\.utf8: 404/);
    } finally {
      globalThis.fetch = original;
    }
    const root = new URL(`file://${ROOT}/`).href;
    assert.deepEqual(requested.slice(0, 2 + BUILT_IN_DICTIONARIES.length).sort(), [
      `${root}wasm/dist/jieba.wasm`, `${root}wasm/dist/jieba-dict.bin`, ...BUILT_IN_DICTIONARIES.map((d) => `${root}dictionaries/${d}`),
    ].sort());
  });

  it('never calls fetch when it loads in Node (emscripten\'s glue would fetch the .wasm itself)', () => {
    const original = globalThis.fetch;
    globalThis.fetch = (() => assert.fail('fetch called')) as typeof fetch;
    try {
      const s = new WasmJiebaSegmenter();
      s.load();
      assert.ok(s.cut('我们要抓好安全生产。').length > 3);
    } finally {
      globalThis.fetch = original;
    }
  });

  it('reports a damaged prepared dictionary as an error, not a crash', () => {
    const data = nodeWasmJiebaData();
    const damaged = new Uint8Array(data.prepared as Uint8Array).slice(0, 100_000);
    assert.throws(() => WasmJiebaSegmenter.fromData({ ...data, prepared: damaged }), /jieba \(wasm\): the prepared dictionary is damaged/);
    assert.throws(() => WasmJiebaSegmenter.fromData({ ...data, prepared: new Uint8Array(16) }), /not a prepared jieba dictionary/);
    assert.throws(() => WasmJiebaSegmenter.fromData({ wasm: data.wasm }), /give `prepared`/);
  });

  it('keeps offsets right when a long text makes the module\'s memory grow', () => {
    const s = new WasmJiebaSegmenter();
    const line = '我们要坚持以人民为中心的发展思想，抓好安全生产𠮷👍🏽。\r\n';
    const long = line.repeat(Math.ceil(1_500_000 / line.length));
    const tokens = s.cut(long);
    assert.equal(tokens.map((t) => t.text).join(''), long);
    assert.deepEqual(s.cut(line).map((t) => t.text), tokens.slice(0, s.cut(line).length).map((t) => t.text));
    assert.deepEqual([...s.tags(line)], [...segmenter().tags(line)]);
  });
});
