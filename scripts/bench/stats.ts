/** Median of a list of timings. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs fn `warmUp` times unmeasured, then `runs` times; returns the median in milliseconds (wall, or CPU time). */
export function medianMs(fn: () => void, runs: number, warmUp = 5, clock: () => number = () => performance.now()): number {
  for (let i = 0; i < warmUp; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = clock();
    fn();
    times.push(clock() - t0);
  }
  return median(times);
}

/** CPU time of this process in milliseconds: unlike wall time, not inflated when other processes share the cores. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export interface Paired {
  /** Medians of CPU time. */
  first: number;
  second: number;
  /** Medians of wall time. */
  firstWall: number;
  secondWall: number;
}

/** Medians of two functions run in turns (a, b, a, b…) after warm-up: both see the same machine load. */
export function interleavedMedians(a: () => void, b: () => void, runs: number, warmUp = 10): Paired {
  for (let i = 0; i < warmUp; i++) {
    a();
    b();
  }
  const cpu: [number[], number[]] = [[], []];
  const wall: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    [a, b].forEach((fn, k) => {
      const c0 = cpuMs();
      const t0 = performance.now();
      fn();
      wall[k].push(performance.now() - t0);
      cpu[k].push(cpuMs() - c0);
    });
  }
  return { first: median(cpu[0]), second: median(cpu[1]), firstWall: median(wall[0]), secondWall: median(wall[1]) };
}

export const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;
