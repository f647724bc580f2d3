import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import * as protocol from '../protocol';
import { DOCX_SCHEME } from './docxScheme';

/** The served languages from settings (default Markdown and plain text). */
function servedLanguages(): string[] {
  const value = vscode.workspace.getConfiguration('speechDraft').get<unknown>('languages');
  const list = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length > 0) : [];
  return list.length > 0 ? list : ['markdown', 'plaintext'];
}

/** Language of findings and hovers: the setting, or the display language when it is "auto". */
export function messageLocale(): 'zh' | 'en' {
  const chosen = vscode.workspace.getConfiguration('speechDraft').get<unknown>('messageLanguage');
  if (chosen === 'zh' || chosen === 'en') return chosen;
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function isServed(document: vscode.TextDocument): boolean {
  return document.uri.scheme === DOCX_SCHEME || ((document.uri.scheme === 'file' || document.uri.scheme === 'untitled') && servedLanguages().includes(document.languageId));
}

/**
 * Starts the language server (dist/server.js, a separate Node process over IPC) and tracks
 * whether jieba has loaded. Restarts the server when the served languages or the message
 * language change, since both are fixed for a client's lifetime.
 */
export class SpeechDraftClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private ready!: Promise<void>;
  private settle!: { resolve: () => void; reject: (e: Error) => void };
  private readonly statuses = new Map<string, protocol.DocumentStatus>();
  readonly onStatus = new vscode.EventEmitter<void>();
  loading = true;
  loadError: string | undefined;
  serverPid: number | undefined;
  private readonly crashes: number[] = [];

  constructor(private readonly context: vscode.ExtensionContext) {
    this.resetReady();
  }

  private resetReady(): void {
    this.ready = new Promise<void>((resolve, reject) => (this.settle = { resolve, reject }));
    // A rejected whenReady() nobody awaits must not be reported as unhandled.
    this.ready.catch(() => undefined);
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  status(uri: string): protocol.DocumentStatus | undefined {
    return this.statuses.get(uri);
  }

  get languageClient(): LanguageClient | undefined {
    return this.client;
  }

  start(): void {
    const module = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const initializationOptions: protocol.InitOptions = {
      locale: messageLocale(),
      rulesDocUri: vscode.Uri.joinPath(this.context.extensionUri, 'docs', 'rules.md').toString(),
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [...servedLanguages().flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]), { scheme: DOCX_SCHEME }],
      synchronize: { configurationSection: 'speechDraft' },
      initializationOptions,
      diagnosticCollectionName: 'speechDraft',
      outputChannelName: vscode.l10n.t('Speech Draft'),
      errorHandler: this.errorHandler(),
    };
    const client = new LanguageClient('speechDraft', vscode.l10n.t('Speech Draft'), serverOptions, clientOptions);
    this.client = client;
    client.onDidChangeState((e) => {
      if (e.newState === State.Starting) this.setLoading();
    });
    client.onNotification(protocol.READY, (params: protocol.ReadyParams) => {
      this.loading = false;
      this.loadError = params.error;
      this.serverPid = params.pid;
      if (params.error) this.settle.reject(new Error(params.error));
      else this.settle.resolve();
      this.onStatus.fire();
    });
    client.onNotification(protocol.STATUS, (status: protocol.DocumentStatus) => {
      this.statuses.set(status.uri, status);
      this.onStatus.fire();
    });
    this.setLoading();
    client.start().catch((e: Error) => this.giveUp(e.message));
  }

  /** A crashed server restarts with a message; after five crashes in three minutes it stays down. */
  private errorHandler(): ErrorHandler {
    const WINDOW_MS = 3 * 60_000;
    const MAX_CRASHES = 5;
    return {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        const now = Date.now();
        this.crashes.push(now);
        while (this.crashes.length && this.crashes[0] < now - WINDOW_MS) this.crashes.shift();
        if (this.crashes.length >= MAX_CRASHES) {
          const message = vscode.l10n.t('Speech Draft: the checker stopped {0} times in three minutes and was not restarted; reload the window to try again.', MAX_CRASHES);
          // Nothing will ever answer now: stop waiting, and say why where the user looks.
          this.giveUp(message);
          return { action: CloseAction.DoNotRestart, message };
        }
        void vscode.window.showWarningMessage(vscode.l10n.t('Speech Draft: the checker stopped unexpectedly and is restarting; checking goes on.'));
        return { action: CloseAction.Restart, handled: true };
      },
    };
  }

  private giveUp(message: string): void {
    this.loading = false;
    this.loadError = message;
    this.settle.reject(new Error(message));
    this.onStatus.fire();
  }

  private setLoading(): void {
    if (!this.loading) this.resetReady();
    this.loading = true;
    this.onStatus.fire();
  }

  async restart(): Promise<void> {
    const old = this.client;
    this.client = undefined;
    this.statuses.clear();
    await old?.stop().catch(() => undefined);
    this.start();
  }

  forget(uri: string): void {
    this.statuses.delete(uri);
  }

  async dispose(): Promise<void> {
    await this.client?.stop().catch(() => undefined);
    this.onStatus.dispose();
  }
}
