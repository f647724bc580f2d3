/**
 * Runs `run` once the current turn of the event loop ends: `setImmediate` in Node (`setTimeout`
 * waits at least a millisecond there), `setTimeout` in a Web Worker (which has no setImmediate).
 * Returns a function that cancels it.
 */
export function nextTurn(run: () => void): () => void {
  if (typeof setImmediate === 'function') {
    const immediate = setImmediate(run);
    return () => clearImmediate(immediate);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}
