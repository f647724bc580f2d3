import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { median } from './stats';

export interface ProcessFigures {
  bigFileChars: number;
  cliMs: number;
  bareJiebaMs: number;
  bareJiebaRssMb: number;
}

const RUNS = 3;

function timedRun(args: string[]): { ms: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

/**
 * Whole processes on a big file made of the speech repeated: the CLI (`check --format json`)
 * against a bare jieba script that loads jieba and cuts every line.
 */
export function measureProcesses(root: string, speech: string, size: number): ProcessFigures {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speech-draft-bench-'));
  try {
    const file = path.join(dir, 'big.txt');
    let text = '';
    while (text.length < size) text += speech + '\n';
    fs.writeFileSync(file, text);
    const cli = path.join(root, 'bin', 'speech-draft.js');
    const bare = path.join(root, 'out', 'bench-bare-jieba.js');
    const cliTimes: number[] = [];
    const bareTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      cliTimes.push(timedRun([cli, 'check', '--format', 'json', file]).ms);
      bareTimes.push(timedRun([bare, file]).ms);
    }
    // Memory of bare jieba holding a draft-sized text, to compare with the checking process.
    const small = path.join(dir, 'speech.txt');
    fs.writeFileSync(small, speech);
    const bareJiebaRssMb = JSON.parse(timedRun([bare, small]).stdout).rssMb;
    return { bigFileChars: text.length, cliMs: median(cliTimes), bareJiebaMs: median(bareTimes), bareJiebaRssMb };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
