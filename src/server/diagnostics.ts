import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { Category, Finding, Fix, Locale, Severity } from '../core';
import { SERVER_TEXT, say } from './messages';

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

type Placed = Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>;

/** The core's 1-based lines and UTF-16 columns are LSP positions plus one: both count CRLF, LF and CR as line ends. */
const rangeOf = (p: Placed): Range => ({ start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.endLine - 1, character: p.endColumn - 1 } });

/** A finding as an LSP diagnostic; its other places ("announced here, delivered there") are its related information. */
export function toDiagnostic(finding: Finding, ruleLink: string | undefined, uri: string): Diagnostic & { data: DiagnosticData } {
  const href = ruleDocLink(ruleLink, finding.ruleId);
  return {
    range: rangeOf(finding),
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    message: finding.message,
    data: { ruleId: finding.ruleId, category: finding.category, text: finding.text, fixes: finding.fixes },
    ...(finding.related.length > 0 ? { relatedInformation: finding.related.map((r) => ({ location: { uri, range: rangeOf(r) }, message: r.message })) } : {}),
  };
}

/**
 * A hint at each of a finding's other places, so the editor marks both ("delivered there" too),
 * linking back to the finding. Hints stay out of the Problems panel and carry no fixes.
 */
export function relatedHints(finding: Finding, ruleLink: string | undefined, uri: string, locale: Locale): Diagnostic[] {
  const href = ruleDocLink(ruleLink, finding.ruleId);
  return finding.related.map((r) => ({
    range: rangeOf(r),
    severity: DiagnosticSeverity.Hint,
    source: SOURCE,
    code: finding.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    message: say(SERVER_TEXT.relatedPlace, locale, r.message, finding.line),
    relatedInformation: [{ location: { uri, range: rangeOf(finding) }, message: finding.message }],
  }));
}

/** The data of one of our diagnostics as a client sends it back, or undefined for any other. */
export function diagnosticData(d: Diagnostic): DiagnosticData | undefined {
  const data = d.data as Partial<DiagnosticData> | undefined;
  if (d.source !== SOURCE || !data || typeof data.ruleId !== 'string' || typeof data.text !== 'string' || !Array.isArray(data.fixes)) return undefined;
  return data as DiagnosticData;
}
