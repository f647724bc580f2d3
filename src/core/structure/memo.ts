/** Results kept with a block of the document (or one of its paragraphs), by the function that made them. */
export type Memo = Map<object, unknown>;

/**
 * `compute()`, made once per memo and key: what depends on a block's (or a paragraph's) text
 * alone is worked out again only when that text changes, so a keystroke re-reads one paragraph.
 */
export function kept<T>(memo: Memo, key: object, compute: () => T): T {
  if (!memo.has(key)) memo.set(key, compute());
  return memo.get(key) as T;
}

/** `compute`, made once per object it is asked about (one check's reading of the document). */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = compute(key)));
    return value;
  };
}
