// The packaged .vsix (`npm run package`), unzipped into a temporary folder: what check-vsix.js,
// check-web.js and the integration tests run, so nothing comes from this checkout.
'use strict';
const cp = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

/** The .vsix `npm run package` writes for this package.json's name and version. */
function packagedVsix() {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return path.join(ROOT, `${name}-${version}.vsix`);
}

/** Unzips `vsix` (default: packagedVsix()) under `parent`; the extension's folder is `<dir>/extension`. */
function unpackVsix(vsix = packagedVsix(), parent = os.tmpdir()) {
  if (!fs.existsSync(vsix)) throw new Error(`${path.relative(ROOT, vsix)} is missing: run npm run package first`);
  const dir = fs.mkdtempSync(path.join(parent, 'speech-draft-vsix-'));
  cp.execFileSync('unzip', ['-q', vsix, '-d', dir]);
  return { vsix, dir, extension: path.join(dir, 'extension'), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

module.exports = { packagedVsix, unpackVsix };
