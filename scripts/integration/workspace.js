// Paths and the throw-away copy of the fixture workspace shared by both integration runners.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { packagedVsix } = require('../vsix');

const projectRoot = path.resolve(__dirname, '..', '..');
const testIndex = path.join(projectRoot, 'out', 'test', 'integration', 'index.js');
/** The web run's test module (test/web, bundled for the browser). */
const webTestIndex = path.join(projectRoot, 'out', 'test', 'web', 'index.js');
const fixtureWorkspace = path.join(projectRoot, 'test', 'integration', 'workspace');
const artifactsDir = path.join(projectRoot, 'test-artifacts');

/** Fails with a clear message when `npm run package` has not produced what VS Code will load: the .vsix and the test module. */
function checkBuilt() {
  for (const file of [packagedVsix(), testIndex, webTestIndex]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(projectRoot, file)} is missing: run \`npm run package\` first.`);
  }
}

/** A fresh temporary folder holding a copy of the fixture workspace, so tests may edit and save. */
function makeRunFolder() {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'speech-draft-it-'));
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(fixtureWorkspace, workspace, { recursive: true });
  return { runDir, workspace };
}

module.exports = { projectRoot, testIndex, webTestIndex, artifactsDir, checkBuilt, makeRunFolder };
