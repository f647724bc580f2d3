import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Category, Finding, Fix, Severity } from '../core';

/** The diagnostics' source, as the Problems panel shows it. */
export const SOURCE = '讲稿助手';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for code actions, so they need not find the finding again. */
export interface DiagnosticData {
  ruleId: string;
  category: Category;
  /** The covered text when checked: an action on a diagnostic whose text has changed does nothing. */
  text: string;
  fixes: Fix[];
}

/**
 * The link to a rule's documentation: `template` with `{rule}` replaced by the id (ids are
 * lower-case letters, digits and hyphens, safe anywhere in a URI); none without a template.
 */
export function ruleDocLink(template: string | undefined, ruleId: string): string | undefined {
  return template?.replace(/\{rule\}/g, ruleId);
}

/**
 * A finding as an LSP diagnostic. The core's 1-based lines and UTF-16 columns are LSP positions
 * plus one: both count CRLF, LF and CR as line ends.
 */
export function toDiagnostic(finding: Finding, ruleLink: string | undefined): Diagnostic & { data: DiagnosticData } {
  const href = ruleDocLink(ruleLink, finding.ruleId);
  return {
    range: {
      start: { line: finding.line - 1, character: finding.column - 1 },
      end: { line: finding.endLine - 1, character: finding.endColumn - 1 },
    },
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    message: finding.message,
    data: { ruleId: finding.ruleId, category: finding.category, text: finding.text, fixes: finding.fixes },
  };
}

/** The data of one of our diagnostics as a client sends it back, or undefined for any other. */
export function diagnosticData(d: Diagnostic): DiagnosticData | undefined {
  const data = d.data as Partial<DiagnosticData> | undefined;
  if (d.source !== SOURCE || !data || typeof data.ruleId !== 'string' || typeof data.text !== 'string' || !Array.isArray(data.fixes)) return undefined;
  return data as DiagnosticData;
}
