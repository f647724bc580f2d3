/**
 * Inline switches: `<!-- speech-draft-disable-next-line RULE -->` in Markdown, or the same words
 * after `//` at the start of a line in plain text. RULE may be rule ids or categories; none means all.
 */
export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or categories; empty means every rule. */
  targets: string[];
  /** Offset of the directive in the document (relative to its block until placed). */
  offset: number;
}

const DIRECTIVE = /speech-draft-(disable-next-line|disable-line|disable|enable)\b([^\r\n]*)/;

export function parseDirective(comment: string, offset: number): Directive | undefined {
  const m = DIRECTIVE.exec(comment);
  if (!m) return undefined;
  const targets = m[2]
    .replace(/-->.*$/, '')
    .split(/[\s,，]+/)
    .filter((t) => t.length > 0);
  return { kind: m[1] as DirectiveKind, targets, offset };
}

/** Plain-text directive lines: `// speech-draft-…` at the start of a line. */
export const PLAIN_DIRECTIVE_LINE = /^[ \t]*\/\/[ \t]*speech-draft-/;

export interface Suppressor {
  suppressed(ruleId: string, category: string, offset: number): boolean;
}

/** Builds the suppression ranges from directives placed in the document. */
export function buildSuppressor(directives: Directive[], lineOf: (offset: number) => number): Suppressor {
  const lineRules = new Map<number, string[][]>();
  const spans: { from: number; to: number; targets: string[] }[] = [];
  const open = new Map<string, number>();
  const ALL = '*';
  const sorted = [...directives].sort((a, b) => a.offset - b.offset);
  for (const d of sorted) {
    if (d.kind === 'disable-line' || d.kind === 'disable-next-line') {
      const line = lineOf(d.offset) + (d.kind === 'disable-next-line' ? 1 : 0);
      const list = lineRules.get(line) ?? [];
      list.push(d.targets);
      lineRules.set(line, list);
      continue;
    }
    const keys = d.targets.length ? d.targets : [ALL];
    for (const key of keys) {
      if (d.kind === 'disable' && !open.has(key)) open.set(key, d.offset);
      if (d.kind === 'enable') {
        if (key === ALL) {
          for (const [k, from] of open) spans.push({ from, to: d.offset, targets: k === ALL ? [] : [k] });
          open.clear();
        } else if (open.has(key)) {
          spans.push({ from: open.get(key)!, to: d.offset, targets: [key] });
          open.delete(key);
        }
      }
    }
  }
  for (const [k, from] of open) spans.push({ from, to: Infinity, targets: k === ALL ? [] : [k] });

  const hits = (targets: string[], ruleId: string, category: string) =>
    targets.length === 0 || targets.includes(ruleId) || targets.includes(category);
  return {
    suppressed(ruleId, category, offset) {
      const line = lineRules.get(lineOf(offset));
      if (line?.some((t) => hits(t, ruleId, category))) return true;
      return spans.some((s) => offset >= s.from && offset < s.to && hits(s.targets, ruleId, category));
    },
  };
}
