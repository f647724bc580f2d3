import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JiebaSegmenter, NODE_SETTINGS_FILES, findProjectConfigFile, readProjectConfig } from '../core/node';
import type { ServerHost } from './host';
import { SERVER_TEXT, say } from './messages';

/** True for a file inside `root` (the installed extension) outside its `examples/` (which the package does not ship). */
export function isOwnFile(uri: string, root: string): boolean {
  if (!uri.startsWith('file:')) return false;
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return false;
  }
  const relative = path.relative(root, file);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return inside && !/^examples[\\/]/.test(relative);
}

/** The language server in a Node process: the extension's folder is one level above dist/server.js. */
export function nodeHost(extensionRoot: string): ServerHost {
  const rulesDoc = path.join(extensionRoot, 'docs', 'rules.md');
  return {
    runtime: (locale) => say(SERVER_TEXT.runtimeNode, locale, process.version, `${process.platform}-${process.arch}`, process.pid),
    pid: process.pid,
    defaultRuleLink: fs.existsSync(rulesDoc) ? `${pathToFileURL(rulesDoc).href}#{rule}` : undefined,
    isOwnFile: (uri) => isOwnFile(uri, extensionRoot),
    files: NODE_SETTINGS_FILES,
    resolvePath(value, workspaceFolder) {
      const folder = workspaceFolder?.startsWith('file:') ? fileURLToPath(workspaceFolder) : undefined;
      return folder && !path.isAbsolute(value) ? path.resolve(folder, value) : value;
    },
    projectFiles: {
      find(documentUri, workspaceFolder, cache) {
        const folder = documentUri.startsWith('file:') ? path.dirname(fileURLToPath(documentUri)) : workspaceFolder?.startsWith('file:') ? fileURLToPath(workspaceFolder) : undefined;
        return folder ? findProjectConfigFile(folder, cache) : undefined;
      },
      read: readProjectConfig,
    },
    segmenter: (userDictionary) => new JiebaSegmenter(userDictionary),
  };
}
