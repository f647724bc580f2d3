import { fork, type ChildProcess } from 'node:child_process';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

/** publishDiagnostics as it arrives. */
interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: unknown[];
}

/**
 * A minimal LSP client over Node IPC, the transport the extension's LanguageClient uses: it
 * forks dist/server.js, answers workspace/configuration with the given settings and waits for
 * diagnostics of a given document version.
 */
export class LspClient {
  private readonly child: ChildProcess;
  private readonly connection: MessageConnection;
  private readonly waiting = new Map<string, { version: number; resolve: (d: PublishedDiagnostics) => void }>();
  readonly ready: Promise<{ loadMs: number; error?: string }>;
  /** What the server wrote to stderr. */
  stderr = '';

  constructor(serverModule: string, settings: Record<string, unknown>, options: { execArgv?: string[] } = {}) {
    this.child = fork(serverModule, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: options.execArgv ?? [] });
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.connection = createMessageConnection(new IPCMessageReader(this.child), new IPCMessageWriter(this.child));
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      const w = this.waiting.get(p.uri);
      if (w && (p.version === undefined || p.version >= w.version)) {
        this.waiting.delete(p.uri);
        w.resolve(p);
      }
    });
    this.ready = new Promise((resolve) => this.connection.onNotification('speechDraft/ready', resolve));
    this.connection.listen();
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  async initialize(): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await this.connection.sendNotification('initialized', {});
  }

  private diagnosticsFor(uri: string, version: number): Promise<PublishedDiagnostics> {
    return new Promise((resolve) => this.waiting.set(uri, { version, resolve }));
  }

  /** Opens a document and resolves when its first diagnostics arrive. */
  open(uri: string, languageId: string, text: string): Promise<PublishedDiagnostics> {
    const published = this.diagnosticsFor(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return published;
  }

  /** Sends one incremental edit and resolves when the diagnostics of that version arrive. */
  edit(uri: string, version: number, offsetPosition: { line: number; character: number }, deleteCount: number, insert: string): Promise<PublishedDiagnostics> {
    const published = this.diagnosticsFor(uri, version);
    const end = { line: offsetPosition.line, character: offsetPosition.character + deleteCount };
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: offsetPosition, end }, text: insert }],
    });
    return published;
  }

  /** A request the server answers at once (hover where nothing is found): the transport's cost. */
  async roundTrip(uri: string): Promise<void> {
    await this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
  }

  async close(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone.
    }
    this.connection.dispose();
    this.child.kill();
  }
}
