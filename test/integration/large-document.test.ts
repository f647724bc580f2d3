// A 5 MB draft must not stall the editor: the extension host keeps running while the document is
// opened, checked, edited and scrolled, and no diagnostic points outside the text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { READY_TIMEOUT_MS, type SpeechDraftApi, ourDiagnostics, readyApi, ruleId, waitForDiagnostics, workspaceFile } from './support/extension';

const TARGET_BYTES = 5 * 1024 * 1024;
// Only a freeze detector: a healthy host ticks every few milliseconds; seconds mean it hung.
const FREEZE_BOUND_MS = 2000;
const TICK_MS = 20;
const DRIFT = '笔者认为';

// A mix of the leader's voice, drift, astral characters (𠮷) and half-width punctuation.
const SENTENCES = [
  '我们要坚持稳中求进工作总基调，扎实做好各项工作。',
  '今年全市地区生产总值增长6.5%左右，城乡居民收入稳步提高。',
  '要压实安全生产责任，开展隐患排查整治，做好应急值守。',
  '吉(𠮷)祥物评选工作已经完成,下一步要抓好宣传.',
  '各级领导干部要带头深入基层，倾听群众呼声，解决实际问题。',
];

/** Blank-line-separated paragraphs up to about `targetBytes` of UTF-8, each with one drift phrase. */
function largeDraft(targetBytes: number, lineBreak: string): string {
  const paragraphs: string[] = ['大文档测试', `${DRIFT}，这份讲稿很长。`];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const paragraph = `${SENTENCES[i % SENTENCES.length]}${SENTENCES[(i + 2) % SENTENCES.length]}${DRIFT}，第${i}段也要讲清楚。${SENTENCES[(i + 4) % SENTENCES.length]}`;
    paragraphs.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 2 * lineBreak.length;
  }
  paragraphs.push('这份讲稿的起草人是笔者'); // drift as the very last characters, no line break after
  return paragraphs.join(lineBreak + lineBreak);
}

/** Records the longest gap between ticks of a timer on the extension host. */
function startFreezeMonitor(): { stop(): number } {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, TICK_MS);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(longest, performance.now() - last);
    },
  };
}

function assertRangesInside(document: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[]): void {
  const end = document.lineAt(document.lineCount - 1).range.end;
  for (const d of diagnostics) {
    assert.ok(document.validateRange(d.range).isEqual(d.range), `${ruleId(d)} range ${JSON.stringify(d.range)} is inside the document (ends at ${end.line}:${end.character})`);
  }
}

const driftAt = (line: number) => (all: vscode.Diagnostic[]) => all.some((d) => d.range.start.line === line && ruleId(d) === 'author-pronoun');
// The status bar's word for "checking paused" (English and Chinese display languages).
const PAUSED = /paused|暂停/;

/**
 * Waits until the drift `accept` looks for is marked or, where `pauseAllowed`, until the status bar
 * tells the user that checking this document is paused (the product's choice for text it will
 * not check, such as a visible part of millions of characters).
 */
async function markedOrPaused(api: SpeechDraftApi, uri: vscode.Uri, accept: (all: vscode.Diagnostic[]) => boolean, pauseAllowed: boolean): Promise<'marked' | 'paused'> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (accept(ourDiagnostics(uri))) return 'marked';
    if (pauseAllowed && PAUSED.test(api.statusBarText())) return 'paused';
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return waitForDiagnostics(uri, accept, 0).then(() => 'marked'); // fails with the diagnostics it saw
}

async function exercise(fileName: string, content: string, pauseAllowed: boolean): Promise<void> {
  const api = await readyApi();
  const uri = workspaceFile(fileName);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(content, 'utf8'));
  const monitor = startFreezeMonitor();
  const started = Date.now();
  let longestGap: number;
  try {
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const linesBefore = document.lineCount;
    const atTop = await markedOrPaused(api, uri, driftAt(linesBefore > 1 ? 2 : 0), pauseAllowed);
    console.log(`    ${(Buffer.byteLength(content) / 1024 / 1024).toFixed(1)} MB, ${linesBefore} line(s): ${atTop} after ${Date.now() - started} ms; status bar: ${api.statusBarText()}`);
    assertRangesInside(document, ourDiagnostics(uri));

    // Typing at the top: the new drift is marked and nothing points out of bounds.
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), `${DRIFT}，新加的一句。\n`));
    assert.equal(document.lineCount, linesBefore + 1, 'the edit added exactly one line');
    await markedOrPaused(api, uri, driftAt(0), pauseAllowed);
    assertRangesInside(document, ourDiagnostics(uri));

    // Scrolling to the end: the drift in the very last characters is marked where it is.
    const end = document.lineAt(document.lineCount - 1).range.end;
    editor.revealRange(new vscode.Range(end, end), vscode.TextEditorRevealType.InCenter);
    editor.selection = new vscode.Selection(end, end);
    await markedOrPaused(api, uri, (all) => all.some((d) => d.range.end.isEqual(end) && ruleId(d) === 'author-pronoun'), pauseAllowed);
    assertRangesInside(document, ourDiagnostics(uri));
  } finally {
    longestGap = monitor.stop();
    console.log(`    longest extension-host stall: ${longestGap.toFixed(0)} ms (freeze bound ${FREEZE_BOUND_MS} ms)`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri);
  }
  assert.ok(longestGap < FREEZE_BOUND_MS, `the extension host stalled for ${longestGap.toFixed(0)} ms`);
}

describe('large documents: a 5 MB draft does not freeze the editor', () => {
  // Plain text, because on a 5 MB .md file VS Code's own Markdown extension stalls the host for
  // about 1.5 s (it serialises the document to its Markdown language server), which is not ours.
  it('a 5 MB plain-text draft of many CRLF paragraphs: drift marked at the top, after typing and at the end; no range outside the text', async function () {
    this.timeout(3 * READY_TIMEOUT_MS);
    await exercise('large-paragraphs.txt', largeDraft(TARGET_BYTES, '\r\n'), false);
  });

  it('a 5 MB plain-text draft on one single line: drift marked, or checking visibly paused; no range outside the text', async function () {
    this.timeout(3 * READY_TIMEOUT_MS);
    await exercise('large-single-line.txt', largeDraft(TARGET_BYTES, ''), true);
  });
});
