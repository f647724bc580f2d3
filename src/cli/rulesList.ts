import { fillMessage, ruleTitle, type Locale, type RuleSpec } from '../core/node';

/** `speech-draft rules`: id, name, category, severity and one wrong example per rule. */
export function formatRules(rules: RuleSpec[], format: 'text' | 'json', locale: Locale): string {
  if (format === 'json') {
    return JSON.stringify(rules.map((r) => ({ id: r.id, title: ruleTitle(r, locale), category: r.category, severity: r.severity, brief: r.brief ?? [], message: fillMessage(r.message[locale]), example: r.examples.bad[0] })), null, 2) + '\n';
  }
  const colon = locale === 'zh' ? '：' : ': ';
  const lines = rules.map((r) => `${r.id.padEnd(28)} ${r.category.padEnd(15)} ${r.severity.padEnd(12)} ${ruleTitle(r, locale)}${colon}${fillMessage(r.message[locale])}\n${' '.repeat(29)}${locale === 'zh' ? '例' : 'e.g.'}${colon}${r.examples.bad[0].replace(/\n/g, '⏎')}`);
  lines.push(locale === 'zh' ? `共 ${rules.length} 条规则。` : `${rules.length} rules.`);
  return lines.join('\n') + '\n';
}
