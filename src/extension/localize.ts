import * as vscode from 'vscode';
import chinese from '../../l10n/bundle.l10n.zh-cn.json';
import { messageLocale } from '../protocol';

const CHINESE: Record<string, string> = chinese;

/** The language of the extension's own strings: `speechDraft.messageLanguage`, Chinese by default. */
export function locale(): 'zh' | 'en' {
  return messageLocale(vscode.workspace.getConfiguration('speechDraft').get('messageLanguage'), vscode.env.language);
}

/**
 * The extension's strings in the configured language, with {0}, {1}… filled in. Not
 * vscode.l10n.t, which follows VS Code's display language: drafters get Chinese in an English
 * VS Code too.
 */
export function t(message: string, ...args: (string | number)[]): string {
  const template = locale() === 'zh' ? (CHINESE[message] ?? message) : message;
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
