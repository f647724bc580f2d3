import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { median } from './stats';

export interface ManyFilesFigures {
  files: number;
  /** Characters of each draft (about). */
  draftChars: number;
  oneCallMs: number;
  separateCallsMs: number;
  /** A bare `node -e ""`: what a call costs before any of our code runs. */
  nodeStartMs: number;
  /** The bare jieba script on one small draft: Node plus jieba's dictionary load. */
  jiebaStartMs: number;
}

const FILES = 20;
const DRAFT_CHARS = 600;
const RUNS = 3;

function wallMs(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/**
 * A pre-commit hook's case: `speech-draft check` on 20 small drafts (about 600 characters each,
 * cut from the speech) in one call (median of three) and in 20 calls one after another (once:
 * twenty processes even out). Node's own start-up and a bare jieba script are measured
 * alongside, since they are what 20 calls pay 20 times.
 */
export function measureManyFiles(root: string, speech: string): ManyFilesFigures {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speech-draft-bench-many-'));
  try {
    const paragraphs = speech.split(/\n+/).filter((p) => p.trim());
    const files: string[] = [];
    let next = 0;
    for (let i = 0; i < FILES; i++) {
      let text = '';
      while (text.length < DRAFT_CHARS) text += paragraphs[next++ % paragraphs.length] + '\n';
      const file = path.join(dir, `draft-${i + 1}.txt`);
      fs.writeFileSync(file, text);
      files.push(file);
    }
    const cli = path.join(root, 'bin', 'speech-draft.js');
    const bare = path.join(root, 'out', 'bench-bare-jieba.js');
    const one: number[] = [];
    const node: number[] = [];
    const jieba: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      one.push(wallMs([cli, 'check', ...files]));
      node.push(wallMs(['-e', '']));
      jieba.push(wallMs([bare, files[0]]));
    }
    // Twenty processes in a row already even out; once is enough.
    const separateCallsMs = files.reduce((sum, f) => sum + wallMs([cli, 'check', f]), 0);
    return { files: FILES, draftChars: DRAFT_CHARS, oneCallMs: median(one), separateCallsMs, nodeStartMs: median(node), jiebaStartMs: median(jieba) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
