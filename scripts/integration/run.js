// `npm run test:integration`: runs test/integration/*.test.ts inside a real VS Code (code-server's
// Node extension host, driven through its web workbench in headless Chromium), offline, with the
// extension as it ships: the packaged .vsix (`npm run package`), unzipped into the run folder.
// Then test/web (the same .vsix as a web extension: VS Code's extension host in a Web Worker).
// Options: --web (only the web run).
// Options: --grep PATTERN (only matching tests), --keep (keep the temporary run folder).
// SPEECH_DRAFT_IT_TIMEOUT_S sets the time-out of the whole run (default 600).
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ensureCodeServer, CODE_SERVER_VERSION } = require('./installCodeServer');
const { startCodeServer } = require('./codeServer');
const { openWorkbench } = require('./workbench');
const { createTestLog } = require('./testLog');
const { createScreenshots } = require('./screenshots');
const { projectRoot, testIndex: nodeTestIndex, webTestIndex, artifactsDir, checkBuilt, makeRunFolder } = require('./workspace');
const { unpackVsix } = require('../vsix');

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

/**
 * Resolves with the exit code the workbench reports, or 1 with a message after the time-out.
 * `web`: the extension runs in the web extension host (artifacts get a `-web` suffix).
 */
async function runTests({ server, runDir, workspace, extensionPath, testIndex = nodeTestIndex, screenshotAckDir, web = false }) {
  const suffix = web ? '-web' : '';
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
  const log = createTestLog({ artifactFile: path.join(artifactsDir, `workbench${suffix}.log`), onScreenshotRequest: (name) => screenshots.take(name), onDomRequest: answerTexts });
  const started = Date.now();
  workbench = await openWorkbench({
    origin: server.origin,
    workspace,
    extensionPath,
    testIndex,
    web,
    runDir,
    consoleLogFile: path.join(artifactsDir, `browser-console${suffix}.log`),
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
    console.log(`${web ? 'web' : 'integration'} tests ${exitCode === 0 ? 'passed' : 'FAILED'} (exit code ${exitCode}) in ${seconds(started)} s`);
  }
  await screenshots.settled();
  if (!screenshots.has(FINAL_SCREENSHOT + suffix)) await screenshots.take(FINAL_SCREENSHOT + suffix);
  cleanups.splice(cleanups.indexOf(workbench.close), 1);
  await workbench.close();
  return exitCode;
}

/**
 * The web run's workspace: the fixture workspace with the sample draft and the packaged CLI's
 * findings for it, which test/web compares with what the web extension shows.
 */
function makeWebRunFolder(extensionPath) {
  const folder = makeRunFolder();
  const draft = path.join(projectRoot, 'examples', 'draft-safety-meeting.md');
  fs.copyFileSync(draft, path.join(folder.workspace, path.basename(draft)));
  const cli = spawnSync(process.execPath, [path.join(extensionPath, 'bin', 'speech-draft.js'), 'check', '--format', 'json', draft], { encoding: 'utf8', env: { ...process.env, SPEECH_DRAFT_LOCALE: 'zh' } });
  fs.writeFileSync(path.join(folder.workspace, 'expected-findings.json'), JSON.stringify(JSON.parse(cli.stdout).files[0].findings));
  return folder;
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
    const { vsix, extension: extensionPath } = unpackVsix(undefined, runDir);
    const server = await startCodeServer({ codeServerDir, runDir, workspace, env: testEnv, logFile: path.join(artifactsDir, 'code-server.log') });
    cleanups.push(server.stop);
    console.log(`code-server listening on ${server.origin}; workspace ${workspace}; extension from ${path.basename(vsix)}`);
    const code = process.argv.includes('--web') ? 0 : await runTests({ server, runDir, workspace, extensionPath, screenshotAckDir });
    const web = makeWebRunFolder(extensionPath);
    // VS Code runs a test module in the extension host of the extension whose folder holds it.
    const webTests = path.join(extensionPath, 'test-web');
    fs.mkdirSync(webTests);
    fs.copyFileSync(webTestIndex, path.join(webTests, 'index.js'));
    if (!keep) cleanups.push(() => fs.rmSync(web.runDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }));
    // VS Code 1.100's web workbench ignores the payload's extensionDevelopmentKind; this setting is read.
    server.addUserSettings({ 'remote.extensionKind': { 'speech-draft.speech-draft': ['web'] } });
    console.log(`\nThe same .vsix as a web extension (extension host in a Web Worker); workspace ${web.workspace}`);
    const webCode = await runTests({ server, runDir: web.runDir, workspace: web.workspace, extensionPath, testIndex: path.join(webTests, 'index.js'), screenshotAckDir, web: true });
    return code || webCode;
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
