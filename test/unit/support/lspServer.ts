import * as cp from 'node:child_process';
import * as path from 'node:path';
import * as rpc from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { CLIENT_COMMANDS, type DocumentStatus, type InitOptions } from '../../../src/protocol';
import { ROOT } from './project';

/**
 * The real language server (dist/server.js, built by `npm run build`) in its own process, driven
 * over stdio as an editor would. Settings answer `workspace/configuration`.
 */
export class LspServer {
  private readonly proc: cp.ChildProcess;
  readonly conn: rpc.MessageConnection;
  readonly messages: string[] = [];
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  private readonly statuses = new Map<string, DocumentStatus>();
  private readonly waiters: (() => void)[] = [];
  settings: Record<string, unknown> = {};
  ready: Promise<void>;

  constructor() {
    this.proc = cp.spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.conn = rpc.createMessageConnection(new rpc.StreamMessageReader(this.proc.stdout!), new rpc.StreamMessageWriter(this.proc.stdin!));
    this.conn.onRequest('workspace/configuration', () => [this.settings]);
    this.conn.onNotification('window/showMessage', (m: { message: string }) => this.push(() => this.messages.push(m.message)));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) =>
      this.push(() => this.diagnostics.set(p.uri, [...(this.diagnostics.get(p.uri) ?? []), p])),
    );
    this.conn.onNotification('speechDraft/status', (s: DocumentStatus) => this.push(() => this.statuses.set(s.uri, s)));
    let resolveReady!: () => void;
    this.ready = new Promise((r) => (resolveReady = r));
    this.conn.onNotification('speechDraft/ready', () => resolveReady());
    this.conn.listen();
  }

  private push(change: () => void): void {
    change();
    for (const w of this.waiters.splice(0)) w();
  }

  /** Registrations the server asked for (`client/registerCapability`). */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];

  /**
   * Initializes as VS Code's client does (it runs the client commands and links rules through its
   * own URI), or with `plain` as a plain LSP client: no options, no workspace/configuration.
   * `folder` (a file: URI) opens it as the workspace folder, with a client that watches files.
   */
  async start(plain = false, folder?: string): Promise<void> {
    this.conn.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...p.registrations);
    });
    const workspace = folder ? { rootUri: folder, workspaceFolders: [{ uri: folder, name: 'root' }] } : { rootUri: null };
    const watching = folder ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {};
    const initialize = plain
      ? { processId: process.pid, ...workspace, capabilities: {} }
      : { processId: process.pid, ...workspace, locale: 'en', capabilities: { workspace: { configuration: true, ...watching } }, initializationOptions: { ruleLink: 'file:///ext/docs/rules.md#{rule}', clientCommands: Object.values(CLIENT_COMMANDS) } satisfies InitOptions };
    await this.conn.sendRequest('initialize', initialize);
    await this.conn.sendNotification('initialized', {});
    await this.ready;
  }

  /** Waits until `test()` returns a value (re-evaluated on every message from the server). */
  async until<T>(test: () => T | undefined, what: string, ms = 15_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = test();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The diagnostics published for `uri` with `version` (or later). */
  diagnosticsFor(uri: string, version: number): Promise<Diagnostic[]> {
    return this.until(() => this.diagnostics.get(uri)?.find((p) => (p.version ?? 0) >= version)?.diagnostics, `diagnostics of ${uri} v${version}`);
  }

  lastDiagnostics(uri: string): PublishDiagnosticsParams | undefined {
    return this.diagnostics.get(uri)?.at(-1);
  }

  status(uri: string): DocumentStatus | undefined {
    return this.statuses.get(uri);
  }

  open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  stop(): void {
    this.conn.dispose();
    this.proc.kill();
  }
}
