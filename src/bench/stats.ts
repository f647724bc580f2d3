/** Median of a list of timings. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs fn `warmUp` times unmeasured, then `runs` times; returns the median in milliseconds. */
export function medianMs(fn: () => void, runs: number, warmUp = 5): number {
  for (let i = 0; i < warmUp; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Medians of two functions run in turns (a, b, a, b…) after warm-up: both see the same machine load. */
export function interleavedMedians(a: () => void, b: () => void, runs: number, warmUp = 10): { first: number; second: number } {
  for (let i = 0; i < warmUp; i++) {
    a();
    b();
  }
  const first: number[] = [];
  const second: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    a();
    first.push(performance.now() - t0);
    t0 = performance.now();
    b();
    second.push(performance.now() - t0);
  }
  return { first: median(first), second: median(second) };
}

export const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;
