#!/usr/bin/env node
// The web build in a browser: the packaged .vsix's language server (dist/browserServer.js) in a
// Web Worker of Debian's headless Chromium (playwright-core, offline), no Node anywhere. The page
// does what the browser extension does (src/extension/workerServer.ts): it reads the Worker's
// script and the segmenter's files from the extension's folder (served by this script on the
// loopback), starts the Worker from a blob: URL, posts the files, then speaks LSP to it over
// postMessage. It opens examples/draft-safety-meeting.md and fails unless the diagnostics are
// exactly the packaged CLI's findings for that draft in Node (rule, place, severity, message,
// fixes), and unless every request stayed inside the extension's folder. Part of
// `npm run test:integration`; `node scripts/check-web.js [FILE.vsix]`.
'use strict';
const cp = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { unpackVsix } = require('./vsix');
const { bundleSegmenters } = require('./segmenter-bundle');

const ROOT = path.resolve(__dirname, '..');
const DRAFT = path.join(ROOT, 'examples', 'draft-safety-meeting.md');
const CHROMIUM = process.env.SPEECH_DRAFT_CHROMIUM || '/usr/bin/chromium';
// As the integration tests launch it: without the background-networking flags Chromium keeps trying hosts.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const TIMEOUT_MS = 60_000;

/** Serves `folder` on 127.0.0.1 (and a blank page at /index.html). */
function serve(folder) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/index.html') {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><title>web build</title>');
      return;
    }
    const file = path.join(folder, decodeURIComponent(url.pathname));
    if (!file.startsWith(folder + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs in the page: the extension's part, then an LSP client over postMessage. */
async function runInPage({ extension, segmenterFiles, uri, text }) {
  const read = (file) => fetch(`${extension}/${file}`).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${file}: ${r.status}`))));
  const [script, wasm, prepared, ...dictionaries] = await Promise.all([read('dist/browserServer.js'), read(segmenterFiles.wasm), read(segmenterFiles.prepared), ...segmenterFiles.dictionaries.map(read)]);
  const started = performance.now();
  const worker = new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })));
  const errors = [];
  worker.onerror = (e) => errors.push(e.message);
  worker.postMessage({ wasm, prepared, dictionaries: dictionaries.map((d) => new TextDecoder().decode(d)) });
  let id = 0;
  const pending = new Map();
  const logs = [];
  const result = {};
  const diagnostics = new Promise((resolve) => {
    worker.onmessage = ({ data }) => {
      if (data.id !== undefined && pending.has(data.id) && data.method === undefined) {
        pending.get(data.id)(data.result);
        pending.delete(data.id);
      } else if (data.method === 'speechDraft/ready') {
        result.ready = data.params;
        result.readyMs = performance.now() - started;
      } else if (data.method === 'window/logMessage') {
        logs.push(data.params.message);
      } else if (data.method === 'textDocument/publishDiagnostics' && data.params.uri === uri) {
        result.firstDiagnosticsMs = performance.now() - started;
        resolve(data.params.diagnostics);
      } else if (data.id !== undefined && data.method) {
        worker.postMessage({ jsonrpc: '2.0', id: data.id, result: null });
      }
    };
  });
  const request = (method, params) => new Promise((resolve) => {
    pending.set(++id, resolve);
    worker.postMessage({ jsonrpc: '2.0', id, method, params });
  });
  const notify = (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params });
  await request('initialize', { processId: null, rootUri: null, capabilities: {} });
  notify('initialized', {});
  notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  result.diagnostics = await diagnostics;
  result.logs = logs;
  result.errors = errors;
  return result;
}

/** The packaged CLI's findings for the draft, as diagnostics would carry them. */
function cliFindings(extension) {
  const r = cp.spawnSync(process.execPath, [path.join(extension, 'bin', 'speech-draft.js'), 'check', '--format', 'json', DRAFT], { encoding: 'utf8', env: { ...process.env, SPEECH_DRAFT_LOCALE: 'zh' } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`the packaged CLI failed: ${r.stderr}`);
  return JSON.parse(r.stdout).files[0].findings;
}

/** LSP position → UTF-16 offset, counting CRLF, LF and CR as line ends as the server does. */
function offsetOf(text, { line, character }) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts[line] + character;
}

const SEVERITIES = [undefined, 'error', 'warning', 'information', 'hint'];

async function main() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium, or set SPEECH_DRAFT_CHROMIUM)`);
  const unpacked = unpackVsix(process.argv[2]);
  const server = await serve(unpacked.extension);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    const consoleLines = [];
    page.on('worker', (w) => w.on('console', (m) => consoleLines.push(m.text())));
    await page.goto(`${origin}/index.html`);
    const text = fs.readFileSync(DRAFT, 'utf8');
    // The files the extension reads for the Worker (src/core/segmenterFiles.ts).
    const { SEGMENTER_FILES: segmenterFiles } = require(await bundleSegmenters(path.join(ROOT, 'out', 'check-web', 'segmenters.js')));
    let timer;
    const reply = await Promise.race([
      page.evaluate(runInPage, { extension: origin, segmenterFiles, uri: 'file:///drafts/draft-safety-meeting.md', text }),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no diagnostics within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS))),
    ]).finally(() => clearTimeout(timer));
    if (reply.errors.length > 0) throw new Error(`the Worker failed: ${reply.errors.join('; ')}\n${consoleLines.join('\n')}`);
    if (reply.ready?.error) throw new Error(`the server could not load jieba: ${reply.ready.error}`);
    const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('blob:'));
    if (foreign.length > 0) throw new Error(`requests outside the extension's folder: ${foreign.join(', ')}`);

    // A finding's other places (JSON `related`) are hints of their own in the editor, each pointing back to the finding.
    const expected = cliFindings(unpacked.extension).flatMap((f) => [
      { ruleId: f.ruleId, severity: f.severity, offset: f.offset, length: f.length, message: f.message, fixes: f.fixes.map((x) => x.replacement) },
      ...f.related.map((r) => ({ ruleId: f.ruleId, severity: 'hint', offset: r.offset, length: r.length, message: r.message, fixes: [], of: f.message })),
    ]);
    const actual = reply.diagnostics.map((d) => {
      const start = offsetOf(text, d.range.start);
      const place = { ruleId: d.code, severity: SEVERITIES[d.severity], offset: start, length: offsetOf(text, d.range.end) - start };
      const of = d.relatedInformation?.[0]?.message;
      // Only a related place has no data (no fixes of its own); the finding itself may point to it as well.
      // The hint's message is the related place's, with the finding's line added.
      if (of !== undefined && d.data === undefined) {
        const related = expected.find((e) => e.of === of && e.offset === start);
        return { ...place, message: related && d.message.startsWith(related.message) ? related.message : d.message, fixes: [], of };
      }
      return { ...place, message: d.message, fixes: (d.data?.fixes ?? []).map((x) => x.replacement) };
    });
    if (expected.length < 10) throw new Error(`the CLI found only ${expected.length} problems in the sample draft`);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      throw new Error(`the web build's diagnostics differ from the CLI's findings:\n  web: ${JSON.stringify(actual)}\n  CLI: ${JSON.stringify(expected)}`);
    }
    console.log(`check-web: the packaged web build in a Chromium Worker: ${reply.logs.find((l) => /已启动|started/.test(l)) ?? ''}`);
    console.log(`check-web: jieba ready in ${reply.readyMs.toFixed(0)} ms, first diagnostics in ${reply.firstDiagnosticsMs.toFixed(0)} ms after the Worker started; ${actual.length} diagnostics for ${path.basename(DRAFT)}, the same as the packaged CLI's (${[...new Set(actual.map((a) => a.ruleId))].length} rules); ${requests.length} requests, all to the extension's folder`);
  } finally {
    await browser.close();
    server.close();
    unpacked.remove();
  }
}

main().catch((e) => {
  console.error(`check-web: FAIL: ${e.message}`);
  process.exit(1);
});
