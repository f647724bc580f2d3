// `npm run test:integration`: runs test/integration/*.test.ts inside a real VS Code (code-server's
// Node extension host, driven through its web workbench in headless Chromium), offline.
// Options: --grep PATTERN (only matching tests), --keep (keep the temporary run folder).
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const { ensureCodeServer, CODE_SERVER_VERSION } = require('./installCodeServer');
const { startCodeServer } = require('./codeServer');
const { openWorkbench } = require('./workbench');
const { projectRoot, testIndex, artifactsDir, checkBuilt, makeRunFolder } = require('./workspace');

const RUN_TIMEOUT_MS = Number(process.env.SPEECH_DRAFT_IT_TIMEOUT_S || 600) * 1000;
// Written by test/integration/support/workbenchScreenshot.ts.
const SCREENSHOT_REQUEST = /^\[speech-draft:screenshot\] ([a-z0-9-]+)$/;
// The first line test/integration/index.ts prints.
const TESTS_STARTED = /^VS Code \S+ \(/;
const STARTUP_TAIL_LINES = 40;
const SCREENSHOT_SETTLE_MS = 1000; // lets the workbench paint squiggles and panels first

function option(name) {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function vscodeVersion(codeServerDir) {
  return JSON.parse(fs.readFileSync(path.join(codeServerDir, 'lib', 'vscode', 'package.json'), 'utf8')).version;
}

/** The log carries console.log's own arguments (mocha passes printf-style formats). */
function formatLogArgs(args) {
  return util.format(...(Array.isArray(args) ? args : [args]));
}

// Stops code-server (its own process group) and Chromium, also when the run is interrupted.
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

async function main() {
  checkBuilt();
  const installStarted = Date.now();
  const codeServerDir = ensureCodeServer();
  console.log(`code-server ${CODE_SERVER_VERSION} (VS Code ${vscodeVersion(codeServerDir)}) ready in ${((Date.now() - installStarted) / 1000).toFixed(1)} s`);

  fs.mkdirSync(artifactsDir, { recursive: true });
  const { runDir, workspace } = makeRunFolder();
  const keep = process.argv.includes('--keep');
  if (!keep) cleanups.push(() => fs.rmSync(runDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }));
  const screenshotAckDir = path.join(runDir, 'screenshots');
  fs.mkdirSync(screenshotAckDir);
  const screenshotsTaken = new Set();
  const pendingScreenshots = [];
  let exitCode = 1;

  try {
    const testEnv = { SPEECH_DRAFT_SCREENSHOT_DIR: screenshotAckDir, SPEECH_DRAFT_TEST_WORKSPACE: workspace };
    const grep = option('--grep');
    if (grep) testEnv.SPEECH_DRAFT_TEST_GREP = grep;
    const server = await startCodeServer({ codeServerDir, runDir, workspace, env: testEnv, logFile: path.join(artifactsDir, 'code-server.log') });
    cleanups.push(server.stop);
    console.log(`code-server listening on ${server.origin}; workspace ${workspace}`);

    let settle;
    const finished = new Promise((resolve) => (settle = resolve));
    let workbench;
    let testsStarted = false;
    let startupTail = [];
    const workbenchLog = fs.createWriteStream(path.join(artifactsDir, 'workbench.log'));
    cleanups.push(() => workbenchLog.end());
    const screenshot = (name) => {
      const file = path.join(artifactsDir, `${name}.png`);
      const taken = new Promise((resolve) => setTimeout(resolve, SCREENSHOT_SETTLE_MS))
        .then(() => workbench.screenshot(file))
        .then(() => {
          screenshotsTaken.add(name);
          console.log(`screenshot saved: ${path.relative(projectRoot, file)}`);
        })
        .catch((error) => console.warn(`screenshot ${name} failed: ${error.message}`))
        .finally(() => fs.writeFileSync(path.join(screenshotAckDir, `${name}.done`), ''));
      pendingScreenshots.push(taken);
    };
    const runStarted = Date.now();
    workbench = await openWorkbench({
      origin: server.origin,
      workspace,
      projectRoot,
      testIndex,
      runDir,
      consoleLogFile: path.join(artifactsDir, 'browser-console.log'),
      onLog: (type, args) => {
        const line = formatLogArgs(args);
        workbenchLog.write(`[${type}] ${line}\n`);
        const request = SCREENSHOT_REQUEST.exec(line.trim());
        if (request) screenshot(request[1]);
        else if (!testsStarted && TESTS_STARTED.test(line)) testsStarted = true;
        // Before the test module starts the log is the workbench's own start-up (offline noise
        // such as ENOTFOUND open-vsx.org): it stays in the artifact only.
        if (testsStarted && !request) (type === 'error' ? console.error : console.log)(line);
        else if (!testsStarted) startupTail = [...startupTail.slice(-(STARTUP_TAIL_LINES - 1)), line];
      },
      onExit: (code) => settle({ code }),
    });
    cleanups.push(workbench.close);

    const timer = setTimeout(() => settle({ timedOut: true }), RUN_TIMEOUT_MS);
    const result = await finished;
    clearTimeout(timer);
    const seconds = ((Date.now() - runStarted) / 1000).toFixed(1);
    if (!testsStarted) console.error(`The test module never started. Last workbench log lines:\n${startupTail.join('\n')}`);
    if (result.timedOut) {
      console.error(`FAILED: the integration tests did not finish within ${RUN_TIMEOUT_MS / 1000} s (set SPEECH_DRAFT_IT_TIMEOUT_S to change); see test-artifacts/workbench.log, code-server.log and browser-console.log`);
    } else {
      exitCode = result.code;
      console.log(`integration tests ${exitCode === 0 ? 'passed' : 'FAILED'} (exit code ${exitCode}) in ${seconds} s`);
    }
    await Promise.all(pendingScreenshots);
    if (!screenshotsTaken.has('workbench')) {
      screenshot('workbench');
      await Promise.all(pendingScreenshots);
    }
  } catch (error) {
    console.error(`FAILED: ${error.message}`);
  } finally {
    await cleanUp();
    if (keep) console.log(`kept ${runDir}`);
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`FAILED: ${error.message}`);
    process.exit(1);
  },
);
