import * as assert from 'node:assert/strict';
import type { Checker, Finding } from '../../../src/core';

/** Assertions on one rule's findings in a plain-text sentence, shared by the rule tests. */
export function ruleAssertions(checker: Checker) {
  const findings = (text: string, ruleId: string): Finding[] => checker.check(text, 'plaintext').findings.filter((f) => f.ruleId === ruleId);
  /** The texts ruleId covers in text. */
  const matched = (text: string, ruleId: string): string[] => findings(text, ruleId).map((f) => text.slice(f.start, f.end));
  return {
    findings,
    matched,
    /** ruleId does not fire anywhere in text. */
    clean: (text: string, ruleId: string) => assert.deepEqual(matched(text, ruleId), [], `${ruleId} in ${text}`),
    /** ruleId fires in text at least once. */
    flags: (text: string, ruleId: string) => assert.ok(matched(text, ruleId).length > 0, `${ruleId} expected in ${text}`),
    /** ruleId fires exactly once in text, covering exactly `covered`. */
    flagsOnly: (text: string, ruleId: string, covered: string) => assert.deepEqual(matched(text, ruleId), [covered], `${ruleId} in ${text}`),
  };
}
