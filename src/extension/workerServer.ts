import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { SEGMENTER_FILES } from '../core/segmenterFiles';
import type { WorkerFiles } from '../protocol';
import type { ServerStarter } from './client';

/** The Web Worker API, the parts used (the project compiles without lib.dom). */
interface WebWorker {
  postMessage(message: unknown): void;
  terminate(): void;
}
const Worker = (globalThis as unknown as { Worker: new (url: string) => WebWorker }).Worker;

/**
 * The schemes of a workspace's files in VS Code for the Web: a local folder (file), GitHub
 * (vscode-vfs, github.dev and vscode.dev), code-server's or a remote's (vscode-remote), and
 * @vscode/test-web's (vscode-test-web).
 */
const WEB_FILE_SCHEMES = ['file', 'vscode-vfs', 'vscode-remote', 'vscode-test-web'];

/** The segmenter's files, read from the extension's own folder (never from anywhere else). */
async function readWorkerFiles(root: vscode.Uri): Promise<WorkerFiles> {
  const read = (file: string) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, file));
  const decoder = new TextDecoder();
  const [wasm, prepared, ...dictionaries] = await Promise.all([read(SEGMENTER_FILES.wasm), read(SEGMENTER_FILES.prepared), ...SEGMENTER_FILES.dictionaries.map(read)]);
  const buffer = (bytes: Uint8Array) => bytes.slice().buffer as ArrayBuffer;
  return { wasm: buffer(wasm), prepared: buffer(prepared), dictionaries: dictionaries.map((d) => decoder.decode(d)) };
}

/**
 * VS Code in a browser: the language server is dist/browserServer.js in a Web Worker. Each start
 * (and restart after a crash) gets a fresh Worker, which first receives the segmenter's files.
 */
export function workerServer(context: vscode.ExtensionContext): ServerStarter {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browserServer.js').toString(true);
  let files: Promise<WorkerFiles> | undefined;
  let worker: WebWorker | undefined;
  const startWorker = async () => {
    files ??= readWorkerFiles(context.extensionUri);
    const data = await files;
    worker?.terminate();
    worker = new Worker(script);
    worker.postMessage(data);
    return worker as never;
  };
  return {
    fileSchemes: WEB_FILE_SCHEMES,
    languageClient: (id, name, options) => new LanguageClient(id, name, startWorker, options),
    dispose: () => worker?.terminate(),
  };
}
