#!/usr/bin/env node
// Checks that the packaged .vsix is universal and works on its own: unzips it into a temporary
// folder, asserts that no native binary is inside (no .node, no ELF, PE or Mach-O file: the same
// package for every OS and CPU) and that the Node and browser entries and jieba's WebAssembly
// files are; then runs, from the unzipped folder (so nothing comes from this checkout), the
// language server (a diagnostic on a sentence with drafter self-reference) and the CLI (a draft,
// a .docx and a user rule pack, which load the bundles kept apart for them).
// `node scripts/check-vsix.js [FILE.vsix]`; without a file, the one `npm run package` writes.
'use strict';
const cp = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const rpc = require('vscode-jsonrpc/node');
const { unpackVsix } = require('./vsix');

const { vsix, dir, extension, remove } = unpackVsix(process.argv[2]);
console.log(`${path.basename(vsix)}: ${(fs.statSync(vsix).size / 1024 / 1024).toFixed(2)} MB`);

function fail(message) {
  console.log(`FAIL: ${message}`);
  remove();
  process.exit(1);
}

/** Every file under `folder`, relative to it. */
function files(folder) {
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(folder, path.join(e.parentPath ?? e.path, e.name)));
}

// Executable and library formats: ELF (Linux), PE (Windows .node/.dll/.exe), Mach-O and fat binaries (macOS).
const NATIVE = [Buffer.from('7f454c46', 'hex'), Buffer.from('4d5a', 'hex'), ...['feedface', 'feedfacf', 'cefaedfe', 'cffaedfe', 'cafebabe'].map((m) => Buffer.from(m, 'hex'))];

function checkContents() {
  const all = files(dir);
  const native = all.filter((f) => {
    if (/\.(node|dll|so|dylib|exe)$/i.test(f)) return true;
    const head = Buffer.alloc(4);
    const fd = fs.openSync(path.join(dir, f), 'r');
    fs.readSync(fd, head, 0, 4, 0);
    fs.closeSync(fd);
    return NATIVE.some((magic) => head.subarray(0, magic.length).equals(magic));
  });
  if (native.length > 0) fail(`native binaries inside: ${native.join(', ')}`);
  if (all.some((f) => f.startsWith(`extension${path.sep}node_modules`))) fail('node_modules inside: the bundles should carry everything');
  const manifest = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8'));
  const needed = [manifest.main, manifest.browser, 'dist/server.js', 'dist/browserServer.js', 'dist/cli.js', 'dist/cli-docx.js', 'dist/recheck.js', 'bin/speech-draft.js', 'wasm/dist/jieba.wasm', 'wasm/dist/jieba-dict.bin', 'dictionaries/office.dict.utf8', 'dictionaries/register.dict.utf8'];
  const missing = needed.filter((f) => !f || !fs.existsSync(path.join(extension, f)));
  if (missing.length > 0) fail(`missing from the package: ${missing.join(', ')}`);
  // Every JSON Schema the package contributes must be in it, or VS Code validates nothing.
  const schemas = manifest.contributes.jsonValidation.map((v) => v.url).filter((url) => !fs.existsSync(path.join(extension, url)));
  if (schemas.length > 0) fail(`contributed schemas missing from the package: ${schemas.join(', ')}`);
  const target = /TargetPlatform="([^"]*)"/.exec(fs.readFileSync(path.join(dir, 'extension.vsixmanifest'), 'utf8'));
  if (target) fail(`the package is for one platform only (TargetPlatform="${target[1]}")`);
  console.log(`OK: ${all.length} files, no native binary, no platform target; main ${manifest.main}, browser ${manifest.browser}`);
}

/** The packaged CLI from the unzipped folder: its exit code, stdout and stderr. */
function cli(args) {
  const r = cp.spawnSync(process.execPath, [path.join(extension, 'bin', 'speech-draft.js'), ...args], { cwd: os.tmpdir(), encoding: 'utf8', env: { ...process.env, SPEECH_DRAFT_LOCALE: 'zh' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function checkCli() {
  const work = path.join(dir, 'cli');
  fs.mkdirSync(work);
  const draft = path.join(work, 'draft.md');
  fs.writeFileSync(draft, '同志们：\n\n笔者认为,这项工作必须抓紧。\n');
  const ids = (r) => JSON.parse(r.stdout).files.flatMap((f) => f.findings.map((x) => x.ruleId));
  const plain = cli(['check', '--format', 'json', draft]);
  if (plain.status !== 1 || !ids(plain).includes('author-pronoun')) fail(`the CLI on a draft: exit ${plain.status}, ${plain.stdout}${plain.stderr}`);
  const docx = path.join(work, 'draft.docx');
  const exported = cli(['export', '-o', docx, draft]);
  const fromDocx = exported.status === 0 ? cli(['check', '--format', 'json', docx]) : exported;
  if (fromDocx.status !== 1 || !ids(fromDocx).includes('author-pronoun')) fail(`the CLI on a .docx it exported: exit ${fromDocx.status}, ${fromDocx.stdout}${fromDocx.stderr}`);
  const pack = path.join(work, 'mine.speech-rules.json');
  fs.writeFileSync(pack, JSON.stringify({ rules: [{ id: 'my-bad', category: 'wording', severity: 'warning', message: { zh: '测试', en: 'test' }, guidance: { zh: '测试', en: 'test' }, match: { regex: '(抓+)+紧' }, examples: { bad: ['抓紧'], good: [] } }] }));
  const config = path.join(work, 'config.json');
  fs.writeFileSync(config, JSON.stringify({ rulePacks: [pack] }));
  const packed = cli(['check', '--config', config, draft]);
  if (!/catastrophic backtracking/.test(packed.stderr)) fail(`the CLI did not refuse a catastrophic rule pack: ${packed.stderr}`);
  console.log(`OK: the packaged CLI checks a draft (${ids(plain).join(', ')}), a .docx it exported, and refuses a catastrophic rule pack`);
}

function checkServer() {
  const server = path.join(extension, 'dist', 'server.js');
  const proc = cp.spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], cwd: os.tmpdir() });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  const uri = 'file:///draft.md';
  const text = '同志们：\n\n笔者认为,这项工作必须抓紧。\n';
  return new Promise((resolve) => {
    const finish = (ok, message) => {
      clearTimeout(timer);
      console.log(message);
      proc.kill();
      resolve(ok);
    };
    const timer = setTimeout(() => finish(false, 'FAIL: no diagnostics within 30 s'), 30_000);
    conn.onRequest('workspace/configuration', () => [{}]);
    conn.onNotification('speechDraft/ready', (p) => {
      if (p.error) finish(false, `FAIL: ${p.error}`);
      else console.log(`jieba loaded from the package in ${p.loadMs} ms`);
    });
    conn.onNotification('textDocument/publishDiagnostics', (p) => {
      const codes = p.diagnostics.map((d) => d.code);
      if (codes.includes('author-pronoun') && codes.includes('half-width-punctuation')) finish(true, `OK: the packaged language server: ${codes.join(', ')}`);
      else finish(false, `FAIL: unexpected diagnostics ${codes.join(', ')}`);
    });
    conn.listen();
    (async () => {
      // As a plain LSP client: the server needs no initialization options.
      await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
      conn.sendNotification('initialized', {});
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    })();
  });
}

(async () => {
  checkContents();
  checkCli();
  const ok = await checkServer();
  remove();
  process.exit(ok ? 0 : 1);
})();
