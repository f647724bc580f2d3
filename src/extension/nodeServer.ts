import type * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { ServerStarter } from './client';

/** VS Code on the desktop: the language server is dist/server.js, its own Node process over IPC. */
export function nodeServer(context: vscode.ExtensionContext): ServerStarter {
  const module = context.asAbsolutePath('dist/server.js');
  return {
    fileSchemes: ['file'],
    languageClient: (id, name, options) =>
      new LanguageClient(id, name, {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
      }, options),
  };
}
