/**
 * The language server: jieba and the checker live in this process, never on the extension
 * host's thread. Documents sync incrementally; each has a checker session, so an edit re-checks
 * only the blocks it changed.
 */
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  MessageType,
  ShowMessageNotification,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type Hover,
  type HoverParams,
} from 'vscode-languageserver/node';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Checker, JiebaSegmenter, builtInRules, documentKind, resolveConfig, CATEGORIES, type CheckResult, type DocumentSession, type DocumentKind, type Locale, type RuleSpec, type ResolvedConfig } from '../core';
import { readServerSettings, type ServerSettings } from './settings';
import { toDiagnostic, SOURCE } from './diagnostics';
import { disableCommentEdit, fixEdit, mergeFixes, stillMatches, type PlacedFinding } from './edits';
import { hoverMarkdown } from './hover';
import { reviewData } from './review';
import { visibleWindow } from './largeDocument';
import { SERVER_TEXT, say } from './messages';
import * as protocol from './protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let locale: Locale = 'zh';
let rulesDocUri = '';
/** The first workspace folder, for relative paths in settings. */
let workspaceFolder: string | undefined;
const RULES = builtInRules();
const KNOWN_IDS = new Set(RULES.map((r) => r.id));

/** Everything that depends on settings; rebuilt when they change. */
interface Engine {
  checker: Checker;
  /** Only the noise and punctuation rules, for "clean pasted text". */
  cleaner: Checker;
  specs: Map<string, RuleSpec>;
  settings: ServerSettings;
  generation: number;
}

let engine: Engine | undefined;
let segmenter: { instance: JiebaSegmenter; dictionary?: string } | undefined;
let generation = 0;
let lastProblems = '';
/** Set when settings change while jieba loads; start() applies them once it has. */
let settingsChangedWhileStarting = false;

interface Checked {
  version: number;
  kind: DocumentKind;
  findings: PlacedFinding[];
  result?: CheckResult;
  coverage: protocol.DocumentStatus['coverage'];
}

interface DocState {
  session?: DocumentSession;
  sessionKey?: string;
  timer?: NodeJS.Timeout;
  /** A check with no debounce waits only for this turn to end (setTimeout waits at least 1 ms). */
  immediate?: NodeJS.Immediate;
  visible: protocol.VisibleRangesParams['ranges'];
  last?: Checked;
}
const states = new Map<string, DocState>();

function stateOf(uri: string): DocState {
  let s = states.get(uri);
  if (!s) states.set(uri, (s = { visible: [] }));
  return s;
}

connection.onInitialize((params) => {
  const options = (params.initializationOptions ?? {}) as Partial<protocol.InitOptions>;
  locale = options.locale === 'en' ? 'en' : 'zh';
  rulesDocUri = options.rulesDocUri ?? '';
  const folderUri = params.workspaceFolders?.[0]?.uri;
  workspaceFolder = folderUri?.startsWith('file:') ? fileURLToPath(folderUri) : undefined;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, protocol.FIX_ALL_KIND] },
      hoverProvider: true,
    },
  };
});

connection.onInitialized(() => {
  // Answer the client first; jieba's second-long load starts on the next turn.
  setImmediate(() => void start());
});

async function fetchSettings(): Promise<unknown> {
  try {
    return await connection.workspace.getConfiguration({ section: 'speechDraft' });
  } catch {
    return undefined;
  }
}

async function start(): Promise<void> {
  const began = Date.now();
  try {
    await rebuildEngine(await fetchSettings());
  } catch (e) {
    const error = say(SERVER_TEXT.jiebaFailed, locale, (e as Error).message);
    connection.console.error(error);
    connection.sendNotification(protocol.READY, { error, loadMs: Date.now() - began, pid: process.pid } satisfies protocol.ReadyParams).catch(ignore);
    return;
  }
  connection.sendNotification(protocol.READY, { loadMs: Date.now() - began, pid: process.pid } satisfies protocol.ReadyParams).catch(ignore);
  if (settingsChangedWhileStarting) await applySettings();
  else for (const doc of documents.all()) schedule(doc, 0);
}

/** Builds checkers from settings; loads jieba again only when the user dictionary changes. */
async function rebuildEngine(raw: unknown): Promise<void> {
  const { settings, problems } = readServerSettings(raw, workspaceFolder);
  const { config, problems: coreProblems } = resolveConfig({ ...settings.core, locale }, KNOWN_IDS);
  reportProblems([...problems, ...coreProblems].map((p) => p[locale]));
  if (!segmenter || segmenter.dictionary !== config.userDictionary) {
    const instance = new JiebaSegmenter(config.userDictionary);
    instance.load();
    segmenter = { instance, dictionary: config.userDictionary };
  }
  const cleanerConfig: ResolvedConfig = resolveConfig(
    { categories: Object.fromEntries(CATEGORIES.filter((c) => c !== 'noise' && c !== 'punctuation').map((c) => [c, 'off'])), locale },
    KNOWN_IDS,
  ).config;
  const checker = new Checker(segmenter.instance, RULES, config);
  const specs = new Map(checker.rules.map((r) => [r.id, r]));
  engine = { checker, cleaner: new Checker(segmenter.instance, RULES, cleanerConfig), specs, settings, generation: ++generation };
}

function reportProblems(messages: string[]): void {
  const joined = messages.join(' ');
  if (joined && joined !== lastProblems) connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: say(SERVER_TEXT.settingProblem, locale, joined) }).catch(ignore);
  lastProblems = joined;
}

/** A message the client could not take (it is closing, or does not show messages) is not an error here. */
function ignore(): void {}

async function applySettings(): Promise<void> {
  settingsChangedWhileStarting = false;
  try {
    await rebuildEngine(await fetchSettings());
  } catch (e) {
    connection.console.error(say(SERVER_TEXT.jiebaFailed, locale, (e as Error).message));
  }
  for (const doc of documents.all()) schedule(doc, 0);
}

connection.onDidChangeConfiguration(() => {
  if (engine) void applySettings();
  else settingsChangedWhileStarting = true;
});

/** Checks soon: at once for a document not yet checked, after the debounce otherwise. */
function schedule(doc: TextDocument, delay?: number): void {
  const state = stateOf(doc.uri);
  cancelScheduled(state);
  const wait = delay ?? (state.last ? (engine?.settings.debounceMs ?? 0) : 0);
  const run = () => {
    state.timer = undefined;
    state.immediate = undefined;
    const current = documents.get(doc.uri);
    if (current) checkAndPublish(current);
  };
  if (wait > 0) state.timer = setTimeout(run, wait);
  else state.immediate = setImmediate(run);
}

function cancelScheduled(state: DocState | undefined): void {
  clearTimeout(state?.timer);
  clearImmediate(state?.immediate);
}

/** Checks a document now (if jieba is ready) and publishes diagnostics and status. */
function checkAndPublish(doc: TextDocument): Checked | undefined {
  if (!engine) return undefined;
  const state = stateOf(doc.uri);
  let checked: Checked;
  let note: string | undefined;
  try {
    ({ checked, note } = check(doc, state, engine));
  } catch (e) {
    note = say(SERVER_TEXT.checkFailed, locale, (e as Error).message);
    connection.console.error(`${note}\n${(e as Error).stack ?? ''}`);
    checked = { version: doc.version, kind: documentKind(doc.languageId), findings: [], coverage: 'paused' };
  }
  state.last = checked;
  const position = (offset: number) => doc.positionAt(offset);
  const diagnostics: Diagnostic[] = checked.findings.map((f) => toDiagnostic(f, position, rulesDocUri));
  for (const p of checked.result?.cardProblems ?? []) {
    diagnostics.push({ range: { start: position(p.offset), end: position(p.offset + p.length) }, severity: 2, source: SOURCE, message: p[locale] });
  }
  connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics }).catch(ignore);
  const stats = checked.result?.stats;
  connection.sendNotification(protocol.STATUS, {
    uri: doc.uri,
    characters: stats?.characters ?? 0,
    minutes: stats?.minutes ?? 0,
    range: stats?.range ?? { slow: 0, medium: 0, fast: 0 },
    speakingRate: stats?.speakingRate ?? engine.checker.config.speakingRate,
    findings: checked.findings.length,
    targetMinutes: checked.result?.card?.durationMinutes?.value,
    coverage: checked.coverage,
    note,
  } satisfies protocol.DocumentStatus).catch(ignore);
  return checked;
}

function check(doc: TextDocument, state: DocState, { checker, settings, generation: gen }: Engine): { checked: Checked; note?: string } {
  const kind = documentKind(doc.languageId);
  const base = { version: doc.version, kind };
  if (!settings.enable) return { checked: { ...base, findings: [], coverage: 'disabled' }, note: say(SERVER_TEXT.disabled, locale) };
  const text = doc.getText();
  let result: CheckResult;
  let offset = 0;
  let coverage: Checked['coverage'] = 'full';
  let note: string | undefined;
  if (text.length > settings.maxDocumentChars) {
    const window = visibleWindow(state.visible, doc.lineCount, (line) => doc.offsetAt({ line, character: 0 }), text.length);
    if (!window || window.end - window.start > settings.maxDocumentChars) {
      return { checked: { ...base, findings: [], coverage: 'paused' }, note: say(SERVER_TEXT.largePaused, locale, settings.maxDocumentChars) };
    }
    result = checker.check(text.slice(window.start, window.end), kind);
    offset = window.start;
    coverage = 'visible';
    note = say(SERVER_TEXT.largeVisible, locale, settings.maxDocumentChars);
  } else {
    const key = `${gen}:${kind}`;
    if (!state.session || state.sessionKey !== key) {
      state.session = checker.session(kind);
      state.sessionKey = key;
    }
    result = state.session.check(text);
  }
  const findings = result.findings.map((f): PlacedFinding => {
    const start = f.offset + offset;
    const at = doc.positionAt(start);
    return { ...f, offset: start, line: at.line + 1, column: at.character + 1, matched: text.slice(start, start + f.length) };
  });
  return { checked: { ...base, findings, result, coverage }, note };
}

/** The last check if it is of the current version, else a fresh one. */
function current(doc: TextDocument): Checked | undefined {
  const last = states.get(doc.uri)?.last;
  if (last && last.version === doc.version) return last;
  return checkAndPublish(doc);
}

documents.onDidOpen((e) => schedule(e.document, 0));
documents.onDidChangeContent((e) => schedule(e.document));
documents.onDidClose((e) => {
  const state = states.get(e.document.uri);
  cancelScheduled(state);
  states.delete(e.document.uri);
  connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(ignore);
});

connection.onNotification(protocol.VISIBLE_RANGES, (params: protocol.VisibleRangesParams) => {
  const state = stateOf(params.uri);
  state.visible = params.ranges;
  const doc = documents.get(params.uri);
  if (doc && engine && doc.getText().length > engine.settings.maxDocumentChars) schedule(doc);
});

const rangeOf = (doc: TextDocument, offset: number, length: number) => ({ start: doc.positionAt(offset), end: doc.positionAt(offset + length) });

function fixAllAction(doc: TextDocument, checked: Checked, kind: string): CodeAction | undefined {
  const text = doc.getText();
  const edits = mergeFixes(checked.findings.filter((f) => stillMatches(text, f)));
  if (edits.length === 0) return undefined;
  return {
    title: say(SERVER_TEXT.fixAll, locale),
    kind,
    edit: { changes: { [doc.uri]: edits.map((e) => ({ range: rangeOf(doc, e.offset, e.length), newText: e.newText })) } },
  };
}

/** Categories whose matched text is a word or phrase a user may want to allow. */
const WORD_CATEGORIES = new Set(['self-reference', 'opinion', 'hedge', 'complaint', 'gossip', 'arrogance', 'overstep', 'colloquial', 'wording']);

connection.onCodeAction((params: CodeActionParams): CodeAction[] => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !engine) return [];
  const checked = current(doc);
  if (!checked) return [];
  const only = params.context.only;
  if (only && only.some((k) => protocol.FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.SourceFixAll)) {
    const action = fixAllAction(doc, checked, protocol.FIX_ALL_KIND);
    return action ? [action] : [];
  }
  if (only && !only.some((k) => k === CodeActionKind.QuickFix || k.startsWith(CodeActionKind.QuickFix))) return [];

  const text = doc.getText();
  const from = doc.offsetAt(params.range.start);
  const to = doc.offsetAt(params.range.end);
  const touching = checked.findings.filter((f) => f.offset <= to && f.offset + f.length >= from && stillMatches(text, f));
  const actions: CodeAction[] = [];
  for (const f of touching) {
    const diagnostic = params.context.diagnostics.find((d) => d.code === f.ruleId && doc.offsetAt(d.range.start) === f.offset);
    const diagnostics = diagnostic ? [diagnostic] : undefined;
    const edit = (e: protocol.OffsetEdit) => ({ changes: { [doc.uri]: [{ range: rangeOf(doc, e.offset, e.length), newText: e.newText }] } });
    f.fixes.forEach((fix, i) => {
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics, isPreferred: i === 0, edit: edit(fixEdit(f, i)!) });
    });
    if (f.category === 'noise') {
      actions.push({ title: say(SERVER_TEXT.cleanPasted, locale), kind: CodeActionKind.QuickFix, diagnostics, command: { title: say(SERVER_TEXT.cleanPasted, locale), command: protocol.CLIENT_COMMANDS.cleanPastedText } });
    }
    const disable = disableCommentEdit(text, checked.kind, f.offset, f.ruleId);
    if (disable) actions.push({ title: say(SERVER_TEXT.disableLine, locale, f.ruleId), kind: CodeActionKind.QuickFix, diagnostics, edit: edit(disable) });
    const word = f.matched.trim();
    if (WORD_CATEGORIES.has(f.category) && word && word.length <= 12 && !/[\r\n]/.test(word) && !engine.specs.get(f.ruleId)?.match.document) {
      actions.push({ title: say(SERVER_TEXT.allowWord, locale, word), kind: CodeActionKind.QuickFix, diagnostics, command: { title: say(SERVER_TEXT.allowWord, locale, word), command: protocol.CLIENT_COMMANDS.allowWord, arguments: [word] } });
    }
    actions.push({ title: say(SERVER_TEXT.turnOff, locale, f.ruleId), kind: CodeActionKind.QuickFix, diagnostics, command: { title: say(SERVER_TEXT.turnOff, locale, f.ruleId), command: protocol.CLIENT_COMMANDS.setRuleOff, arguments: [f.ruleId] } });
  }
  if (touching.some((f) => f.fixes.length > 0)) {
    const all = fixAllAction(doc, checked, CodeActionKind.QuickFix);
    if (all && all.edit!.changes![doc.uri].length > 1) actions.push(all);
  }
  return actions;
});

connection.onHover((params: HoverParams): Hover | undefined => {
  const doc = documents.get(params.textDocument.uri);
  const checked = doc && states.get(doc.uri)?.last;
  if (!doc || !checked || !engine) return undefined;
  const offset = doc.offsetAt(params.position);
  const text = doc.getText();
  const here = checked.findings.filter((f) => offset >= f.offset && offset <= f.offset + f.length && stillMatches(text, f));
  const parts = here.flatMap((f) => {
    const spec = engine!.specs.get(f.ruleId);
    return spec ? [hoverMarkdown(spec, f.message, locale, rulesDocUri)] : [];
  });
  if (parts.length === 0) return undefined;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: rangeOf(doc, here[0].offset, here[0].length) };
});

connection.onRequest(protocol.FIX_ALL, (params: protocol.DocumentRangeParams): protocol.EditsResult | null => {
  const doc = documents.get(params.uri);
  const checked = doc && current(doc);
  if (!doc || !checked) return null;
  const text = doc.getText();
  return { version: doc.version, edits: mergeFixes(checked.findings.filter((f) => stillMatches(text, f))) };
});

connection.onRequest(protocol.CLEAN_TEXT, (params: protocol.DocumentRangeParams): protocol.EditsResult | null => {
  const doc = documents.get(params.uri);
  if (!doc || !engine) return null;
  const text = doc.getText();
  const start = Math.max(0, Math.min(params.start ?? 0, text.length));
  const end = Math.max(start, Math.min(params.end ?? text.length, text.length));
  const result = engine.cleaner.check(text.slice(start, end), documentKind(doc.languageId));
  const edits = mergeFixes(result.findings).map((e) => ({ ...e, offset: e.offset + start }));
  return { version: doc.version, edits };
});

connection.onRequest(protocol.REVIEW, (params: protocol.ReviewParams): protocol.ReviewData | null => {
  const doc = documents.get(params.uri);
  const checked = doc && current(doc);
  if (!doc || !checked) return null;
  const stats = checked.result?.stats ?? { characters: 0, minutes: 0, range: { slow: 0, medium: 0, fast: 0 }, speakingRate: engine!.checker.config.speakingRate };
  return reviewData(
    {
      name: decodeURIComponent(doc.uri.replace(/^.*\//, '')),
      text: doc.getText(),
      findings: checked.findings,
      stats,
      targetMinutes: checked.result?.card?.durationMinutes?.value,
      partial: checked.coverage !== 'full',
    },
    locale,
  );
});

documents.listen(connection);
connection.listen();
