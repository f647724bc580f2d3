#!/usr/bin/env node
// `npm run bench:segmenters [-- --json]` (also part of `npm run bench`): the product's segmenter
// (WebAssembly, JiebaSegmenter) and, when it happens to be built, nodejs-jieba's native addon
// (scripts/nativeJieba.js; `npm run check:wasm` builds it), each with our dictionaries:
//   load ms        new X().load() in a fresh process, wall and CPU time (median of 5 processes)
//   RSS MB         resident memory of that process right after the load (median)
//   cut M chars/s  cut() over the 2021 report's lines, repeated for 2 s after a warm-up, and
//                  over the formal lexicon corpus (../shared/corpus/lexicon/formal) after one
//                  pass to warm up; CPU time
//   tags M chars/s tags() over the report's lines (cut + part-of-speech tags); CPU time
//   cold process   `node` that loads the segmenter and cuts one line: wall time, CPU time and
//                  peak RSS (VmHWM), median of 5, next to a `node` that does nothing
// Backends run in turns (wasm, native, wasm…) so that a busy machine slows both alike. CPU
// time (this process only) is the steadier figure when other jobs share the cores.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { bundleSegmenters, ROOT } = require('./segmenter-bundle');
const { nativeAddon } = require('./nativeJieba');

const RUNS = 5;
const LINE = '同志们，我们要坚持以人民为中心的发展思想，抓好安全生产。';
const CORPUS = path.join(ROOT, '..', 'shared', 'corpus');

/** Runs in the child: `node bench-segmenters.js --child BUNDLE CLASS MODE`. */
const cpuMs = (since) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

/** The backend's segmenter with our dictionaries, loaded. */
function loadBackend(bundle, backend) {
  if (backend === 'wasm') {
    const segmenter = new (require(bundle).JiebaSegmenter)();
    segmenter.load();
    return segmenter;
  }
  const { nativeSegmenter } = require('./nativeJieba');
  return nativeSegmenter(nativeAddon(), require(bundle).SEGMENTER_FILES.dictionaries.map((f) => path.join(ROOT, f)));
}

function child(bundle, backend, mode) {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const segmenter = loadBackend(bundle, backend);
  const loadMs = Number(process.hrtime.bigint() - started) / 1e6;
  const loadCpuMs = cpuMs(cpu);
  const rssMb = process.memoryUsage().rss / 1048576;
  const result = { loadMs, loadCpuMs, rssMb };
  if (mode === 'cold') {
    segmenter.cut(LINE);
  } else if (mode === 'speed') {
    const report = path.join(CORPUS, 'gov-work-report-2021.txt');
    const text = fs.existsSync(report) ? fs.readFileSync(report, 'utf8') : fs.readdirSync(path.join(ROOT, 'examples')).map((f) => fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8')).join('\n');
    const lines = text.split('\n');
    const rate = (fn) => {
      for (let w = 0; w < 3; w++) for (const l of lines) fn(l);
      const t0 = process.cpuUsage();
      let chars = 0;
      while (cpuMs(t0) < 2000) {
        for (const l of lines) fn(l);
        chars += text.length;
      }
      return chars / (cpuMs(t0) / 1000) / 1e6;
    };
    result.reportChars = text.length;
    result.cutMcps = rate((l) => segmenter.cut(l));
    result.tagsMcps = rate((l) => segmenter.tags(l));
    const formal = path.join(CORPUS, 'lexicon', 'formal');
    if (fs.existsSync(formal)) {
      const formalLines = fs.readdirSync(formal).sort().flatMap((f) => fs.readFileSync(path.join(formal, f), 'utf8').split('\n'));
      const chars = formalLines.reduce((n, l) => n + l.length, 0);
      for (const l of formalLines) segmenter.cut(l);
      const t0 = process.cpuUsage();
      for (const l of formalLines) segmenter.cut(l);
      result.formalChars = chars;
      result.formalCutMcps = chars / (cpuMs(t0) / 1000) / 1e6;
    }
  }
  result.processCpuMs = cpuMs();
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  result.peakRssMb = Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
  process.stdout.write(JSON.stringify(result));
}

/** One child process; its result and its wall time. */
function run(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return { wallMs, ...(r.stdout ? JSON.parse(r.stdout) : {}) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  const json = process.argv.includes('--json');
  // Under out/, from where the bundle finds wasm/dist and dictionaries/ as in a package.
  const bundle = await bundleSegmenters(path.join(ROOT, 'out', 'bench-segmenters', 'segmenters.js'));
  const self = __filename;
  const backends = nativeAddon() ? ['wasm', 'native'] : ['wasm'];
  const samples = { baseline: [] };
  for (const name of backends) samples[name] = { load: [], cold: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const name of backends) {
      samples[name].load.push(run([self, '--child', bundle, name, 'load']));
      samples[name].cold.push(run([self, '--child', bundle, name, 'cold']));
    }
    samples.baseline.push(run(['-e', "const u = process.cpuUsage(); process.stdout.write(JSON.stringify({ processCpuMs: (u.user + u.system) / 1000, peakRssMb: Number(/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1]) / 1024 }))"]));
  }
  const speed = {};
  for (const name of backends) speed[name] = run([self, '--child', bundle, name, 'speed']);

  const result = {
    loadAverage: fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    baseline: { coldMs: median(samples.baseline.map((s) => s.wallMs)), coldCpuMs: median(samples.baseline.map((s) => s.processCpuMs)), coldPeakRssMb: median(samples.baseline.map((s) => s.peakRssMb)) },
  };
  for (const name of backends) {
    const { load, cold } = samples[name];
    result[name] = {
      loadMs: median(load.map((s) => s.loadMs)),
      loadCpuMs: median(load.map((s) => s.loadCpuMs)),
      rssAfterLoadMb: median(load.map((s) => s.rssMb)),
      cutMcps: speed[name].cutMcps,
      tagsMcps: speed[name].tagsMcps,
      formalCutMcps: speed[name].formalCutMcps,
      coldMs: median(cold.map((s) => s.wallMs)),
      coldCpuMs: median(cold.map((s) => s.processCpuMs)),
      coldPeakRssMb: median(cold.map((s) => s.peakRssMb)),
    };
  }
  const wasmDir = path.join(ROOT, 'wasm', 'dist');
  result.wasmBytes = fs.statSync(path.join(wasmDir, 'jieba.wasm')).size;
  result.glueBytes = fs.statSync(path.join(wasmDir, 'jieba.js')).size;
  result.preparedDictBytes = fs.statSync(path.join(wasmDir, 'jieba-dict.bin')).size;

  const f = (x, d = 1) => (x === undefined ? '—' : x.toFixed(d));
  const rows = [
    ['load, wall (ms)', (b) => f(b.loadMs, 0)],
    ['load, CPU (ms)', (b) => f(b.loadCpuMs, 0)],
    ['RSS after load (MB)', (b) => f(b.rssAfterLoadMb)],
    [`cut, 2021 report lines (M chars/s)`, (b) => f(b.cutMcps, 2)],
    ['tags, 2021 report lines (M chars/s)', (b) => f(b.tagsMcps, 2)],
    [`cut, formal corpus${speed.wasm.formalChars ? ` ${(speed.wasm.formalChars / 1e6).toFixed(2)}M chars` : ''} (M chars/s)`, (b) => f(b.formalCutMcps, 2)],
    ['cold node: load + cut a line, wall (ms)', (b) => f(b.coldMs, 0)],
    ['cold node: CPU of the process (ms)', (b) => f(b.coldCpuMs, 0)],
    ['cold node: peak RSS (MB)', (b) => f(b.coldPeakRssMb)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`${''.padEnd(width)}  ${backends.map((b) => b.padStart(8)).join('  ')}`);
  for (const [label, get] of rows) console.log(`${label.padEnd(width)}  ${backends.map((b) => get(result[b]).padStart(8)).join('  ')}`);
  if (!backends.includes('native')) console.log('(nodejs-jieba\'s native addon is not built, so only the WebAssembly figures: `npm run check:wasm` builds it into out/native-jieba)');
  console.log(`(median of ${RUNS} processes; a node process that does nothing: ${f(result.baseline.coldMs, 0)} ms wall, ${f(result.baseline.coldCpuMs, 0)} ms CPU, ${f(result.baseline.coldPeakRssMb)} MB; load average ${result.loadAverage})`);
  console.log(`wasm/dist: jieba.wasm ${result.wasmBytes} bytes, jieba.js ${result.glueBytes} bytes, jieba-dict.bin ${result.preparedDictBytes} bytes`);
  if (json) console.log(JSON.stringify(result));
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4], process.argv[5]);
} else {
  main().catch((e) => {
    console.error(`bench-segmenters: ${e.message}`);
    process.exit(1);
  });
}
