import { CATEGORY_TABLE, ruleTitle, type Locale, type RuleSpec } from '../core';
import { ruleDocLink } from './diagnostics';
import { SERVER_TEXT, say } from './messages';

/** Keeps an example to one short line in a hover. */
function oneLine(text: string): string {
  const flat = text.replace(/\s*\r?\n\s*/g, ' ⏎ ').trim();
  return flat.length > 80 ? flat.slice(0, 79) + '…' : flat;
}

const escapeMarkdown = (text: string) => text.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');

/**
 * Hover text for a finding, beside the message the editor already shows: the rule's name, why it
 * is drift (the guidance, citing the seed essay or the standard), a wrong → right example and a
 * link to the rule's documentation.
 */
export function hoverMarkdown(spec: RuleSpec, locale: Locale, ruleLink: string | undefined): string {
  const brief = spec.brief?.length ? ` · ${spec.brief.join(', ')}` : '';
  const lines = [`**${escapeMarkdown(ruleTitle(spec, locale))}** · \`${spec.id}\` · ${escapeMarkdown(CATEGORY_TABLE[spec.category].name[locale])}${brief}`];
  lines.push('', `${say(SERVER_TEXT.why, locale)}${escapeMarkdown(spec.guidance[locale])}`);
  const bad = spec.examples.bad[0];
  const good = spec.examples.good[0];
  if (bad !== undefined) {
    lines.push('', `${say(SERVER_TEXT.example, locale)}✗ ${escapeMarkdown(oneLine(bad))}${good !== undefined ? ` → ✓ ${escapeMarkdown(oneLine(good))}` : ''}`);
  }
  const link = ruleDocLink(ruleLink, spec.id);
  if (link) lines.push('', `[${say(SERVER_TEXT.ruleDoc, locale)}](${link})`);
  return lines.join('\n');
}
