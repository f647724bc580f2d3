// `npm run test:integration`: runs test/integration/*.test.ts inside a real VS Code (code-server's
// Node extension host, driven through its web workbench in headless Chromium), offline.
// Options: --grep PATTERN (only matching tests), --keep (keep the temporary run folder).
// SPEECH_DRAFT_IT_TIMEOUT_S sets the time-out of the whole run (default 600).
const fs = require('node:fs');
const path = require('node:path');
const { ensureCodeServer, CODE_SERVER_VERSION } = require('./installCodeServer');
const { startCodeServer } = require('./codeServer');
const { openWorkbench } = require('./workbench');
const { createTestLog } = require('./testLog');
const { createScreenshots } = require('./screenshots');
const { projectRoot, testIndex, artifactsDir, checkBuilt, makeRunFolder } = require('./workspace');

const RUN_TIMEOUT_MS = Number(process.env.SPEECH_DRAFT_IT_TIMEOUT_S || 600) * 1000;
const FINAL_SCREENSHOT = 'workbench';

function option(name) {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function vscodeVersion(codeServerDir) {
  return JSON.parse(fs.readFileSync(path.join(codeServerDir, 'lib', 'vscode', 'package.json'), 'utf8')).version;
}

const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

// Stops Chromium and code-server (its own process group) and removes the run folder, also when
// the run is interrupted.
const cleanups = [];
async function cleanUp() {
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.warn(`clean-up: ${error.message}`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    console.error(`integration tests interrupted (${signal}); stopping code-server and Chromium`);
    cleanUp().finally(() => process.exit(1));
  });
}

/** Resolves with the exit code the workbench reports, or 1 with a message after the time-out. */
async function runTests({ server, runDir, workspace, screenshotAckDir }) {
  let settle;
  const finished = new Promise((resolve) => (settle = resolve));
  let workbench;
  const screenshots = createScreenshots({ artifactsDir, ackDir: screenshotAckDir, projectRoot, capture: (file) => workbench.screenshot(file) });
  // A test reads what the workbench shows (the palette's rows, the settings found): the answer goes to <ack>/<name>.json.
  const answerTexts = (name, selector) =>
    workbench
      .texts(selector)
      .catch((error) => ({ error: error.message }))
      .then((texts) => {
        // Renamed into place, so the test never reads half a file.
        const file = path.join(screenshotAckDir, `${name}.json`);
        fs.writeFileSync(`${file}.tmp`, JSON.stringify(texts));
        fs.renameSync(`${file}.tmp`, file);
      });
  const log = createTestLog({ artifactFile: path.join(artifactsDir, 'workbench.log'), onScreenshotRequest: (name) => screenshots.take(name), onDomRequest: answerTexts });
  const started = Date.now();
  workbench = await openWorkbench({
    origin: server.origin,
    workspace,
    projectRoot,
    testIndex,
    runDir,
    consoleLogFile: path.join(artifactsDir, 'browser-console.log'),
    onLog: (type, args) => log.write(type, args),
    onExit: (code) => settle({ code }),
    onBrowserGone: (reason) => settle({ failure: reason }),
  });
  server.exit.then(() => settle({ failure: 'code-server exited during the run (see test-artifacts/code-server.log)' }));
  cleanups.push(workbench.close);

  const timer = setTimeout(() => settle({ timedOut: true }), RUN_TIMEOUT_MS);
  const result = await finished;
  clearTimeout(timer);
  log.close();
  let exitCode = 1;
  if (result.failure) {
    console.error(`FAILED: ${result.failure}`);
  } else if (result.timedOut) {
    console.error(`FAILED: the integration tests did not finish within ${RUN_TIMEOUT_MS / 1000} s (SPEECH_DRAFT_IT_TIMEOUT_S sets it); see test-artifacts/workbench.log, code-server.log and browser-console.log`);
  } else {
    exitCode = result.code;
    console.log(`integration tests ${exitCode === 0 ? 'passed' : 'FAILED'} (exit code ${exitCode}) in ${seconds(started)} s`);
  }
  await screenshots.settled();
  if (!screenshots.has(FINAL_SCREENSHOT)) await screenshots.take(FINAL_SCREENSHOT);
  return exitCode;
}

async function main() {
  checkBuilt();
  const installStarted = Date.now();
  const codeServerDir = ensureCodeServer();
  console.log(`code-server ${CODE_SERVER_VERSION} (VS Code ${vscodeVersion(codeServerDir)}) ready in ${seconds(installStarted)} s`);

  fs.mkdirSync(artifactsDir, { recursive: true });
  const { runDir, workspace } = makeRunFolder();
  const keep = process.argv.includes('--keep');
  if (!keep) cleanups.push(() => fs.rmSync(runDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }));
  const screenshotAckDir = path.join(runDir, 'screenshots');
  fs.mkdirSync(screenshotAckDir);
  try {
    // The extension host inherits code-server's environment: this is how tests learn these.
    const testEnv = { SPEECH_DRAFT_SCREENSHOT_DIR: screenshotAckDir };
    if (option('--grep')) testEnv.SPEECH_DRAFT_TEST_GREP = option('--grep');
    const server = await startCodeServer({ codeServerDir, runDir, workspace, env: testEnv, logFile: path.join(artifactsDir, 'code-server.log') });
    cleanups.push(server.stop);
    console.log(`code-server listening on ${server.origin}; workspace ${workspace}`);
    return await runTests({ server, runDir, workspace, screenshotAckDir });
  } finally {
    await cleanUp();
    if (keep) console.log(`kept ${runDir}`);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`FAILED: ${error.message}`);
    cleanUp().finally(() => process.exit(1));
  },
);
