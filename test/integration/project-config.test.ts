// A team's project file (.speechdraftrc.json) in a real VS Code: it turns a rule off in the
// editor as on the command line, a workspace setting is layered on top, and editing the file
// re-checks the open draft.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as vscode from 'vscode';
import { EXTENSION_ID, ruleId, waitForDiagnostics, workspaceFile } from './support/extension';
import { closeAll, readyApi, withSetting } from './support/editing';

describe('project file: one .speechdraftrc.json for the editor and the CLI', function () {
  this.timeout(90_000);
  before(() => readyApi());
  afterEach(() => closeAll());

  const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  const has = (rule: string) => (all: vscode.Diagnostic[]) => all.some((d) => ruleId(d) === rule);
  const lacks = (rule: string, but: string) => (all: vscode.Diagnostic[]) => all.some((d) => ruleId(d) === but) && !all.some((d) => ruleId(d) === rule);

  it('a team’s file turns hedge-word off for its drafts in the editor and the CLI alike; a workspace setting turns it back on', async () => {
    const config = workspaceFile('team/.speechdraftrc.json');
    await write(config, JSON.stringify({ rules: { 'hedge-word': 'off' } }));
    const draft = workspaceFile('team/draft.md');
    await write(draft, '笔者认为，这件事好像办完了。\n');
    const document = await vscode.workspace.openTextDocument(draft);
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, lacks('hedge-word', 'author-pronoun'));

    const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
    // The CLI exits 1: 笔者 is an error.
    const run = spawnSync(process.execPath, [path.join(extensionPath, 'bin', 'speech-draft.js'), 'check', '--format', 'json', draft.fsPath], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    assert.equal(run.status, 1, run.stderr);
    const cli = JSON.parse(run.stdout);
    const cliRules = cli.files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    assert.ok(cliRules.includes('author-pronoun') && !cliRules.includes('hedge-word'), cliRules.join());

    await withSetting('rules', { 'hedge-word': 'warning' }, async () => {
      await waitForDiagnostics(document.uri, has('hedge-word'));
    });
    await waitForDiagnostics(document.uri, lacks('hedge-word', 'author-pronoun'));

    await write(config, JSON.stringify({ rules: { 'author-pronoun': 'off' } }));
    await waitForDiagnostics(document.uri, lacks('author-pronoun', 'hedge-word'));
    await vscode.workspace.fs.delete(config);
    await waitForDiagnostics(document.uri, (all) => has('author-pronoun')(all) && has('hedge-word')(all));
  });
});
