import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdits } from '../../src/core';
import type { EditsResult } from '../../src/protocol';
import { LspServer } from './support/lspServer';
import { ROOT, runCli, tempDir } from './support/project';

// The bundled language server driven over stdio: a team's project file applies in the editor as
// on the command line, with the editor's settings on top; and fix-all is `speech-draft fix`.
describe('language server: the project file and fix-all', function () {
  this.timeout(60_000);
  const server = new LspServer();
  const root = tempDir();
  const team = path.join(root, 'team');
  fs.mkdirSync(team);
  fs.writeFileSync(path.join(team, '.speechdraftrc.json'), JSON.stringify({ rules: { 'hedge-word': 'off' } }));
  const uri = (...parts: string[]) => pathToFileURL(path.join(root, ...parts)).href;
  const codes = async (u: string, version = 1) => (await server.diagnosticsFor(u, version)).map((d) => d.code);
  const changed = (u: string) => server.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: u, type: 2 }] });

  before(() => server.start(false, pathToFileURL(root).href));
  after(() => server.stop());

  it('a team’s .speechdraftrc.json turns a rule off for the drafts below it, not for others', async () => {
    await server.open(uri('team', 'a.md'), '这件事好像办完了。\n');
    await server.open(uri('b.md'), '这件事好像办完了。\n');
    assert.ok(!(await codes(uri('team', 'a.md'))).includes('hedge-word'));
    assert.ok((await codes(uri('b.md'))).includes('hedge-word'));
  });

  it('the editor’s own setting is layered on top of the file', async () => {
    server.settings = { rules: { 'hedge-word': 'error' } };
    await server.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await server.until(() => server.lastDiagnostics(uri('team', 'a.md'))?.diagnostics.some((d) => d.code === 'hedge-word') || undefined, 'hedge-word back on');
    server.settings = {};
    await server.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await server.until(() => (server.lastDiagnostics(uri('team', 'a.md'))?.diagnostics.some((d) => d.code === 'hedge-word') ? undefined : true), 'hedge-word off again');
  });

  it('asks the client to watch project files, and re-reads them when one changes', async () => {
    const watch = server.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.deepEqual((watch?.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern), ['**/.speechdraftrc.json', '**/package.json']);
    fs.mkdirSync(path.join(root, 'late'));
    await server.open(uri('late', 'c.md'), '我个人认为这项工作很重要。\n');
    assert.ok((await codes(uri('late', 'c.md'))).includes('personal-view'));
    fs.writeFileSync(path.join(root, 'late', 'package.json'), JSON.stringify({ name: 'late', speechDraft: { rules: { 'personal-view': 'off' } } }));
    await changed(uri('late', 'package.json'));
    await server.until(() => (server.lastDiagnostics(uri('late', 'c.md'))?.diagnostics.some((d) => d.code === 'personal-view') ? undefined : true), 'personal-view off by the new package.json');
  });

  it('a broken project file: one message naming it, and the defaults', async () => {
    fs.mkdirSync(path.join(root, 'broken'));
    const file = path.join(root, 'broken', '.speechdraftrc.json');
    fs.writeFileSync(file, '{ "rules": ');
    await changed(pathToFileURL(file).href);
    await server.open(uri('broken', 'd.md'), '这件事好像办完了。\n');
    assert.ok((await codes(uri('broken', 'd.md'))).includes('hedge-word'), 'the defaults apply');
    const message = await server.until(() => server.messages.find((m) => m.includes(file)), 'a message naming the file');
    assert.match(message, /不是有效的 JSON.*已使用默认配置/);
  });

  it('a project’s user dictionary jieba cannot use is named, and its drafts are checked without it', async () => {
    fs.mkdirSync(path.join(root, 'dict'));
    fs.writeFileSync(path.join(root, 'dict', 'words.dict.utf8'), Buffer.from([0x61, 0x00, 0x62]));
    fs.writeFileSync(path.join(root, 'dict', '.speechdraftrc.json'), JSON.stringify({ userDictionary: 'words.dict.utf8' }));
    await changed(uri('dict', '.speechdraftrc.json'));
    await server.open(uri('dict', 'e.md'), '这件事好像办完了。\n');
    assert.ok((await codes(uri('dict', 'e.md'))).includes('hedge-word'));
    await server.until(() => server.messages.find((m) => m.includes('words.dict.utf8')), 'a message naming the dictionary');
  });

  const seed = path.resolve(ROOT, '../shared/seed/office-work-guidance.raw.txt');
  for (const [name, languageId] of [['seed.txt', 'plaintext'], ['seed.md', 'markdown']] as const) {
    it(`fix-all and speech-draft fix clean the raw forum copy alike (${name})`, async function () {
      if (!fs.existsSync(seed)) return this.skip();
      const raw = fs.readFileSync(seed, 'utf8');
      await server.open(uri(name), raw, languageId);
      await server.diagnosticsFor(uri(name), 1);
      const result: EditsResult = await server.conn.sendRequest('speechDraft/fixAll', { uri: uri(name) });
      assert.ok(result.edits.length > 100, `${result.edits.length} edits`);
      const editor = applyEdits(raw, result.edits);
      const cli = runCli(['fix', '--stdin', '--stdin-filename', name], { input: raw, cwd: root });
      assert.equal(cli.stdout, editor);
      assert.doesNotMatch(editor, /[$&#]|本帖最后由/, 'the noise and the edit note are gone');
      assert.ok(editor.includes('四是不要使自己介入领导的矛盾之中'), 'the paragraph behind the jammer run is kept');
    });
  }
});
