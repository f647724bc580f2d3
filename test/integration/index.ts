// The test module VS Code loads in its extension host (extensionTestsPath): runs every compiled
// test/integration/*.test.js with Mocha and settles when they finish, which ends the run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

const TEST_TIMEOUT_MS = 60_000;

// The smoke test goes first: a broken start fails fast, and its screenshot shows a fresh workbench.
const FIRST = 'smoke.test.js';

function testFiles(): string[] {
  return fs
    .readdirSync(__dirname)
    .filter((file) => file.endsWith('.test.js'))
    .sort((a, b) => Number(b === FIRST) - Number(a === FIRST) || a.localeCompare(b))
    .map((file) => path.join(__dirname, file));
}

export function run(): Promise<void> {
  console.log(`VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web workbench' : 'desktop'}), extension host on Node ${process.version}`);
  // SPEECH_DRAFT_TEST_GREP reaches the extension host from the runner's --grep option.
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: TEST_TIMEOUT_MS, grep: process.env.SPEECH_DRAFT_TEST_GREP || undefined });
  for (const file of testFiles()) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (error) {
      reject(error);
    }
  });
}
