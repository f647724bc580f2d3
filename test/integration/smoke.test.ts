// The extension starts in a real VS Code and marks a known drift sentence where it is.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { READY_TIMEOUT_MS, readyApi, ruleId, waitForDiagnostics, workspaceFile } from './support/extension';
import { captureWorkbench } from './support/workbenchScreenshot';

describe('smoke: the extension in a real VS Code', () => {
  it('activates, and whenReady() resolves once the checker has loaded', async function () {
    this.timeout(READY_TIMEOUT_MS + 15_000);
    const started = Date.now();
    await readyApi();
    console.log(`    ready ${Date.now() - started} ms after activation was asked for`);
  });

  it('marks 笔者 in a draft as drift at its exact range, from source 讲稿助手', async function () {
    this.timeout(READY_TIMEOUT_MS + 15_000);
    await readyApi();
    const uri = workspaceFile('drift.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.ok(document.lineAt(4).text.startsWith('笔者认为'), 'fixture: line 5 starts with 笔者认为');

    const expected = new vscode.Range(4, 0, 4, 2);
    const found = await waitForDiagnostics(uri, (all) => all.some((d) => d.range.isEqual(expected)));
    const finding = found.find((d) => d.range.isEqual(expected))!;
    assert.equal(document.getText(finding.range), '笔者');
    assert.equal(ruleId(finding), 'author-pronoun');
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Error);

    // The artifact a person looks at: the draft with its squiggle, its hover and the Problems panel.
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
    editor.selection = new vscode.Selection(expected.start, expected.start);
    await vscode.commands.executeCommand('editor.action.showHover');
    await captureWorkbench('workbench');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
