/**
 * The custom messages between the extension (client) and the language server. Both sides import
 * this file, so it imports nothing (no `vscode`, no core).
 */

/**
 * What a client may pass in `initializationOptions`; a plain LSP client passes nothing. The
 * message language is the `speechDraft.messageLanguage` setting (`auto`: the client's `locale`).
 */
export interface InitOptions {
  /**
   * Where a rule's documentation opens: a URI with `{rule}` for the rule id (VS Code passes a
   * command URI that shows it read-only). Absent: docs/rules.md beside the server, as a file URI.
   */
  ruleLink?: string;
  /** The CLIENT_COMMANDS this client runs; code actions that need one are offered only to clients that list it. */
  clientCommands?: string[];
}

/**
 * The language of everything the product says, from `speechDraft.messageLanguage`: Chinese
 * unless it says `en`, or `auto` with a display language (`clientLocale`) that is not Chinese.
 * Both sides read the setting this way.
 */
export function messageLocale(setting: unknown, clientLocale: string | undefined): 'zh' | 'en' {
  if (setting === 'en') return 'en';
  if (setting === 'auto') return clientLocale && !/^zh/i.test(clientLocale) ? 'en' : 'zh';
  return 'zh';
}

/**
 * Extension → the language server's Web Worker (VS Code in a browser), the first message, before
 * any LSP message: the segmenter's files, read from the extension's own folder.
 */
export interface WorkerFiles {
  /** wasm/dist/jieba.wasm */
  wasm: ArrayBuffer;
  /** wasm/dist/jieba-dict.bin */
  prepared: ArrayBuffer;
  /** Our dictionaries' texts, in the order of the core's SEGMENTER_FILES.dictionaries. */
  dictionaries: string[];
}

/** Server → client once jieba has loaded (or failed to). */
export const READY = 'speechDraft/ready';
export interface ReadyParams {
  /** Set when jieba could not load; the server then checks nothing. */
  error?: string;
  loadMs: number;
  /** The server's process id (the API passes it on, so tests can check recovery from a crash); none in a browser Worker. */
  pid?: number;
}

/** Server → client after each check of a document: the status bar figures. */
export const STATUS = 'speechDraft/status';
export interface DocumentStatus {
  uri: string;
  /** Chinese characters and digits read aloud. */
  characters: number;
  /** Estimated speaking minutes at the configured rate. */
  minutes: number;
  range: { slow: number; medium: number; fast: number };
  speakingRate: number;
  findings: number;
  /** Planned minutes from the intent card. */
  targetMinutes?: number;
  /**
   * 'full': the whole document was checked; 'visible' / 'beginning': only the visible part or the
   * beginning (a large document; 'beginning' while the client has sent no visible lines);
   * 'paused': nothing (a large document); 'disabled': checking is off; 'ignored': not a draft
   * (the extension's own files, an untitled document in another language without Chinese prose);
   * 'notes': a drafting-notes file, which is not a speech and is not checked.
   */
  coverage: 'full' | 'visible' | 'beginning' | 'paused' | 'disabled' | 'ignored' | 'notes';
  /** Why checking is limited, already localized. */
  note?: string;
  /** The speech's parts in document order (a part before its subparts), for the current part's time. */
  parts: PartStatus[];
}

/** A part of the speech as the status bar needs it. */
export interface PartStatus {
  title: string;
  /** 0-based lines of the part's first and last paragraph. */
  startLine: number;
  endLine: number;
  minutes: number;
  /** 0 for a top part, 1 for its subparts… */
  depth: number;
}

/** Client → server: what part of a document the editor shows (for large documents). */
export const VISIBLE_RANGES = 'speechDraft/visibleRanges';
export interface VisibleRangesParams {
  uri: string;
  /** 0-based line spans, inclusive. */
  ranges: { startLine: number; endLine: number }[];
}

/** Client → server: the edits of fix-all for one document. */
export const FIX_ALL = 'speechDraft/fixAll';
/** Client → server: the edits that clean pasted text (noise, half-width punctuation). */
export const CLEAN_TEXT = 'speechDraft/cleanText';
export interface DocumentRangeParams {
  uri: string;
  /** Offsets (UTF-16) of the selection; the whole document when absent. */
  start?: number;
  end?: number;
}
/** An edit replacing [start, end) (UTF-16 offsets into the document version `version`). */
export interface SpanEdit {
  start: number;
  end: number;
  newText: string;
}
export interface EditsResult {
  version: number;
  edits: SpanEdit[];
}

/** Client → server: the review summary of one document. */
export const REVIEW = 'speechDraft/review';
export interface ReviewParams {
  uri: string;
}
/** The review summary, already localized; the client renders it. */
export interface ReviewData {
  title: string;
  /** Length and speaking time, the plan, a note when only part was checked. */
  notes: string[];
  /** "12 findings" or "No findings." */
  total: string;
  groups: {
    name: string;
    findings: { where: string; line: number; column: number; endLine: number; endColumn: number; ruleId: string; title: string; quote: string; message: string }[];
  }[];
  /** Minutes per part against the plan, when the speech has parts. */
  chart?: MinutesChart;
}

/** A chart of the speaking time of each part, the whole and the intent card's plan; labels localized. */
export interface MinutesChart {
  title: string;
  /** "分钟" / "min", after each figure. */
  unit: string;
  parts: { label: string; minutes: number }[];
  total: { label: string; minutes: number };
  planned?: { label: string; minutes: number };
  /** The label of the button that saves the chart as an image. */
  exportLabel: string;
}

/** Webview → extension: save the chart as an image; extension → webview: draw it as PNG; webview → extension: the PNG. */
export type ChartMessage = { type: 'exportChart' } | { type: 'renderPng'; scale: number } | { type: 'png'; base64: string } | { type: 'pngFailed'; reason: string };

/** Client → server: every rule with its documentation and whether it is on, localized. */
export const RULES = 'speechDraft/rules';
export interface RuleInfo {
  id: string;
  /** The rule's short name (作者自称). */
  title: string;
  category: string;
  categoryName: string;
  /** The level in force under the settings ('off' when switched off). */
  level: 'error' | 'warning' | 'information' | 'hint' | 'off';
  defaultLevel: 'error' | 'warning' | 'information' | 'hint';
  /** The level its category is set to (speechDraft.categories), if any. */
  categoryLevel?: 'error' | 'warning' | 'information' | 'hint' | 'off';
  message: string;
  guidance: string;
  /** Pattern ids of the domain brief (A1…). */
  brief: string[];
  bad: string[];
  good: string[];
  /** What its quick fix does, when it has one. */
  fix?: string;
}

/** Commands the server's code actions ask the client to run (the client registers them and lists them in InitOptions.clientCommands). */
export const CLIENT_COMMANDS = {
  setRuleOff: 'speechDraft.turnRuleOffInWorkspace',
  allowWord: 'speechDraft.allowWord',
  cleanPastedText: 'speechDraft.cleanPastedText',
  moveToNotes: 'speechDraft.moveToNotes',
} as const;

/** The argument of speechDraft.moveToNotes from a code action: a sentence to move into the drafting notes. */
export interface MoveToNotesArgs {
  uri: string;
  /** UTF-16 offsets of what leaves the draft (the sentence, or its whole line). */
  start: number;
  end: number;
  /** The text there when the action was offered: if it has changed, nothing is moved. */
  removed: string;
  sentence: string;
  /** 1-based line the sentence starts on. */
  line: number;
  /** The heading of the part it stands under. */
  section?: string;
  /** Why it leaves the speech (the finding's category), in Chinese as the notes are. */
  reason: string;
}

/** The code action kind for fix-all on save and "Fix all" menus. */
export const FIX_ALL_KIND = 'source.fixAll.speechDraft';
