import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import { SEGMENTER_FILES } from '../core/segmenterFiles';
import type { WorkerFiles } from '../protocol';
import type { ServerStarter } from './client';

/** The browser APIs used (the project compiles without lib.dom). */
interface WebWorker {
  postMessage(message: unknown): void;
  terminate(): void;
}
const { Worker, Blob, URL } = globalThis as unknown as {
  Worker: new (url: string) => WebWorker;
  Blob: new (parts: Uint8Array[], options: { type: string }) => object;
  URL: { createObjectURL(blob: object): string };
};

/**
 * The schemes of a workspace's files in VS Code for the Web: a local folder (file), GitHub
 * (vscode-vfs, github.dev and vscode.dev), code-server's or a remote's (vscode-remote), and
 * @vscode/test-web's (vscode-test-web).
 */
const WEB_FILE_SCHEMES = ['file', 'vscode-vfs', 'vscode-remote', 'vscode-test-web'];

/**
 * The Worker's script (as a blob: URL) and the segmenter's files, read from the extension's own
 * folder through VS Code's file system, whatever its scheme (https on vscode.dev, vscode-remote
 * on code-server, where a Worker cannot be made from the extension's URI).
 */
async function readWorkerFiles(root: vscode.Uri): Promise<{ script: string; files: WorkerFiles }> {
  const read = (file: string) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, file));
  const decoder = new TextDecoder();
  const [script, wasm, prepared, ...dictionaries] = await Promise.all([read('dist/browserServer.js'), read(SEGMENTER_FILES.wasm), read(SEGMENTER_FILES.prepared), ...SEGMENTER_FILES.dictionaries.map(read)]);
  const buffer = (bytes: Uint8Array) => bytes.slice().buffer as ArrayBuffer;
  return {
    script: URL.createObjectURL(new Blob([script], { type: 'text/javascript' })),
    files: { wasm: buffer(wasm), prepared: buffer(prepared), dictionaries: dictionaries.map((d) => decoder.decode(d)) },
  };
}

/**
 * VS Code in a browser: the language server is dist/browserServer.js in a Web Worker. Each start
 * (and restart after a crash) gets a fresh Worker, which first receives the segmenter's files.
 */
export function workerServer(context: vscode.ExtensionContext): ServerStarter {
  let read: ReturnType<typeof readWorkerFiles> | undefined;
  let worker: WebWorker | undefined;
  const startWorker = async () => {
    read ??= readWorkerFiles(context.extensionUri);
    const { script, files } = await read;
    worker?.terminate();
    worker = new Worker(script);
    worker.postMessage(files);
    // Transports, not the Worker: VS Code's extension host replaces the Worker class, so the
    // client's own `instanceof Worker` test would fail.
    return { reader: new BrowserMessageReader(worker as never), writer: new BrowserMessageWriter(worker as never) };
  };
  return {
    fileSchemes: WEB_FILE_SCHEMES,
    languageClient: (id, name, options) => new LanguageClient(id, name, startWorker, options),
    dispose: () => worker?.terminate(),
  };
}
