#!/usr/bin/env node
// Checks that the packaged .vsix works on its own: unzips it into a temporary folder, starts its
// language server from there (so jieba's addon and dictionaries come from the package, not from
// this checkout) and waits for a diagnostic on a sentence with drafter self-reference.
const cp = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const rpc = require('vscode-jsonrpc/node');

const root = path.join(__dirname, '..');
const vsix = process.argv[2] ?? fs.readdirSync(root).filter((f) => f.endsWith('.vsix')).map((f) => path.join(root, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
if (!vsix) {
  console.error('No .vsix found: run npm run package first.');
  process.exit(2);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speech-draft-vsix-'));
cp.execFileSync('unzip', ['-q', vsix, '-d', dir]);
const server = path.join(dir, 'extension', 'dist', 'server.js');
// Every JSON Schema the package contributes must be in it, or VS Code validates nothing.
const contributed = JSON.parse(fs.readFileSync(path.join(dir, 'extension', 'package.json'), 'utf8')).contributes.jsonValidation.map((v) => v.url);
const missing = contributed.filter((url) => !fs.existsSync(path.join(dir, 'extension', url)));
if (missing.length > 0) {
  console.error(`FAIL: contributed schemas missing from the package: ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`${path.basename(vsix)}: ${(fs.statSync(vsix).size / 1024 / 1024).toFixed(2)} MB, server at ${server}`);

const proc = cp.spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], cwd: os.tmpdir() });
const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
const uri = 'file:///draft.md';
const text = '同志们：\n\n笔者认为,这项工作必须抓紧。\n';
const finish = (code, message) => {
  console.log(message);
  proc.kill();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(code);
};
const timer = setTimeout(() => finish(1, 'FAIL: no diagnostics within 30 s'), 30_000);
conn.onRequest('workspace/configuration', () => [{}]);
conn.onNotification('speechDraft/ready', (p) => {
  if (p.error) finish(1, `FAIL: ${p.error}`);
  else console.log(`jieba loaded from the package in ${p.loadMs} ms`);
});
conn.onNotification('textDocument/publishDiagnostics', (p) => {
  clearTimeout(timer);
  const codes = p.diagnostics.map((d) => d.code);
  if (codes.includes('author-pronoun') && codes.includes('half-width-punctuation')) finish(0, `OK: ${codes.join(', ')}`);
  else finish(1, `FAIL: unexpected diagnostics ${codes.join(', ')}`);
});
conn.listen();
(async () => {
  // As a plain LSP client: the server needs no initialization options.
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  conn.sendNotification('initialized', {});
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
})();
