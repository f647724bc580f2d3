// Opens VS Code's web workbench in Debian's Chromium (headless, driven by playwright-core) with the
// test payload, the way VS Code's own web integration tests do: the workbench loads the extension
// under development (the unzipped .vsix), runs the test module in the extension host, and reports through
// window.codeAutomationLog / window.codeAutomationExit.
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.SPEECH_DRAFT_CHROMIUM || '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps trying hosts this closed network refuses.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
const VIEWPORT = { width: 1600, height: 1000 };

/**
 * Launches Chromium with a fresh profile under runDir. `onLog(type, args)` receives the
 * workbench's automation log (the extension host's console included); `onExit(code)` the
 * test module's result (0 when run() resolved); `onBrowserGone(reason)` a crashed or closed page.
 */
async function openWorkbench({ origin, workspace, extensionPath, testIndex, web = false, runDir, onLog, onExit, onBrowserGone, consoleLogFile }) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium), or set SPEECH_DRAFT_CHROMIUM.`);
  }
  const context = await chromium.launchPersistentContext(path.join(runDir, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    // Crash reports and caches go to the run folder, not the user's home.
    env: { ...process.env, XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'), XDG_CACHE_HOME: path.join(runDir, 'xdg-cache') },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // The page's own console is mostly workbench noise offline; keep it as an artifact, not on stdout.
  const consoleLog = fs.createWriteStream(consoleLogFile);
  page.on('console', (message) => consoleLog.write(`[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => consoleLog.write(`[pageerror] ${error.message}\n`));
  page.on('crash', () => onBrowserGone('the workbench page crashed'));
  page.on('close', () => onBrowserGone('the workbench page closed'));
  await page.exposeFunction('codeAutomationLog', (type, args) => onLog(type, args));
  await page.exposeFunction('codeAutomationExit', (code) => onExit(code));

  const remote = (absolutePath) => `vscode-remote://${new URL(origin).host}${absolutePath}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testIndex)],
    ['skipWelcome', 'true'],
    // The extension (and the test module) in the web extension host, a Web Worker: VS Code for the Web.
    ...(web ? [['extensionDevelopmentKind', 'web']] : []),
  ];
  await page.goto(`${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return {
    screenshot: (file) => page.screenshot({ path: file }),
    /** The text of every element the CSS selector finds in the workbench page, in document order. */
    texts: (selector) => page.$$eval(selector, (elements) => elements.map((e) => e.textContent ?? '')),
    close: async () => {
      await context.close().catch(() => {});
      consoleLog.end();
    },
  };
}

module.exports = { openWorkbench };
