import type { Locale, RuleSpec } from '../core';
import { ruleDocLink } from './diagnostics';
import { SERVER_TEXT, say } from './messages';

/** Keeps an example to one short line in a hover. */
function oneLine(text: string): string {
  const flat = text.replace(/\s*\r?\n\s*/g, ' ⏎ ').trim();
  return flat.length > 80 ? flat.slice(0, 79) + '…' : flat;
}

const escapeMarkdown = (text: string) => text.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');

/**
 * Hover text for a finding: the message, why it is drift (the rule's guidance, which cites
 * the seed essay or the standard), a wrong → right example, and the rule id with its doc link.
 */
export function hoverMarkdown(spec: RuleSpec, message: string, locale: Locale, rulesDocUri: string): string {
  const lines = [`**${escapeMarkdown(message)}**`, '', `${say(SERVER_TEXT.why, locale)}：${escapeMarkdown(spec.guidance[locale])}`];
  const bad = spec.examples.bad[0];
  const good = spec.examples.good[0];
  if (bad !== undefined) {
    lines.push('', `${say(SERVER_TEXT.example, locale)}：✗ ${escapeMarkdown(oneLine(bad))}${good !== undefined ? ` → ✓ ${escapeMarkdown(oneLine(good))}` : ''}`);
  }
  const brief = spec.brief?.length ? ` (${spec.brief.join(', ')})` : '';
  lines.push('', `[\`${spec.id}\`](${ruleDocLink(rulesDocUri, spec.id)})${brief} · ${say(SERVER_TEXT.ruleDoc, locale)}`);
  return lines.join('\n');
}
