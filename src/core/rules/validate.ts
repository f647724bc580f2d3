import { CATEGORIES, SEVERITIES } from '../findings';
import { CODE_RULES } from './code';

const isText = (v: unknown) => typeof v === 'object' && v !== null && typeof (v as { zh?: unknown }).zh === 'string' && typeof (v as { en?: unknown }).en === 'string';

function regexError(source: unknown): string | undefined {
  if (typeof source !== 'string') return 'not a string';
  try {
    new RegExp(source, 'u');
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Checks a rule pack's shape; returns readable errors (empty when valid). */
export function validatePack(data: unknown): string[] {
  const errors: string[] = [];
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { rules?: unknown }).rules)) {
    return ['the file must be an object with a "rules" array'];
  }
  const ids = new Set<string>();
  (data as { rules: unknown[] }).rules.forEach((r, i) => {
    const where = `rules[${i}]`;
    if (typeof r !== 'object' || r === null) return void errors.push(`${where} is not an object`);
    const rule = r as Record<string, unknown>;
    const id = typeof rule.id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(rule.id) ? rule.id : undefined;
    if (!id) errors.push(`${where}: "id" must be lower-case letters, digits and hyphens`);
    else if (ids.has(id)) errors.push(`${where}: duplicate id "${id}"`);
    else ids.add(id);
    const name = id ?? where;
    if (!(CATEGORIES as readonly unknown[]).includes(rule.category)) errors.push(`${name}: unknown category "${String(rule.category)}"`);
    if (!(SEVERITIES as readonly unknown[]).includes(rule.severity)) errors.push(`${name}: unknown severity "${String(rule.severity)}"`);
    if (!isText(rule.message)) errors.push(`${name}: "message" needs "zh" and "en"`);
    if (!isText(rule.guidance)) errors.push(`${name}: "guidance" needs "zh" and "en"`);
    const match = rule.match as Record<string, unknown> | undefined;
    const kinds = match ? ['phrases', 'sequence', 'regex', 'code', 'document'].filter((k) => match[k] !== undefined) : [];
    if (kinds.length !== 1) errors.push(`${name}: "match" needs exactly one of phrases, sequence, regex, code, document`);
    else if (match!.phrases !== undefined && (!Array.isArray(match!.phrases) || match!.phrases.some((p) => typeof p !== 'string' || p.length === 0))) {
      errors.push(`${name}: "phrases" must be non-empty strings`);
    } else if (match!.regex !== undefined && regexError(match!.regex)) {
      errors.push(`${name}: bad regex: ${regexError(match!.regex)}`);
    } else if (match!.code !== undefined && !(typeof match!.code === 'string' && match!.code in CODE_RULES)) {
      errors.push(`${name}: unknown code rule "${String(match!.code)}"`);
    } else if (match!.sequence !== undefined) {
      if (!Array.isArray(match!.sequence) || match!.sequence.length === 0) errors.push(`${name}: "sequence" must be a non-empty array`);
      else (match!.sequence as Record<string, unknown>[]).forEach((step, k) => {
        if (step.words === undefined && step.regex === undefined && step.tag === undefined) errors.push(`${name}: sequence[${k}] needs words, regex or tag`);
        if (step.regex !== undefined && regexError(step.regex)) errors.push(`${name}: sequence[${k}] bad regex`);
      });
    }
    const unless = (rule.unless ?? {}) as Record<string, unknown>;
    for (const key of ['before', 'after', 'sentence']) {
      if (unless[key] !== undefined && regexError(unless[key])) errors.push(`${name}: unless.${key} bad regex`);
    }
    for (const key of ['requires', 'requiresBefore', 'requiresAfter']) {
      if (rule[key] !== undefined && regexError(rule[key])) errors.push(`${name}: ${key} bad regex`);
    }
    const ex = rule.examples as { bad?: unknown; good?: unknown } | undefined;
    if (!ex || !Array.isArray(ex.bad) || !Array.isArray(ex.good) || ex.bad.length === 0) {
      errors.push(`${name}: "examples" needs a non-empty "bad" list and a "good" list`);
    }
  });
  return errors;
}
