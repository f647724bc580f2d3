import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createChecker, JiebaSegmenter } from '../../src/core/node';
import { runCli, tempDir, ROOT } from './support/project';
import { LspClient } from '../../scripts/bench/lspClient';

// Drafts are confidential: neither the CLI nor the checker may touch the network. Every network
// entry point is made to throw and to leave a mark on stderr; the runs must leave no mark.
const NETWORK_ENTRY_POINTS: Record<string, string[]> = {
  net: ['connect', 'createConnection', 'createServer'],
  http: ['request', 'get', 'createServer'],
  https: ['request', 'get', 'createServer'],
  http2: ['connect', 'createServer', 'createSecureServer'],
  tls: ['connect', 'createServer'],
  dns: ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'],
  dgram: ['createSocket'],
};
const MARK = 'NETWORK-USED';

/** A --require preload that patches every entry point in a child process. */
const PRELOAD = `
const fs = require('node:fs');
const used = (what) => { fs.writeSync(2, '${MARK} ' + what + '\\n'); throw new Error('network disabled: ' + what); };
const entryPoints = ${JSON.stringify(NETWORK_ENTRY_POINTS)};
for (const [name, fns] of Object.entries(entryPoints)) {
  const mod = require('node:' + name);
  for (const fn of fns) mod[fn] = () => used(name + '.' + fn);
}
require('node:net').Socket.prototype.connect = () => used('net.Socket.connect');
for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6']) require('node:dns').promises[fn] = () => used('dns.promises.' + fn);
globalThis.fetch = () => used('fetch');
`;

describe('no network', function () {
  this.timeout(60_000);
  const dir = tempDir();
  const preload = path.join(dir, 'no-network.js');
  fs.writeFileSync(preload, PRELOAD);
  const draft = path.join(dir, 'draft.md');
  fs.writeFileSync(draft, '# 标题\n\n笔者认为,这项工作好像要抓紧。\n\n[链接](https://example.com)\n');

  it('the preload really stops network use (control)', () => {
    const r = spawnSync(process.execPath, ['--require', preload, '-e', "require('node:https').get('https://example.com')"], { encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, new RegExp(`${MARK} https.get`));
  });

  for (const args of [['check', draft], ['check', '--format', 'json', draft], ['check', '--format', 'sarif', draft], ['rules']]) {
    it(`the CLI never uses the network: ${args.map((a) => path.basename(a)).join(' ')}`, () => {
      const r = runCli(args, { nodeArgs: ['--require', preload] });
      assert.doesNotMatch(r.stderr, new RegExp(MARK), r.stderr);
      assert.ok(r.stdout.length > 0);
      assert.equal(r.status, args[0] === 'rules' ? 0 : 1, r.stderr);
    });
  }

  it('the CLI never uses the network exporting a draft to .docx and checking the .docx', () => {
    const docx = path.join(dir, 'draft.docx');
    const exported = runCli(['export', '--force', '-o', docx, draft], { nodeArgs: ['--require', preload] });
    assert.equal(exported.status, 0, exported.stderr);
    const checked = runCli(['check', '--format', 'json', docx], { nodeArgs: ['--require', preload] });
    assert.equal(checked.status, 1, checked.stderr);
    for (const r of [exported, checked]) assert.doesNotMatch(r.stderr, new RegExp(MARK), r.stderr);
  });

  it('the language server never uses the network while it loads jieba, checks and re-checks a draft', async () => {
    const server = path.join(ROOT, 'dist', 'server.js');
    const client = new LspClient(server, { debounceMs: 0 }, { execArgv: ['--require', preload] });
    try {
      await client.initialize();
      const ready = await client.ready;
      assert.equal(ready.error, undefined);
      const uri = 'file:///no-network/draft.md';
      const opened = await client.open(uri, 'markdown', fs.readFileSync(draft, 'utf8'));
      assert.ok(opened.diagnostics.length > 0, 'the server checked the draft');
      await client.edit(uri, 2, { line: 2, character: 0 }, 0, '我觉得');
    } finally {
      await client.close();
    }
    assert.doesNotMatch(client.stderr, new RegExp(MARK), client.stderr);
  });

  it('the checker never uses the network while jieba loads and documents are checked', () => {
    const used: string[] = [];
    const restore: (() => void)[] = [];
    const patch = (target: Record<string, unknown>, fn: string, name: string) => {
      const original = target[fn];
      target[fn] = () => {
        used.push(name);
        throw new Error(`network disabled: ${name}`);
      };
      restore.push(() => (target[fn] = original));
    };
    for (const [name, fns] of Object.entries(NETWORK_ENTRY_POINTS)) {
      const mod = require(`node:${name}`);
      for (const fn of fns) patch(mod, fn, `${name}.${fn}`);
    }
    patch(require('node:net').Socket.prototype, 'connect', 'net.Socket.connect');
    patch(globalThis as unknown as Record<string, unknown>, 'fetch', 'fetch');
    try {
      const { checker } = createChecker(undefined, new JiebaSegmenter());
      const text = fs.readFileSync(draft, 'utf8');
      assert.ok(checker.check(text, 'markdown').findings.length > 0);
      const session = checker.session('plaintext');
      session.check(text);
      session.check(text + '我觉得还行。');
    } finally {
      for (const undo of restore.reverse()) undo();
    }
    assert.deepEqual(used, []);
  });
});
