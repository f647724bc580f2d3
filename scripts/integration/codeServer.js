// Starts code-server on the loopback with its own temporary user data, extensions and config,
// and stops it (its whole process group: the server forks the extension host) when done.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');

const READY_TIMEOUT_MS = 60_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function answers(url) {
  return new Promise((resolve) => {
    const request = http.get(url, (response) => {
      response.resume();
      resolve(true);
    });
    request.on('error', () => resolve(false));
    request.setTimeout(2000, () => request.destroy());
  });
}

/** User settings that keep a test run quiet and offline. */
const userSettings = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
};

/**
 * Starts code-server for `workspace`; `env` is added to its environment (the extension host
 * inherits it). Resolves once `GET /` answers, with `{ port, origin, stop(), exit, addUserSettings() }`.
 */
async function startCodeServer({ codeServerDir, runDir, workspace, env, logFile }) {
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  const configFile = path.join(runDir, 'code-server.yaml');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  fs.writeFileSync(configFile, 'auth: none\n');

  const port = await freePort();
  const args = [
    path.join(codeServerDir, 'out', 'node', 'entry.js'),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--config', configFile,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    workspace,
  ];
  const log = fs.openSync(logFile, 'w');
  // Own process group, so stop() reaches the extension host and watchers it forks too.
  const child = spawn(process.execPath, args, {
    cwd: runDir,
    env: { ...process.env, XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'), XDG_DATA_HOME: path.join(runDir, 'xdg-data'), ...env },
    stdio: ['ignore', log, log],
    detached: true,
  });
  fs.closeSync(log);
  let exited = false;
  const exit = new Promise((resolve) => child.on('exit', resolve)).then(() => {
    exited = true;
  });

  /** Kills the whole group and waits (briefly) for the server to be gone. */
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      return; // already gone
    }
    await Promise.race([exit, new Promise((resolve) => setTimeout(resolve, 5000))]);
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await answers(`${origin}/healthz`))) {
    if (exited) throw new Error(`code-server exited before it answered; see ${logFile}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${origin} within ${READY_TIMEOUT_MS / 1000} s; see ${logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  /** Adds user settings, for the next workbench that opens. */
  const addUserSettings = (settings) => fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...userSettings, ...settings }, null, 2));
  // `exit` settles when the server ends, be it stopped or crashed.
  return { port, origin, stop, exit, addUserSettings };
}

module.exports = { startCodeServer };
