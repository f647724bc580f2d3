// Installs code-server (VS Code's own server and web workbench) into the git-ignored cache
// `.vscode-test/`, offline apart from the npm registry. Its postinstall would download ripgrep
// from GitHub, so the steps of its postinstall.sh are done by hand with Debian's /usr/bin/rg.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const CODE_SERVER_VERSION = '4.100.3'; // newest release whose engines.node is 20
const projectRoot = path.resolve(__dirname, '..', '..');
const installRoot = path.join(projectRoot, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
const codeServerDir = path.join(installRoot, 'node_modules', 'code-server');
const markerFile = path.join(installRoot, 'installed.ok');
const lockDir = `${installRoot}.lock`;
const LOCK_WAIT_MS = 10 * 60_000;
const systemRipgrep = '/usr/bin/rg';

/** npm settings of the project's own `npm run` (npm_config_*) must not leak into code-server's install. */
function cleanEnv(extra) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key)) env[key] = value;
  }
  // As root, code-server's and node-pty's install scripts refuse to run without unsafe-perm.
  if (process.getuid && process.getuid() === 0) env.npm_config_unsafe_perm = 'true';
  return { ...env, ...extra };
}

function step(description, command, args, cwd, extraEnv = {}) {
  const started = Date.now();
  process.stdout.write(`[code-server install] ${description} … `);
  const result = spawnSync(command, args, { cwd, env: cleanEnv(extraEnv), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    process.stdout.write('failed\n');
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${description} failed (${command} ${args.join(' ')} in ${cwd}):\n${output || result.error}`);
  }
  process.stdout.write(`${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

function link(target, linkPath) {
  fs.rmSync(linkPath, { force: true, recursive: true });
  fs.mkdirSync(path.dirname(linkPath), { recursive: true });
  fs.symlinkSync(target, linkPath);
}

function checkPrerequisites() {
  if (!fs.existsSync(systemRipgrep)) {
    throw new Error(`${systemRipgrep} is missing: install Debian's ripgrep (apt-get install ripgrep); code-server's own download of rg needs GitHub.`);
  }
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** One install at a time: a second run waits for the first instead of deleting its work. */
function withInstallLock(install) {
  const deadline = Date.now() + LOCK_WAIT_MS;
  let told = false;
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const pidFile = path.join(lockDir, 'pid');
    const holder = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8')) : 0;
    const abandoned = holder ? !isAlive(holder) : Date.now() - fs.statSync(lockDir).mtimeMs > 30_000;
    if (abandoned) {
      fs.rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`another code-server install (process ${holder}) still holds ${lockDir}`);
    if (!told) console.log(`[code-server install] waiting for the install running in process ${holder}`);
    told = true;
    sleepSync(1000);
  }
  try {
    return install();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Returns the code-server package folder, installing it first unless the marker says it is there. */
function ensureCodeServer() {
  if (fs.existsSync(markerFile)) return codeServerDir;
  return withInstallLock(() => (fs.existsSync(markerFile) ? codeServerDir : install()));
}

function install() {
  checkPrerequisites();
  const started = Date.now();
  console.log(`[code-server install] installing code-server@${CODE_SERVER_VERSION} into ${path.relative(projectRoot, installRoot)} (once; about two minutes)`);
  fs.rmSync(installRoot, { recursive: true, force: true });
  fs.mkdirSync(installRoot, { recursive: true });
  // Its own package.json makes this folder npm's prefix, so the project's .npmrc does not apply.
  fs.writeFileSync(path.join(installRoot, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }, null, 2));

  step('npm install code-server (no scripts)', 'npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund'], installRoot);
  step('npm rebuild argon2', 'npm', ['rebuild', 'argon2'], installRoot);

  const vscodeDir = path.join(codeServerDir, 'lib', 'vscode');
  step('npm install in lib/vscode (no scripts)', 'npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], vscodeDir);
  // @vscode/ripgrep's postinstall exits early when bin/ exists, so it never reaches GitHub.
  link(systemRipgrep, path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'));
  // node-pty's install script calls `npx node-gyp`, which gives up unless npx may proceed.
  step('npm rebuild in lib/vscode (native modules)', 'npm', ['rebuild'], vscodeDir, { npm_config_yes: 'true' });

  // The rest of code-server's postinstall.sh.
  link('node_modules', path.join(vscodeDir, 'node_modules.asar'));
  link('code-linux.sh', path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
  link('browser-linux.sh', path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'));
  step('npm install in lib/vscode/extensions', 'npm', ['install', '--omit=dev', '--unsafe-perm', '--no-audit', '--no-fund'], path.join(vscodeDir, 'extensions'));

  fs.writeFileSync(markerFile, `code-server ${CODE_SERVER_VERSION} installed ${new Date().toISOString()}\n`);
  console.log(`[code-server install] done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return codeServerDir;
}

module.exports = { ensureCodeServer, CODE_SERVER_VERSION };

if (require.main === module) {
  try {
    ensureCodeServer();
  } catch (error) {
    console.error(`code-server install: ${error.message}`);
    process.exit(1);
  }
}
