import * as vscode from 'vscode';
import { locale, t } from './localize';
import { RecordingOutputChannel } from './outputChannel';
import { CloseAction, ErrorAction, State, type BaseLanguageClient, type ErrorHandler, type LanguageClientOptions } from 'vscode-languageclient';
import * as protocol from '../protocol';
import { answerWithExplicitSettings, contributedSettingKeys } from './explicitSettings';
import { DOCX_SCHEME } from './docxScheme';

/** The served languages from settings (default Markdown and plain text). */
export function servedLanguages(): string[] {
  const value = vscode.workspace.getConfiguration('speechDraft').get<unknown>('languages');
  const list = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length > 0) : [];
  return list.length > 0 ? list : ['markdown', 'plaintext'];
}

/**
 * Where the language server runs and how the client reaches it: a Node process on the desktop
 * (nodeServer.ts), a Web Worker in a browser (workerServer.ts).
 */
export interface ServerStarter {
  /** The schemes of the workspace's files (`file` on the desktop; a browser has others too). */
  readonly fileSchemes: readonly string[];
  languageClient(id: string, name: string, options: LanguageClientOptions): BaseLanguageClient;
  /** Stops what the starter started (a Worker). */
  dispose?(): void;
}

/** The output channel's and the language client's name, the same in every display language so a report can name it. */
const PRODUCT_NAME = '讲稿助手 Speech Draft';

/** The command that shows a rule's documentation read-only; rule links in diagnostics and hovers run it. */
export const SHOW_RULE_DOC = 'speechDraft.showRuleDoc';

/** A command URI with `{rule}` where the server puts the rule id (the argument list is `["<id>"]`). */
const RULE_LINK = `command:${SHOW_RULE_DOC}?${encodeURIComponent('["')}{rule}${encodeURIComponent('"]')}`;

/**
 * Starts the language server (its own Node process, or a Web Worker in a browser) and tracks
 * whether jieba has loaded. Restarts the server when the served languages change, since the
 * documents it is sent are fixed for a client's lifetime.
 */
export class SpeechDraftClient implements vscode.Disposable {
  private client: BaseLanguageClient | undefined;
  private ready!: Promise<void>;
  private settle!: { resolve: () => void; reject: (e: Error) => void };
  private readonly statuses = new Map<string, protocol.DocumentStatus>();
  readonly onStatus = new vscode.EventEmitter<void>();
  loading = true;
  loadError: string | undefined;
  serverPid: number | undefined;
  private readonly crashes: number[] = [];
  /** The output channel: what the extension and the server log, kept across restarts. */
  readonly output = new RecordingOutputChannel(vscode.window.createOutputChannel(PRODUCT_NAME, { log: true }));

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly server: ServerStarter,
  ) {
    this.resetReady();
  }

  /**
   * Documents the server is sent: files in the served languages, every untitled document (VS Code's
   * language detection may call a new Chinese draft "Ini"; the server checks an untitled document in
   * another language while it holds Chinese prose, and says when it does not), and Word documents
   * opened for review.
   */
  isServed(document: vscode.TextDocument): boolean {
    const { scheme } = document.uri;
    return scheme === DOCX_SCHEME || scheme === 'untitled' || (this.server.fileSchemes.includes(scheme) && servedLanguages().includes(document.languageId));
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

  get languageClient(): BaseLanguageClient | undefined {
    return this.client;
  }

  start(): void {
    const version = (this.context.extension.packageJSON as { version: string }).version;
    this.output.info(t('Speech Draft {0} in VS Code {1} (display language {2}); messages in {3}.', version, vscode.version, vscode.env.language, locale() === 'zh' ? '中文' : 'English'));
    const initializationOptions: protocol.InitOptions = {
      ruleLink: RULE_LINK,
      clientCommands: Object.values(protocol.CLIENT_COMMANDS),
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [...this.server.fileSchemes.flatMap((scheme) => servedLanguages().map((language) => ({ scheme, language }))), { scheme: 'untitled' }, { scheme: DOCX_SCHEME }],
      synchronize: { configurationSection: 'speechDraft' },
      middleware: { workspace: { configuration: answerWithExplicitSettings(contributedSettingKeys(this.context.extension.packageJSON)) } },
      initializationOptions,
      diagnosticCollectionName: 'speechDraft',
      outputChannel: this.output,
      // Hovers link to the rule's documentation through SHOW_RULE_DOC, and to nothing else.
      markdown: { isTrusted: { enabledCommands: [SHOW_RULE_DOC] } },
      errorHandler: this.errorHandler(),
    };
    const client = this.server.languageClient('speechDraft', PRODUCT_NAME, clientOptions);
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
          const message = t('Speech Draft: the checker stopped {0} times in three minutes and was not restarted; reload the window to try again.', MAX_CRASHES);
          // Nothing will ever answer now: stop waiting, and say why where the user looks.
          this.giveUp(message);
          return { action: CloseAction.DoNotRestart, message };
        }
        void vscode.window.showWarningMessage(t('Speech Draft: the checker stopped unexpectedly and is restarting; checking goes on.'));
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

  /** A closed document (also one whose language changed: VS Code reopens it) shows no figures until checked again. */
  forget(uri: string): void {
    if (this.statuses.delete(uri)) this.onStatus.fire();
  }

  async dispose(): Promise<void> {
    await this.client?.stop().catch(() => undefined);
    this.server.dispose?.();
    this.onStatus.dispose();
    this.output.dispose();
  }
}
