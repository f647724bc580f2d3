import * as vscode from 'vscode';
import { t } from './localize';
import { CARD_TEMPLATE_KEYS } from '../core/intentCardTemplate';
import { groupPhrases, parsePhrases, type Phrase } from './phrases';
import { intentCardSnippet } from './intentCardSnippet';

interface PhraseItem extends vscode.QuickPickItem {
  phrase?: Phrase;
}

/** Shows the picker (already filtered by `query`, if given) and resolves with the accepted phrase. */
function pickPhrase(items: PhraseItem[], query: string): Promise<Phrase | undefined> {
  const pick = vscode.window.createQuickPick<PhraseItem>();
  pick.items = items;
  pick.title = t('Insert a standard phrasing');
  pick.placeholder = t('Type Chinese or pinyin initials (e.g. tzm for 同志们)');
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.value = query;
  return new Promise((resolve) => {
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.phrase);
      pick.hide();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

/**
 * speechDraft.insertPhrase: a Quick Pick of the standard phrasings, by section, searchable in
 * Chinese and by pinyin initials; `{ "query": "tzm" }` as the argument (e.g. from a keybinding)
 * opens it filtered.
 */
export async function insertPhrase(context: vscode.ExtensionContext, args?: { query?: unknown }): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(t('Speech Draft: open a draft to insert into.'));
    return;
  }
  const file = vscode.Uri.joinPath(context.extensionUri, 'snippets', 'speech.code-snippets');
  const phrases = parsePhrases(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
  const items: PhraseItem[] = [];
  for (const { group, phrases: list } of groupPhrases(phrases)) {
    items.push({ label: group, kind: vscode.QuickPickItemKind.Separator });
    for (const phrase of list) items.push({ label: phrase.text, description: phrase.description, detail: phrase.prefix, phrase });
  }
  const picked = await pickPhrase(items, typeof args?.query === 'string' ? args.query : '');
  if (!picked) return;
  await editor.insertSnippet(new vscode.SnippetString(picked.body));
}

/** speechDraft.insertIntentCard: the intent card as front matter at the top, with tab stops. */
export async function insertIntentCard(): Promise<void> {
  let editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(t('Speech Draft: open a draft to insert into.'));
    return;
  }
  let document = editor.document;
  if (document.languageId !== 'markdown') {
    // The card is YAML front matter, which only a Markdown draft has.
    const switchLanguage = t('Switch to Markdown');
    const choice = await vscode.window.showInformationMessage(t('Speech Draft: the intent card is front matter, read in Markdown drafts only.'), switchLanguage);
    if (choice !== switchLanguage) return;
    // A new language reopens the document, so its editor is looked up again.
    document = await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    editor = await vscode.window.showTextDocument(document, editor.viewColumn);
  }
  if (/^---[ \t]*$/.test(document.lineAt(0).text)) {
    void vscode.window.showInformationMessage(t('Speech Draft: this draft already starts with front matter; edit the card there.'));
    editor.revealRange(new vscode.Range(0, 0, 0, 0));
    return;
  }
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  await editor.insertSnippet(new vscode.SnippetString(intentCardSnippet(CARD_TEMPLATE_KEYS, eol)), new vscode.Position(0, 0));
}
