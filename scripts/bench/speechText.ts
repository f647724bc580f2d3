import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtInRules } from '../../src/core';

export interface Speech {
  text: string;
  /** Where the text came from, printed with the figures. */
  source: string;
}

const SHARED_SPEECH = path.join('..', 'shared', 'corpus', 'gov-work-report-2021.txt');
const MIN_CHARS = 17_000;

/**
 * The real 2021 government work report when `../shared` is present; otherwise a speech-like
 * text made of the repository's example drafts (front matter dropped) and the rules' own
 * leader-voice examples, repeated to the same size. Each repetition numbers its paragraphs
 * afresh, because the checker checks identical paragraphs once and the figure would flatter it.
 */
export function loadSpeech(root: string): Speech {
  const shared = path.join(root, SHARED_SPEECH);
  if (fs.existsSync(shared)) return { text: fs.readFileSync(shared, 'utf8'), source: SHARED_SPEECH };
  const dir = path.join(root, 'examples');
  const paragraphs = fs
    .readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').split(/\r?\n/))
    .concat(builtInRules().flatMap((r) => r.examples.good))
    .map((p) => p.trim())
    .filter((p) => p.length > 0 && !p.includes('\n'));
  let text = '';
  for (let round = 1; text.length < MIN_CHARS; round++) for (const p of paragraphs) text += `（${round}）${p}\n\n`;
  return { text, source: `examples/ and the rules' good examples, numbered and repeated to ${text.length} characters (../shared/corpus absent)` };
}

/** A draft of at least `size` characters: the speech, continued from its start until long enough. */
export function draftOfSize(speech: string, size: number): string {
  let text = speech;
  while (text.length < size) text += '\n\n' + speech.slice(0, size - text.length);
  return text;
}
