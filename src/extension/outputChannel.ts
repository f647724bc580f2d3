import type * as vscode from 'vscode';

const KEPT_LINES = 1000;

/**
 * The log output channel the language client writes the server's log to, keeping its last lines
 * so that the API (and so the integration tests) can read what the user reads there.
 */
export class RecordingOutputChannel implements vscode.LogOutputChannel {
  private readonly kept: string[] = [];

  constructor(private readonly channel: vscode.LogOutputChannel) {}

  get name(): string {
    return this.channel.name;
  }

  get logLevel(): vscode.LogLevel {
    return this.channel.logLevel;
  }

  get onDidChangeLogLevel(): vscode.Event<vscode.LogLevel> {
    return this.channel.onDidChangeLogLevel;
  }

  /** The channel's last lines, oldest first, each with its level as the channel shows it. */
  get lines(): readonly string[] {
    return this.kept;
  }

  private keep(level: string, message: string): void {
    for (const line of message.split(/\r?\n/)) this.kept.push(level ? `[${level}] ${line}` : line);
    this.kept.splice(0, Math.max(0, this.kept.length - KEPT_LINES));
  }

  /** A method writing at `level` to the channel and keeping the line, as `[label] message`. */
  private writer(level: 'trace' | 'debug' | 'info' | 'warn', label: string): (message: string, ...args: unknown[]) => void {
    return (message, ...args) => {
      this.channel[level](message, ...args);
      this.keep(label, message);
    };
  }

  readonly trace = this.writer('trace', 'trace');
  readonly debug = this.writer('debug', 'debug');
  readonly info = this.writer('info', 'info');
  readonly warn = this.writer('warn', 'warning');

  error(error: string | Error, ...args: unknown[]): void {
    this.channel.error(error, ...args);
    this.keep('error', typeof error === 'string' ? error : error.message);
  }

  append(value: string): void {
    this.channel.append(value);
    this.keep('', value.replace(/\r?\n$/, ''));
  }

  appendLine(value: string): void {
    this.channel.appendLine(value);
    this.keep('', value);
  }

  replace(value: string): void {
    this.clear();
    this.append(value);
  }

  clear(): void {
    this.channel.clear();
    this.kept.length = 0;
  }

  show(column?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof column === 'boolean') this.channel.show(column);
    else this.channel.show(column, preserveFocus);
  }

  hide(): void {
    this.channel.hide();
  }

  dispose(): void {
    this.channel.dispose();
  }
}
