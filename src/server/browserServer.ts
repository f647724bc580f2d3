// The language server in a browser Web Worker (dist/browserServer.js), for VS Code in a browser
// (vscode.dev, github.dev, a browser-only code-server). The extension posts the segmenter's files
// first (read from its own folder: nothing is fetched from anywhere); LSP messages follow. No file
// can be read here, so the settings that name files (userDictionary, rulePacks) are reported as
// ignored.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { WasmJiebaSegmenter, type WasmJiebaData } from '../core';
import type { WorkerFiles } from '../protocol';
import { startLanguageServer } from './languageServer';
import { SERVER_TEXT, say } from './messages';

interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
}
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  const files = data as WorkerFiles;
  const jieba: WasmJiebaData = { wasm: files.wasm, prepared: files.prepared, userDictionary: files.dictionaries };
  // Made in this handler, so it listens before the next message (the client's initialize) arrives.
  const connection = createConnection(new BrowserMessageReader(scope as never), new BrowserMessageWriter(scope as never));
  startLanguageServer(connection, {
    runtime: (locale) => say(SERVER_TEXT.runtimeBrowser, locale),
    isOwnFile: () => false,
    files: undefined,
    resolvePath: (value) => value,
    segmenter: () => new WasmJiebaSegmenter(() => jieba),
  });
};
