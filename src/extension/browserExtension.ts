// The extension in VS Code for the Web (package.json `browser`, dist/browserExtension.js): the
// language server runs in a Web Worker, with the segmenter's files read from the extension's own
// folder. Settings that name files on disk (userDictionary, rulePacks) cannot be used there; the
// server says so once.
import type * as vscode from 'vscode';
import { activateExtension } from './activate';
import { workerServer } from './workerServer';
import type { SpeechDraftApi } from './api';

export function activate(context: vscode.ExtensionContext): SpeechDraftApi {
  return activateExtension(context, workerServer(context));
}

export function deactivate(): void {}
