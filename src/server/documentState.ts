import type { TextDocument } from 'vscode-languageserver-textdocument';
import { nextTurn } from './nextTurn';
import { documentKind, isNotesFileName, wholeBlocksSpan, type CheckResult, type DocumentKind, type DocumentSession, type Finding, type Span } from '../core';
import type * as protocol from '../protocol';
import type { Engine } from './engine';
import { beginningWindow, visibleWindow } from './largeDocument';
import { SERVER_TEXT, say } from './messages';

/** One check of one document version; findings are in the document's own offsets and lines. */
export interface Checked {
  version: number;
  kind: DocumentKind;
  findings: Finding[];
  result?: CheckResult;
  coverage: protocol.DocumentStatus['coverage'];
  /** Why checking is limited, localized. */
  note?: string;
}

/**
 * What the server keeps per open document: its checker session (re-checks only changed blocks),
 * the pending check, the lines the editor shows, and the last check.
 */
export class DocumentState {
  visible: protocol.VisibleRangesParams['ranges'] = [];
  last: Checked | undefined;
  private session: DocumentSession | undefined;
  private sessionKey = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Cancels a check with no debounce, which waits only for this turn to end. */
  private cancelNextTurn: (() => void) | undefined;

  /** Runs `check` after `waitMs` (on the next turn when 0), replacing any pending run. */
  schedule(waitMs: number, check: () => void): void {
    this.cancel();
    const run = () => {
      this.timer = undefined;
      this.cancelNextTurn = undefined;
      check();
    };
    if (waitMs > 0) this.timer = setTimeout(run, waitMs);
    else this.cancelNextTurn = nextTurn(run);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.cancelNextTurn?.();
  }

  /** Checks the document with the engine and keeps the result as `last`; `ignoredBecause` says why it is not a draft. */
  check(doc: TextDocument, engine: Engine, ignoredBecause?: string): Checked {
    this.last = ignoredBecause !== undefined
      ? { version: doc.version, kind: documentKind(doc.languageId), findings: [], coverage: 'ignored', note: ignoredBecause }
      : this.run(doc, engine);
    return this.last;
  }

  private run(doc: TextDocument, { checker, settings, generation, locale }: Engine): Checked {
    const kind = documentKind(doc.languageId);
    const base = { version: doc.version, kind };
    if (!settings.enable) return { ...base, findings: [], coverage: 'disabled', note: say(SERVER_TEXT.disabled, locale) };
    if (isNotesFileName(decodeURIComponent(doc.uri.replace(/^.*\//, '')), settings.notesPattern)) return { ...base, findings: [], coverage: 'notes', note: say(SERVER_TEXT.notesFile, locale) };
    const text = doc.getText();
    if (text.length <= settings.maxDocumentChars) {
      const key = `${generation}:${kind}`;
      if (!this.session || this.sessionKey !== key) {
        this.session = checker.session(kind);
        this.sessionKey = key;
      }
      const result = this.session.check(text);
      return { ...base, findings: result.findings, result, coverage: 'full' };
    }
    const max = settings.maxDocumentChars;
    const offsetOfLine = (line: number) => doc.offsetAt({ line, character: 0 });
    const seen = this.visible.length > 0;
    const lines = seen ? visibleWindow(this.visible, doc.lineCount, offsetOfLine, text.length) : beginningWindow((o) => doc.positionAt(o).line, offsetOfLine, max);
    // On whole blocks: a window starting inside a fence or the front matter would check code as prose.
    const window = lines && wholeBlocksSpan(text, kind, lines.start, lines.end);
    if (!window || window.end - window.start > max) {
      return { ...base, findings: [], coverage: 'paused', note: say(SERVER_TEXT.largePaused, locale, max) };
    }
    const result = checker.check(text.slice(window.start, window.end), kind, true);
    // The window starts at a line start: offsets and lines shift, columns do not.
    const lineShift = doc.positionAt(window.start).line;
    const shift = <T extends Span & { line: number; endLine: number }>(p: T): T => ({ ...p, start: p.start + window.start, end: p.end + window.start, line: p.line + lineShift, endLine: p.endLine + lineShift });
    const findings = result.findings.map((f) => ({ ...shift(f), related: f.related.map(shift) }));
    const lastLine = doc.positionAt(window.end - 1).line + 1;
    const note = say(seen ? SERVER_TEXT.largeVisible : SERVER_TEXT.largeBeginning, locale, max, lineShift + 1, lastLine);
    return { ...base, findings, result, coverage: seen ? 'visible' : 'beginning', note };
  }
}
