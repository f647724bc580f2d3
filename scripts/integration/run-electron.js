// `npm run test:electron`: the standard @vscode/test-electron runner, for machines that can
// download VS Code from Microsoft. Offline machines use `npm run test:integration` instead.
// VSCODE_VERSION picks the VS Code to download (default: the latest stable).
const fs = require('node:fs');
const { runTests } = require('@vscode/test-electron');
const { testIndex, checkBuilt, makeRunFolder } = require('./workspace');
const { unpackVsix } = require('../vsix');

const NETWORK_ERRORS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH']);

function isNetworkError(error) {
  return NETWORK_ERRORS.has(error?.code) || /getaddrinfo|ENOTFOUND|EAI_AGAIN|socket hang up/.test(String(error?.message));
}

async function main() {
  checkBuilt();
  const { runDir, workspace } = makeRunFolder();
  try {
    return await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      // The extension as it ships: the packaged .vsix, unzipped.
      extensionDevelopmentPath: unpackVsix(undefined, runDir).extension,
      extensionTestsPath: testIndex,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
    });
  } finally {
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (isNetworkError(error)) {
      console.error(`test:electron: cannot download VS Code from Microsoft (${error.code ?? error.message}); this machine has no route to update.code.visualstudio.com. Run \`npm run test:integration\` instead (offline, code-server).`);
    } else {
      console.error(`test:electron: ${error?.message ?? error}`);
    }
    process.exit(1);
  },
);
