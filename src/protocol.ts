/**
 * The custom messages between the extension (client) and the language server. Both sides import
 * this file, so it imports nothing (no `vscode`, no core).
 */

/** What the client passes in `initializationOptions`. */
export interface InitOptions {
  /** 'zh' or 'en', from `vscode.env.language`. */
  locale: 'zh' | 'en';
  /** URI of docs/rules.md in the installed extension; diagnostics link each rule there. */
  rulesDocUri: string;
}

/** Server → client once jieba has loaded (or failed to). */
export const READY = 'speechDraft/ready';
export interface ReadyParams {
  /** Set when jieba could not load; the server then checks nothing. */
  error?: string;
  loadMs: number;
  /** The server's process id (the API passes it on, so tests can check recovery from a crash). */
  pid: number;
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
  /** 'full': the whole document was checked; 'visible': only the visible part (large document); 'paused': nothing. */
  coverage: 'full' | 'visible' | 'paused' | 'disabled';
  /** Why checking is limited, already localized. */
  note?: string;
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
    findings: { where: string; line: number; column: number; endLine: number; endColumn: number; ruleId: string; quote: string; message: string }[];
  }[];
}

/** Commands the server's code actions ask the client to run (the client registers them). */
export const CLIENT_COMMANDS = {
  setRuleOff: 'speechDraft.turnRuleOffInWorkspace',
  allowWord: 'speechDraft.allowWord',
  cleanPastedText: 'speechDraft.cleanPastedText',
} as const;

/** The code action kind for fix-all on save and "Fix all" menus. */
export const FIX_ALL_KIND = 'source.fixAll.speechDraft';
