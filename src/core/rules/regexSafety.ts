import type { Diagnostics } from 'recheck';
import { regexError } from './regexSource';
import { requireBundle } from '../packageFiles';

/** Checks one regular expression; a readable reason when it cannot be used, else undefined. */
export type RegexCheck = (source: unknown) => string | undefined;

/** How long the ReDoS checker may look at one pattern; one it cannot settle in time is accepted. */
const CHECK_MS = 500;
const verdicts = new Map<string, string | undefined>();
let recheck: { checkSync(source: string, flags: string, params?: object): Diagnostics } | undefined;

/**
 * For patterns from a user's rule pack: valid, and not catastrophic. A pattern like `(笔+)+者`
 * backtracks exponentially: one line of 笔 would freeze the checker (and the editor waiting on
 * it) for minutes. recheck (its pure-JavaScript engine, nothing to download) finds such patterns
 * with an attack string; they are refused when the pack is loaded. Loaded on first use only, from
 * its own bundle (dist/recheck.js, 2.9 MB): a check without a user's pack never parses it.
 */
export const untrustedRegexError: RegexCheck = (source) => {
  const invalid = regexError(source);
  if (invalid || typeof source !== 'string') return invalid;
  if (verdicts.has(source)) return verdicts.get(source);
  recheck ??= requireBundle<typeof recheck>('recheck.js');
  let verdict: string | undefined;
  try {
    const result = recheck!.checkSync(source, 'u', { timeout: CHECK_MS });
    if (result.status === 'vulnerable' && result.complexity.type === 'exponential') {
      verdict = `catastrophic backtracking (exponential time on ${result.attack.pattern}): rewrite it without nested repetition such as (X+)+`;
    }
  } catch {
    verdict = undefined;
  }
  verdicts.set(source, verdict);
  return verdict;
};
