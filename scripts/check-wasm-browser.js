#!/usr/bin/env node
// `npm run check:wasm-browser` (dev only): the WebAssembly segmenter in a real browser Worker,
// against nodejs-jieba's native addon in Node (built on demand: scripts/nativeJieba.js). Bundles
// src/core/wasmSegmenter.ts for the browser, serves the repository on 127.0.0.1 (this script's
// own loopback server), opens Debian's Chromium headless (playwright-core, as the integration
// tests do); the page reads the segmenter's files and posts them to a Worker (as the extension
// does), which creates the segmenter, then cuts and tags texts. Fails unless the words and tags
// equal the native addon's. The product's web build is tested by check-web.js.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const esbuild = require('esbuild');
const { chromium } = require('playwright-core');
const { bundleSegmenters, ROOT } = require('./segmenter-bundle');
const { nativeAddon, nativeSegmenter } = require('./nativeJieba');

const CHROMIUM = process.env.SPEECH_DRAFT_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const OUT = path.join(ROOT, 'out', 'check-wasm-browser');

const WORKER = `
import { WasmJiebaSegmenter } from './src/core/wasmSegmenter';
self.onmessage = async ({ data }) => {
  try {
    const started = performance.now();
    const segmenter = await WasmJiebaSegmenter.create({ wasm: data.wasm, prepared: data.prepared, userDictionary: data.dictionaries });
    const loadMs = performance.now() - started;
    const results = data.texts.map((text) => ({ ends: segmenter.cut(text).map((t) => t.end), tags: [...segmenter.tags(text)] }));
    self.postMessage({ loadMs, results, worker: typeof importScripts === 'function' });
  } catch (e) {
    self.postMessage({ error: String(e && e.stack || e) });
  }
};
`;

const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html', '.bin': 'application/octet-stream', '.utf8': 'text/plain; charset=utf-8' };

function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const file = path.join(ROOT, decodeURIComponent(url.pathname));
    if (!file.startsWith(ROOT + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function texts() {
  const report = path.join(ROOT, '..', 'shared', 'corpus', 'gov-work-report-2021.txt');
  const list = [
    '同志们：\r\n现在，我代表市人民政府向大会报告工作。有的干部搞小动作、甩锅，对群众颐指气使；压实责任，抓好落实。',
    '𠮷野家的𠮷字，成绩很好👍🏽，全家👨‍👩‍👧‍👦都来了🎉。前\ud842后\udfb7文字\u0000结束',
  ];
  if (fs.existsSync(report)) list.push(...fs.readFileSync(report, 'utf8').split('\n'));
  return list;
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium, or set SPEECH_DRAFT_CHROMIUM)`);
  fs.mkdirSync(OUT, { recursive: true });
  await esbuild.build({
    stdin: { contents: WORKER, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    // Only the glue's Node branch mentions these; it never runs in the Worker.
    external: ['fs', 'path'],
    outfile: path.join(OUT, 'worker.js'),
    logLevel: 'warning',
  });
  fs.writeFileSync(path.join(OUT, 'index.html'), '<!doctype html><meta charset="utf-8"><title>wasm segmenter</title>');

  const userDictionary = '压实责任 30 v\n';
  const inputs = texts();
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  let reply;
  try {
    const page = await browser.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${origin}/out/check-wasm-browser/index.html`);
    const { SEGMENTER_FILES } = require(await bundleSegmenters(path.join(OUT, 'segmenters.js')));
    reply = await page.evaluate(
      async ({ base, files, texts, userDictionary }) => {
        const read = (f) => fetch(base + f).then((r) => r.arrayBuffer());
        const [wasm, prepared, ...ours] = await Promise.all([read(files.wasm), read(files.prepared), ...files.dictionaries.map(read)]);
        const dictionaries = [...ours.map((d) => new TextDecoder().decode(d)), userDictionary];
        return new Promise((resolve) => {
          const worker = new Worker('worker.js');
          worker.onmessage = ({ data }) => resolve(data);
          worker.onerror = (e) => resolve({ error: e.message });
          worker.postMessage({ wasm, prepared, dictionaries, texts });
        });
      },
      { base: `${origin}/`, files: SEGMENTER_FILES, texts: inputs, userDictionary },
    );
    const foreign = requests.filter((u) => !u.startsWith(origin));
    if (foreign.length > 0) throw new Error(`requests outside the extension's folder: ${foreign.join(', ')}`);
    console.log(`check-wasm-browser: ${requests.length} requests, all to ${origin}: ${requests.map((u) => u.slice(origin.length)).join(' ')}`);
  } finally {
    await browser.close();
    server.close();
  }
  if (reply.error) throw new Error(`the Worker failed: ${reply.error}`);

  // The same texts with the native addon in Node, with the same user dictionaries.
  const extra = path.join(OUT, 'user.dict.utf8');
  fs.writeFileSync(extra, userDictionary);
  const { SEGMENTER_FILES } = require(path.join(OUT, 'segmenters.js'));
  const native = nativeSegmenter(nativeAddon({ build: true }), [...SEGMENTER_FILES.dictionaries.map((f) => path.join(ROOT, f)), extra]);
  let differences = 0;
  inputs.forEach((text, i) => {
    const ends = native.cut(text).map((t) => t.end);
    const tags = [...native.tags(text)];
    if (JSON.stringify(ends) !== JSON.stringify(reply.results[i].ends) || JSON.stringify(tags) !== JSON.stringify(reply.results[i].tags)) {
      if (differences++ < 5) console.log(`  differs: ${JSON.stringify(text.slice(0, 60))}`);
    }
  });
  const chars = inputs.reduce((n, t) => n + t.length, 0);
  console.log(`check-wasm-browser: Chromium Worker (classic: ${reply.worker}) loaded in ${reply.loadMs.toFixed(0)} ms; ${inputs.length} texts, ${chars} characters: ${differences === 0 ? 'same words and tags as the native addon' : `${differences} differ`}`);
  if (differences > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(`check-wasm-browser: ${e.message}`);
  process.exit(1);
});
