// The extension on the desktop (package.json `main`, dist/extension.js): the language server runs
// as its own Node process.
import type * as vscode from 'vscode';
import { activateExtension } from './activate';
import { nodeServer } from './nodeServer';
import type { SpeechDraftApi } from './api';

export function activate(context: vscode.ExtensionContext): SpeechDraftApi {
  return activateExtension(context, nodeServer(context));
}

export function deactivate(): void {}
