import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { LspClient } from './lspClient';
import { median } from './stats';

export interface ColdStartFigures {
  /** `speech-draft check` on a one-line file: the whole process, wall time and peak resident memory (VmHWM). */
  cliMs: number;
  cliPeakRssMb: number | undefined;
  /** `node -e 0`, for scale. */
  nodeMs: number;
  /** From forking dist/server.js to the diagnostics of a one-line draft opened at once, as an editor starting with a draft open. */
  firstDiagnosticsMs: number;
}

const RUNS = 7;
const LINE = '笔者认为,这项工作必须抓紧。\n';

/** A module preloaded into a child that reports its peak resident memory on exit (Linux /proc). */
const PEAK_RSS = "process.on('exit', () => { try { const m = /VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8')); if (m) process.stderr.write('\\npeak-rss-kb ' + m[1] + '\\n'); } catch {} });";

function timed(args: string[]): { ms: number; peakRssMb?: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const kb = /peak-rss-kb (\d+)/.exec(r.stderr);
  return { ms, peakRssMb: kb ? Number(kb[1]) / 1024 : undefined };
}

async function firstDiagnosticsMs(serverModule: string): Promise<number> {
  const t0 = performance.now();
  const client = new LspClient(serverModule, {});
  try {
    await client.initialize();
    await client.open('file:///bench/one-line.md', 'markdown', LINE);
    return performance.now() - t0;
  } finally {
    await client.close();
  }
}

/** Cold starts, medians of 7: the CLI on a one-line file, a bare node, and the server to its first diagnostics. */
export async function measureColdStart(root: string, serverModule: string): Promise<ColdStartFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speech-draft-bench-'));
  try {
    const file = path.join(dir, 'one-line.md');
    fs.writeFileSync(file, LINE);
    const preload = path.join(dir, 'peak-rss.js');
    fs.writeFileSync(preload, PEAK_RSS);
    const cli = path.join(root, 'bin', 'speech-draft.js');
    const cliRuns: { ms: number; peakRssMb?: number }[] = [];
    const nodeRuns: number[] = [];
    const serverRuns: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      cliRuns.push(timed(['--require', preload, cli, 'check', file]));
      nodeRuns.push(timed(['-e', '0']).ms);
      serverRuns.push(await firstDiagnosticsMs(serverModule));
    }
    const rss = cliRuns.map((r) => r.peakRssMb).filter((x): x is number => x !== undefined);
    return {
      cliMs: median(cliRuns.map((r) => r.ms)),
      cliPeakRssMb: rss.length > 0 ? median(rss) : undefined,
      nodeMs: median(nodeRuns),
      firstDiagnosticsMs: median(serverRuns),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
