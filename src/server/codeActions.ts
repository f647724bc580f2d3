import { CodeActionKind, type CodeAction, type CodeActionParams, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CATEGORY_TABLE, isCategory, partsAt, ruleKindOf, ruleTitle, safeFixEdits, sentenceToMove, type Category, type Locale } from '../core';
import * as protocol from '../protocol';
import { diagnosticData } from './diagnostics';
import type { Checked } from './documentState';
import { stillMatches } from './edits';
import { disableCommentEdit, disableDocumentEdit } from './disableComment';
import type { Engine } from './engine';
import { SERVER_TEXT, say } from './messages';

const rangeOf = (doc: TextDocument, start: number, end: number): Range => ({ start: doc.positionAt(start), end: doc.positionAt(end) });

function editOf(doc: TextDocument, edits: protocol.SpanEdit[]): WorkspaceEdit {
  return { changes: { [doc.uri]: edits.map((e) => ({ range: rangeOf(doc, e.start, e.end), newText: e.newText })) } };
}

/** Fix-all over the last check: the safe fixes (see `safeFixEdits`) of findings whose text is still there. */
export function fixAllEdits(doc: TextDocument, checked: Checked): protocol.SpanEdit[] {
  const text = doc.getText();
  return safeFixEdits(text, checked.findings.filter((f) => stillMatches(text, f)));
}

function fixAllAction(doc: TextDocument, checked: Checked, kind: string, locale: Locale): CodeAction | undefined {
  const edits = fixAllEdits(doc, checked);
  if (edits.length === 0) return undefined;
  return { title: say(SERVER_TEXT.fixAll, locale), kind, edit: editOf(doc, edits) };
}

/** Words longer than this are not offered as an allowed word. */
const MAX_ALLOWED_WORD = 12;

/**
 * The quick fixes for the diagnostics the client sends back: each carries its rule, covered text
 * and fixes in `data`, so nothing has to be looked up again. A diagnostic whose text has changed
 * since it was published gets no action. Actions that run a command go only to a client that
 * runs it (`clientCommands`); any other client gets edits alone.
 */
export function codeActions(doc: TextDocument, params: CodeActionParams, checked: Checked, engine: Engine, clientCommands: ReadonlySet<string>): CodeAction[] {
  const locale = engine.locale;
  const only = params.context.only;
  if (only && only.some((k) => protocol.FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.SourceFixAll)) {
    const action = fixAllAction(doc, checked, protocol.FIX_ALL_KIND, locale);
    return action ? [action] : [];
  }
  if (only && !only.some((k) => k === CodeActionKind.QuickFix || k.startsWith(CodeActionKind.QuickFix))) return [];

  const text = doc.getText();
  const actions: CodeAction[] = [];
  let anyFix = false;
  for (const diagnostic of params.context.diagnostics) {
    const data = diagnosticData(diagnostic);
    if (!data) continue;
    const start = doc.offsetAt(diagnostic.range.start);
    const end = doc.offsetAt(diagnostic.range.end);
    if (!stillMatches(text, { start, end, text: data.text })) continue;
    const diagnostics = [diagnostic];
    data.fixes.forEach((fix, i) => {
      anyFix = true;
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics, isPreferred: i === 0, edit: editOf(doc, [{ start, end, newText: fix.replacement }]) });
    });
    const name = ruleTitle(engine.specs.get(data.ruleId) ?? { id: data.ruleId }, locale);
    // The notes file goes next to a saved draft (not beside an untitled one or a Word document's text).
    const move = clientCommands.has(protocol.CLIENT_COMMANDS.moveToNotes) && doc.uri.startsWith('file:') && isCategory(data.category) && CATEGORY_TABLE[data.category].toNotes ? moveToNotesArgs(doc, checked, start, data.category) : undefined;
    if (move) {
      const title = say(SERVER_TEXT.moveToNotes, locale);
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: protocol.CLIENT_COMMANDS.moveToNotes, arguments: [move] } });
    }
    if (data.category === 'noise' && clientCommands.has(protocol.CLIENT_COMMANDS.cleanPastedText)) {
      const title = say(SERVER_TEXT.cleanPasted, locale);
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: protocol.CLIENT_COMMANDS.cleanPastedText } });
    }
    const disable = disableCommentEdit(text, checked.kind, start, data.ruleId, end);
    if (disable) actions.push({ title: say(SERVER_TEXT.disableLine, locale, name), kind: CodeActionKind.QuickFix, diagnostics, edit: editOf(doc, [disable]) });
    const word = data.text.trim();
    const spec = engine.specs.get(data.ruleId);
    const wholeDocument = spec !== undefined && ruleKindOf(spec.match)?.scope === 'document';
    if (clientCommands.has(protocol.CLIENT_COMMANDS.allowWord) && isCategory(data.category) && CATEGORY_TABLE[data.category].register && word && word.length <= MAX_ALLOWED_WORD && !/[\r\n]/.test(word) && !wholeDocument) {
      const title = say(SERVER_TEXT.allowWord, locale, word);
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: protocol.CLIENT_COMMANDS.allowWord, arguments: [word] } });
    }
    if (clientCommands.has(protocol.CLIENT_COMMANDS.setRuleOff)) {
      const title = say(SERVER_TEXT.turnOff, locale, name);
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: protocol.CLIENT_COMMANDS.setRuleOff, arguments: [data.ruleId] } });
    } else {
      const off = disableDocumentEdit(text, checked.kind, start, data.ruleId);
      if (off) actions.push({ title: say(SERVER_TEXT.disableDocument, locale, name), kind: CodeActionKind.QuickFix, diagnostics, edit: editOf(doc, [off]) });
    }
  }
  if (anyFix) {
    const all = fixAllAction(doc, checked, CodeActionKind.QuickFix, locale);
    if (all && all.edit!.changes![doc.uri].length > 1) actions.push(all);
  }
  return actions;
}

/** The sentence holding a finding, as speechDraft.moveToNotes takes it, with the heading it stands under. */
function moveToNotesArgs(doc: TextDocument, checked: Checked, offset: number, category: Category): protocol.MoveToNotesArgs | undefined {
  const text = doc.getText();
  const found = sentenceToMove(text, checked.kind, offset);
  if (!found) return undefined;
  const line = doc.positionAt(found.start).line + 1;
  const section = checked.result?.outline ? partsAt(checked.result.outline, line).at(-1)?.title : undefined;
  return {
    uri: doc.uri,
    start: found.remove.start,
    end: found.remove.end,
    removed: text.slice(found.remove.start, found.remove.end),
    sentence: found.sentence,
    line,
    ...(section ? { section } : {}),
    reason: CATEGORY_TABLE[category].name.zh,
  };
}
