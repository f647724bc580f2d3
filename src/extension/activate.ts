/**
 * The extension is glue: the checker runs in the language server; activation only starts it and
 * registers commands, so it stays cheap. The same on the desktop (extension.ts: the server is a
 * Node process) and in a browser (browserExtension.ts: a Web Worker).
 */
import * as vscode from 'vscode';
import { SHOW_RULE_DOC, SpeechDraftClient, type ServerStarter } from './client';
import { StatusBar } from './statusBar';
import { ReviewPanel } from './review';
import { allowWord, cleanPastedText, fixAll, turnRuleOff } from './editCommands';
import { insertIntentCard, insertPhrase } from './insertCommands';
import { moveToNotes, openNotes } from './notesCommands';
import { trackVisibleRanges } from './visibleRanges';
import { DocxTextProvider, docxToMarkdownDraft, exportDocx, reviewDocx } from './docx';
import { DocxEditorProvider } from './docxEditor';
import { DOCX_SCHEME } from './docxScheme';
import { RuleDocPanel } from './ruleDoc';
import { pickRules } from './rulePicker';
import { CLIENT_COMMANDS, type MoveToNotesArgs } from '../protocol';
import type { SpeechDraftApi } from './api';

export function activateExtension(context: vscode.ExtensionContext, server: ServerStarter): SpeechDraftApi {
  const client = new SpeechDraftClient(context, server);
  const statusBar = new StatusBar(client);
  const review = new ReviewPanel(client);
  const ruleDoc = new RuleDocPanel(client);
  review.track(vscode.window.activeTextEditor);
  const command = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, run);
  const docxTexts = new DocxTextProvider();
  context.subscriptions.push(
    docxTexts,
    vscode.workspace.registerTextDocumentContentProvider(DOCX_SCHEME, docxTexts),
    vscode.window.registerCustomEditorProvider(DocxEditorProvider.viewType, new DocxEditorProvider(docxTexts), { supportsMultipleEditorsPerDocument: true }),
    command('speechDraft.reviewDocx', (uri?: vscode.Uri) => reviewDocx(docxTexts, uri)),
    command('speechDraft.docxToMarkdown', (uri?: vscode.Uri, options?: { overwrite?: boolean }) => docxToMarkdownDraft(docxTexts, uri, options)),
    command('speechDraft.exportDocx', (uri?: vscode.Uri, options?: { target?: vscode.Uri; overwrite?: boolean }) => exportDocx(uri, options)),
  );
  context.subscriptions.push(
    client,
    statusBar,
    review,
    ruleDoc,
    vscode.window.onDidChangeActiveTextEditor((e) => review.track(e)),
    trackVisibleRanges(client),
    command('speechDraft.fixAll', () => fixAll(client)),
    command(CLIENT_COMMANDS.cleanPastedText, () => cleanPastedText(client)),
    command('speechDraft.showReview', () => review.show()),
    command('speechDraft.insertPhrase', (args?: { query?: unknown }) => insertPhrase(context, args)),
    command('speechDraft.insertIntentCard', () => insertIntentCard()),
    command(CLIENT_COMMANDS.setRuleOff, (ruleId: string) => turnRuleOff(ruleId)),
    command(CLIENT_COMMANDS.allowWord, (word: string) => allowWord(word)),
    command('speechDraft.pickRules', (args?: { query?: unknown }) => pickRules(client, args)),
    command(SHOW_RULE_DOC, (ruleId: unknown) => ruleDoc.show(ruleId)),
    command(CLIENT_COMMANDS.moveToNotes, (args?: MoveToNotesArgs) => moveToNotes(args)),
    command('speechDraft.openNotes', () => openNotes()),
    command('speechDraft.exportChart', (target?: vscode.Uri) => review.exportChart(target)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('speechDraft.languages')) void client.restart();
      else if (e.affectsConfiguration('speechDraft')) statusBar.update();
    }),
    vscode.workspace.onDidCloseTextDocument((d) => client.forget(d.uri.toString())),
  );
  client.start();
  return {
    whenReady: () => client.whenReady(),
    statusBarText: () => statusBar.text,
    documentStatus: (uri) => client.status(uri),
    serverPid: () => client.serverPid,
    lastReview: () => review.shown,
    shownRuleDoc: () => ruleDoc.shownRule,
    outputLines: () => client.output.lines,
  };
}
