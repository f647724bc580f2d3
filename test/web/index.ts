// The test module of the web run (`npm run test:integration`, scripts/integration/run.js --web):
// VS Code's web extension host loads it (extensionTestsPath) in a Web Worker, where there is no
// Node. Mocha's browser build runs the suite bundled in; each result goes to the console, which
// the workbench forwards to the runner.
import * as vscode from 'vscode';
// Mocha's browser build sets the global `mocha`.
import 'mocha/mocha.js';

const TEST_TIMEOUT_MS = 60_000;

export function run(): Promise<void> {
  const say = (line: string) => console.log(line);
  say(`VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web workbench' : 'desktop'}), web extension host`);
  mocha.setup({ ui: 'bdd', reporter: function Report(runner: Mocha.Runner) {
    runner.on('pass', (test) => say(`    ✔ ${test.fullTitle()} (${test.duration ?? 0}ms)`));
    runner.on('fail', (test, error: Error) => say(`    ✘ ${test.fullTitle()}: ${error.message}`));
  } as never, timeout: TEST_TIMEOUT_MS, color: false });
  // The suites register themselves with the globals mocha.setup() made.
  require('./extension.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      say(`  ${failures === 0 ? 'all passed' : `${failures} failing`}`);
      if (failures > 0) reject(new Error(`${failures} web test(s) failed`));
      else resolve();
    });
  });
}
