import * as fs from 'node:fs';
import * as path from 'node:path';
import { DictionaryError } from './dictionaryError';

// The package's own files in Node (the repository, or the installed extension), found from the
// running bundle.

/** The package's root: the nearest folder above the running bundle that holds our package.json (dist/ or out/… are below it). */
export function packageRoot(): string {
  let dir = __dirname;
  for (let up = 0; up < 5; up++) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  throw new DictionaryError(path.join(__dirname, 'package.json'), { zh: '不存在，请重新安装', en: 'is missing; reinstall' });
}

/** A file of the package (a path relative to its root, with "/") as a path. */
export function packageFile(relative: string): string {
  return path.join(packageRoot(), ...relative.split('/'));
}

/**
 * A bundle of the package's dist/ folder, loaded when first needed: code that a plain check never
 * runs (recheck, the Word parts) is kept out of the main bundles, so starting does not parse it.
 */
export function requireBundle<T>(name: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(packageFile(`dist/${name}`)) as T;
}
