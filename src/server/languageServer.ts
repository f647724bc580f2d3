/**
 * The language server's wiring: LSP requests and notifications to the engine, the per-document
 * state, diagnostics, code actions and hovers. jieba and the checker live in the server's own
 * process (Node) or Web Worker (browser), never on the extension host's thread. Documents sync
 * incrementally; each has a checker session, so an edit re-checks only the blocks it changed.
 */
import {
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  MessageType,
  DiagnosticSeverity,
  ShowMessageNotification,
  DidChangeWatchedFilesNotification,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type Hover,
  type HoverParams,
  type DocumentSymbol,
  type DocumentSymbolParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentKind, mergeFixes, wholeBlocksSpan, DictionaryError, type Locale } from '../core';
import * as protocol from '../protocol';
import { EngineBuilder, type Engine } from './engine';
import { ProjectEngines, type BuiltEngine } from './projectEngines';
import { DocumentState, type Checked } from './documentState';
import { toDiagnostic, relatedHints, SOURCE } from './diagnostics';
import { codeActions, fixAllEdits } from './codeActions';
import { stillMatches } from './edits';
import { hoverMarkdown } from './hover';
import { reviewData } from './review';
import { ruleInfos } from './ruleInfo';
import { notADraft } from './documentScope';
import { documentSymbols, partStatuses } from './outline';
import { SERVER_TEXT, say } from './messages';
import { nextTurn } from './nextTurn';
import type { ServerHost } from './host';
import { version } from '../../package.json';

/** Serves LSP on `connection`, with what `host` (Node or a browser Worker) provides. */
export function startLanguageServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  const builder = new EngineBuilder(host);

  /** The client's display language (InitializeParams.locale), for messageLanguage "auto". */
  let clientLocale: string | undefined;
  /** Where rule links point (InitOptions.ruleLink), or undefined for none. */
  let ruleLink: string | undefined;
  let clientCommands: ReadonlySet<string> = new Set();
  /** Clients that cannot answer workspace/configuration push settings with didChangeConfiguration. */
  let canAskForSettings = false;
  let pushedSettings: unknown;
  /** The first workspace folder's URI, for relative paths in settings. */
  let workspaceFolder: string | undefined;
  /** The engines per project file; set once jieba has loaded. */
  let engines: ProjectEngines | undefined;
  /** The engine of the workspace folder (its project file, if any): the language the server speaks. */
  let engine: Engine | undefined;
  /** Settings problems already shown since the settings last changed. */
  const shownProblems = new Set<string>();
  /** Whether the client watches files for us (project files may change under open drafts). */
  let canWatchFiles = false;
  /** Set when settings change while jieba loads; start() applies them once it has. */
  let settingsChangedWhileStarting = false;

  const states = new Map<string, DocumentState>();
  function stateOf(uri: string): DocumentState {
    let s = states.get(uri);
    if (!s) states.set(uri, (s = new DocumentState()));
    return s;
  }

  /** A message the client could not take (it is closing, or does not show messages) is not an error here. */
  function ignore(): void {}

  /** The language of what the server says now: the engine's, Chinese until the settings are read. */
  const locale = (): Locale => engine?.locale ?? 'zh';

  connection.onInitialize((params) => {
    const options = (params.initializationOptions ?? {}) as protocol.InitOptions;
    clientLocale = params.locale;
    ruleLink = typeof options.ruleLink === 'string' ? options.ruleLink : host.defaultRuleLink;
    clientCommands = new Set(Array.isArray(options.clientCommands) ? options.clientCommands : []);
    canAskForSettings = params.capabilities.workspace?.configuration === true;
    workspaceFolder = params.workspaceFolders?.[0]?.uri;
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, protocol.FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: { label: SOURCE },
      },
    };
  });

  connection.onInitialized(() => {
    // Answer the client first; jieba loads on the next turn.
    nextTurn(() => void start());
    if (canWatchFiles && host.projectFiles) {
      const watchers = ['**/.speechdraftrc.json', '**/package.json'].map((globPattern) => ({ globPattern }));
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(ignore);
    }
  });

  /** A project file was added, changed or removed: read the project files again and re-check. */
  connection.onDidChangeWatchedFiles(() => {
    if (!engines) return;
    engines.forget();
    for (const doc of documents.all()) schedule(doc, 0);
  });

  /** The engine for a document, once jieba has loaded. */
  function engineOf(doc: { uri: string }): Engine | undefined {
    return engines?.engineFor(doc.uri);
  }

  async function fetchSettings(): Promise<unknown> {
    if (!canAskForSettings) return pushedSettings;
    try {
      return await connection.workspace.getConfiguration({ section: 'speechDraft' });
    } catch {
      return undefined;
    }
  }

  /** What went wrong loading, for the user: a dictionary problem says which file and why. */
  function failure(e: unknown): string {
    return e instanceof DictionaryError ? e.text(locale()) : (e as Error).message;
  }

  async function start(): Promise<void> {
    const began = Date.now();
    connection.console.info(say(SERVER_TEXT.logStarted, locale(), version, host.runtime(locale())));
    try {
      rebuildEngine(await fetchSettings());
    } catch (e) {
      const error = say(SERVER_TEXT.jiebaFailed, locale(), failure(e));
      connection.console.error(error);
      connection.sendNotification(protocol.READY, { error, loadMs: Date.now() - began, pid: host.pid } satisfies protocol.ReadyParams).catch(ignore);
      return;
    }
    connection.sendNotification(protocol.READY, { loadMs: Date.now() - began, pid: host.pid } satisfies protocol.ReadyParams).catch(ignore);
    if (settingsChangedWhileStarting) await applySettings();
    else for (const doc of documents.all()) schedule(doc, 0);
  }

  /** Bounded: a settings file can hold any number of mistakes, a notification should not. */
  const MAX_PROBLEM_TEXT = 1000;

  /** Logs what a new engine was built with and shows its settings problems once. */
  function reportBuild(built: BuiltEngine): void {
    const { engine, problems, segmenterLoadMs } = built;
    const { settings } = engine;
    if (segmenterLoadMs !== undefined) connection.console.info(say(SERVER_TEXT.logSegmenter, engine.locale, segmenterLoadMs));
    connection.console.info(say(SERVER_TEXT.logSettings, engine.locale, engine.locale, settings.languages.join(', '), settings.debounceMs, settings.maxDocumentChars));
    for (const problem of problems) connection.console.warn(say(SERVER_TEXT.settingProblem, engine.locale, problem));
    const all = problems.join(' ');
    const joined = all.length > MAX_PROBLEM_TEXT ? `${all.slice(0, MAX_PROBLEM_TEXT)}…` : all;
    if (!joined || shownProblems.has(joined)) return;
    shownProblems.add(joined);
    connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: say(SERVER_TEXT.settingProblem, engine.locale, joined) }).catch(ignore);
  }

  function rebuildEngine(raw: unknown): void {
    shownProblems.clear();
    const next = new ProjectEngines(builder, host.projectFiles, raw, clientLocale, workspaceFolder, reportBuild);
    // Loads jieba now and reports the editor settings' problems (with the workspace's project file).
    engine = next.engineFor('untitled:');
    engines = next;
  }

  async function applySettings(): Promise<void> {
    settingsChangedWhileStarting = false;
    try {
      rebuildEngine(await fetchSettings());
    } catch (e) {
      connection.console.error(say(SERVER_TEXT.jiebaFailed, locale(), failure(e)));
    }
    for (const doc of documents.all()) schedule(doc, 0);
  }

  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { speechDraft?: unknown } | null | undefined)?.speechDraft;
    if (pushed !== undefined) pushedSettings = pushed;
    if (engines) void applySettings();
    else settingsChangedWhileStarting = true;
  });

  /** Checks soon: at once for a document not yet checked, after the debounce otherwise. */
  function schedule(doc: TextDocument, delay?: number): void {
    const state = stateOf(doc.uri);
    const wait = delay ?? (state.last ? (engineOf(doc)?.settings.debounceMs ?? 0) : 0);
    state.schedule(wait, () => {
      const current = documents.get(doc.uri);
      if (current) checkAndPublish(current);
    });
  }

  /** Checks a document now (if jieba is ready) and publishes diagnostics and status. */
  function checkAndPublish(doc: TextDocument): Checked | undefined {
    const engine = engineOf(doc);
    if (!engine) return undefined;
    const state = stateOf(doc.uri);
    const began = performance.now();
    let checked: Checked;
    try {
      checked = state.check(doc, engine, notADraft(doc, engine.settings.languages, host.isOwnFile, engine.locale));
    } catch (e) {
      const note = say(SERVER_TEXT.checkFailed, engine.locale, (e as Error).message);
      connection.console.error(`${note}\n${(e as Error).stack ?? ''}`);
      checked = state.last = { version: doc.version, kind: documentKind(doc.languageId), findings: [], coverage: 'paused', note };
    }
    logCheck(doc, checked, performance.now() - began);
    const language = engine.locale;
    const diagnostics: Diagnostic[] = checked.findings.flatMap((f) => [toDiagnostic(f, ruleLink, doc.uri), ...relatedHints(f, ruleLink, doc.uri, language)]);
    for (const p of checked.result?.cardProblems ?? []) {
      diagnostics.push({ range: { start: doc.positionAt(p.start), end: doc.positionAt(p.end) }, severity: 2, source: SOURCE, message: p[engine.locale] });
    }
    // Every client hears that a large document was checked only in part, not just VS Code's status bar.
    if (isPartial(checked)) {
      diagnostics.unshift({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: SOURCE, message: checked.note ?? '' });
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
      note: checked.note,
      parts: partStatuses(checked.result?.outline),
    } satisfies protocol.DocumentStatus).catch(ignore);
    return checked;
  }

  /** Only part of a large document was checked. */
  const isPartial = (checked: Checked) => checked.coverage === 'visible' || checked.coverage === 'beginning' || checked.coverage === 'paused';

  /** One line per check in the client's log (VS Code: the output channel), for reporting a problem. */
  function logCheck(doc: TextDocument, checked: Checked, ms: number): void {
    const { locale } = engine!;
    const name = decodeURIComponent(doc.uri.replace(/^.*\//, ''));
    const line = say(SERVER_TEXT.logCheck, locale, name, doc.version, doc.getText().length.toLocaleString('en-US'), checked.findings.length, ms.toFixed(1));
    connection.console.info([line, checked.note].filter(Boolean).join(locale === 'zh' ? '；' : '; '));
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
    states.get(e.document.uri)?.cancel();
    states.delete(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(ignore);
  });

  connection.onNotification(protocol.VISIBLE_RANGES, (params: protocol.VisibleRangesParams) => {
    // Only for open documents: state kept for any URI a client names would never be freed.
    const doc = documents.get(params.uri);
    if (!doc || !Array.isArray(params.ranges)) return;
    stateOf(params.uri).visible = params.ranges;
    const engine = engineOf(doc);
    if (engine && doc.getText().length > engine.settings.maxDocumentChars) schedule(doc);
  });

  connection.onCodeAction((params: CodeActionParams): CodeAction[] => {
    const doc = documents.get(params.textDocument.uri);
    const engine = doc && engineOf(doc);
    const checked = doc && engine && current(doc);
    if (!doc || !checked || !engine) return [];
    return codeActions(doc, params, checked, engine, clientCommands);
  });

  connection.onHover((params: HoverParams): Hover | undefined => {
    const doc = documents.get(params.textDocument.uri);
    const checked = doc && states.get(doc.uri)?.last;
    const engine = doc && engineOf(doc);
    if (!doc || !checked || !engine) return undefined;
    const offset = doc.offsetAt(params.position);
    const text = doc.getText();
    // A finding the cursor is in; one it has just passed only when there is none (笔者 right after 据说).
    const live = checked.findings.filter((f) => offset >= f.start && offset <= f.end && stillMatches(text, f));
    const inside = live.filter((f) => offset < f.end);
    const here = inside.length > 0 ? inside : live;
    const parts = here.flatMap((f) => {
      const spec = engine.specs.get(f.ruleId);
      return spec ? [hoverMarkdown(spec, engine.locale, ruleLink)] : [];
    });
    if (parts.length === 0) return undefined;
    return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: { start: doc.positionAt(here[0].start), end: doc.positionAt(here[0].end) } };
  });

  connection.onDocumentSymbol((params: DocumentSymbolParams): DocumentSymbol[] => {
    const doc = documents.get(params.textDocument.uri);
    const outline = doc && current(doc)?.result?.outline;
    return doc && outline ? documentSymbols(doc, outline, locale()) : [];
  });

  connection.onRequest(protocol.FIX_ALL, (params: protocol.DocumentRangeParams): protocol.EditsResult | null => {
    const doc = documents.get(params.uri);
    const checked = doc && current(doc);
    if (!doc || !checked) return null;
    return { version: doc.version, edits: fixAllEdits(doc, checked) };
  });

  connection.onRequest(protocol.CLEAN_TEXT, (params: protocol.DocumentRangeParams): protocol.EditsResult | null => {
    const doc = documents.get(params.uri);
    const engine = doc && engineOf(doc);
    if (!doc || !engine) return null;
    const text = doc.getText();
    const start = Math.max(0, Math.min(params.start ?? 0, text.length));
    const end = Math.max(start, Math.min(params.end ?? text.length, text.length));
    const kind = documentKind(doc.languageId);
    // Checked on whole blocks (a selection may start inside front matter or a fence, which are
    // never edited), and only what lies inside the selection is cleaned.
    const window = wholeBlocksSpan(text, kind, start, end);
    const result = engine.cleaner.check(text.slice(window.start, window.end), kind);
    const inside = result.findings.filter((f) => f.start + window.start >= start && f.end + window.start <= end);
    const edits = mergeFixes(inside).map((e) => ({ ...e, start: e.start + window.start, end: e.end + window.start }));
    return { version: doc.version, edits };
  });

  connection.onRequest(protocol.REVIEW, (params: protocol.ReviewParams): protocol.ReviewData | null => {
    const doc = documents.get(params.uri);
    const checked = doc && current(doc);
    const engine = doc && engineOf(doc);
    if (!doc || !checked || !engine) return null;
    const stats = checked.result?.stats ?? { characters: 0, minutes: 0, range: { slow: 0, medium: 0, fast: 0 }, speakingRate: engine.checker.config.speakingRate };
    return reviewData(
      {
        name: decodeURIComponent(doc.uri.replace(/^.*\//, '')),
        findings: checked.findings,
        stats,
        targetMinutes: checked.result?.card?.durationMinutes?.value,
        partial: isPartial(checked),
        specs: engine.specs,
        outline: checked.result?.outline,
      },
      engine.locale,
    );
  });

  connection.onRequest(protocol.RULES, (): protocol.RuleInfo[] => (engine ? ruleInfos(engine, engine.locale) : []));

  documents.listen(connection);
  connection.listen();
}
