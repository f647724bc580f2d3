import * as fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LineIndex } from '../../src/core';
import { LspClient } from './lspClient';
import { median } from './stats';

export interface ServerFigures {
  loadMs: number;
  openMs: number;
  incrementalMs: number;
  /** A hover request's round trip: what LSP over IPC costs before any checking. */
  roundTripMs: number;
  maxEventLoopBlockMs: number;
  serverRssMb?: number;
}

const EDITS = 100;

/** Resident set size of another process (Linux /proc); undefined elsewhere. */
export function rssMbOf(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * This thread plays the extension host: it starts the language server (dist/server.js) over
 * Node IPC as the extension does, opens the draft, then types 100 one-character edits in the
 * middle (insert, then delete), waiting for each version's diagnostics. The event-loop monitor
 * records the longest stall of this thread over the whole run.
 */
/** The longest stall of this thread while it does nothing for `ms`: the machine's own noise. */
export async function idleStallMs(ms: number): Promise<number> {
  const idle = monitorEventLoopDelay({ resolution: 1 });
  idle.enable();
  await new Promise((resolve) => setTimeout(resolve, ms));
  idle.disable();
  return idle.max / 1e6;
}

export async function measureThroughServer(serverModule: string, draft: string, languageId: string): Promise<ServerFigures> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  // No debounce: the figure is the cost of a re-check, not the typing pause the editor waits for.
  const client = new LspClient(serverModule, { debounceMs: 0 });
  try {
    await client.initialize();
    const ready = await client.ready;
    if (ready.error) throw new Error(`the server could not load jieba: ${ready.error}`);
    const uri = 'file:///bench/draft.md';
    let t0 = performance.now();
    await client.open(uri, languageId, draft);
    const openMs = performance.now() - t0;

    const lines = new LineIndex(draft);
    const mid = lines.position(Math.floor(draft.length / 2));
    const at = { line: mid.line - 1, character: mid.column - 1 };
    const times: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const version = i + 2;
      t0 = performance.now();
      if (i % 2 === 0) await client.edit(uri, version, at, 0, '的');
      else await client.edit(uri, version, at, 1, '');
      times.push(performance.now() - t0);
    }
    const trips: number[] = [];
    for (let i = 0; i < 30; i++) {
      t0 = performance.now();
      await client.roundTrip(uri);
      trips.push(performance.now() - t0);
    }
    const serverRssMb = rssMbOf(client.pid);
    delay.disable();
    return { loadMs: ready.loadMs, openMs, incrementalMs: median(times.slice(10)), roundTripMs: median(trips), maxEventLoopBlockMs: delay.max / 1e6, serverRssMb };
  } finally {
    await client.close();
  }
}
