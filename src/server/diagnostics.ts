import { DiagnosticSeverity, type Diagnostic, type Position } from 'vscode-languageserver';
import type { Finding, Severity } from '../core/findings';

/** The diagnostics' source, as the Problems panel shows it. */
export const SOURCE = '讲稿助手';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Link to the rule's section in docs/rules.md (headings are the rule ids). */
export function ruleDocLink(rulesDocUri: string, ruleId: string): string {
  return `${rulesDocUri}#${ruleId}`;
}

/** A finding as an LSP diagnostic; `positionAt` maps a document offset to a position. */
export function toDiagnostic(finding: Finding, positionAt: (offset: number) => Position, rulesDocUri: string): Diagnostic {
  return {
    range: { start: positionAt(finding.offset), end: positionAt(finding.offset + finding.length) },
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocLink(rulesDocUri, finding.ruleId) },
    message: finding.message,
  };
}
