/** One numbered item of a sequence, in reading order. */
export interface Numbered<T> {
  value: number;
  item: T;
}

export type NumberingFault = 'gap' | 'repeat' | 'disorder' | 'start';

/** An item numbered other than its place in the run asks for. */
export interface NumberingProblem<T> {
  item: T;
  value: number;
  /** The number its place asks for (for 'start': 1). */
  expected: number;
  fault: NumberingFault;
  /** The item before it in the run (none for 'start'). */
  previous?: Numbered<T>;
  /** The run's first misnumbered item, when it is an earlier one: this item's number follows from it. */
  follows?: Numbered<T>;
}

export interface NumberingOptions<T> {
  /** A run that does not start at 1 is reported when it has at least this many items. */
  orphanMinItems: number;
  /**
   * The numbers are in the text between two items (or before the first), only not where an item
   * is read ("新华社记者 摄三是…" in a pasted text): the missing ones of a gap are not missing,
   * and a 1 there means the run started afresh.
   */
  present?(missing: number[], after: T | undefined, before: T): boolean;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

/**
 * The numbering problems of the items of one scope. Within a run the k-th item should be k (or
 * base + k - 1 for a run that does not start at 1), so renumbering each flagged item to
 * `expected` leaves the run in order and never makes a new problem.
 */
export function numberingProblems<T>(items: readonly Numbered<T>[], options: NumberingOptions<T>): NumberingProblem<T>[] {
  const problems: NumberingProblem<T>[] = [];
  for (const run of runsOf(items)) {
    const base = run[0].value;
    if (base !== 1 && run.length >= options.orphanMinItems && !options.present?.(range(1, base - 1), undefined, run[0].item)) {
      problems.push({ item: run[0].item, value: base, expected: 1, fault: 'start' });
    }
    let next = base + 1;
    let first: Numbered<T> | undefined;
    for (let k = 1; k < run.length; k++) {
      const { value, item } = run[k];
      const previous = run[k - 1];
      // Missing numbers written where no item is read, or a 1 there (a run restarted unseen).
      const excused = !first && (value > next ? options.present?.(range(next, value - 1), previous.item, item) : options.present?.([1], previous.item, item));
      if (value === next || excused) {
        next = value + 1;
        continue;
      }
      const fault: NumberingFault = value === previous.value ? 'repeat' : value > next ? 'gap' : 'disorder';
      problems.push({ item, value, expected: next, fault, previous, follows: first });
      first ??= run[k];
      next++;
    }
  }
  return problems;
}

/**
 * The items of one scope split into runs. A 1 starts a run (so does the first item); a run
 * started inside another (一是…：一是…二是…；二是…) ends when an item continues the outer one.
 */
export function runsOf<T>(items: readonly Numbered<T>[]): Numbered<T>[][] {
  const runs: Numbered<T>[][] = [];
  const open: Numbered<T>[][] = [];
  for (const entry of items) {
    if (entry.value === 1 || open.length === 0) {
      const run = [entry];
      runs.push(run);
      open.push(run);
      continue;
    }
    const top = open[open.length - 1];
    if (top[top.length - 1].value + 1 !== entry.value) {
      let outer = open.length - 2;
      while (outer >= 0 && open[outer][open[outer].length - 1].value + 1 !== entry.value) outer--;
      if (outer >= 0) open.length = outer + 1;
    }
    open[open.length - 1].push(entry);
  }
  return runs;
}
