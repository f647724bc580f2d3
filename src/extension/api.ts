import type { DocumentStatus, ReviewData } from '../protocol';

/**
 * What `activate()` returns, for integration tests and other extensions:
 * `vscode.extensions.getExtension('speech-draft.speech-draft').exports`.
 */
export interface SpeechDraftApi {
  /** Resolves once the language server has started and jieba has loaded (rejects if it failed). */
  whenReady(): Promise<void>;
  /** The status bar item's current text (empty when hidden). */
  statusBarText(): string;
  /** The last figures the server sent for a document (characters, minutes, findings…). */
  documentStatus(uri: string): DocumentStatus | undefined;
  /** The language server's process id once it is ready (it changes when a crashed server restarts). */
  serverPid(): number | undefined;
  /** What the review summary panel shows now (undefined before the first review). */
  lastReview(): ReviewData | undefined;
  /** The rule the documentation panel was last opened at. */
  shownRuleDoc(): string | undefined;
  /** The last lines of the "讲稿助手 Speech Draft" output channel. */
  outputLines(): readonly string[];
}
