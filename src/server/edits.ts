import type { Span } from '../core';

/** True when `text` still holds what the finding covered (a stale finding must not edit). */
export function stillMatches(text: string, finding: Span & { text: string }): boolean {
  return text.slice(finding.start, finding.end) === finding.text;
}
