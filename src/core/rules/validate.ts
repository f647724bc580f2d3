import { CATEGORIES, SEVERITIES } from '../findings';
import { CODE_RULES } from './code';
import { DOCUMENT_RULES } from './document';

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
    // A misspelt or misplaced key would otherwise be ignored without a word.
    errors.push(...unknownKeys(rule, RULE_KEYS, name));
    if (isObject(rule.match)) errors.push(...unknownKeys(rule.match, MATCH_KEYS, `${name}: match`));
    if (isObject(rule.unless)) errors.push(...unknownKeys(rule.unless, UNLESS_KEYS, `${name}: unless`));
    if (isObject(rule.fix)) errors.push(...unknownKeys(rule.fix, FIX_KEYS, `${name}: fix`));
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
        if (step.words !== undefined && !isTextList(step.words, 1)) errors.push(`${name}: sequence[${k}].words must be a non-empty list of strings`);
        if (step.tag !== undefined && typeof step.tag !== 'string') errors.push(`${name}: sequence[${k}].tag must be a string`);
        if (step.optional !== undefined && typeof step.optional !== 'boolean') errors.push(`${name}: sequence[${k}].optional must be true or false`);
        if (step.gap !== undefined && !(Number.isInteger(step.gap) && (step.gap as number) >= 0)) errors.push(`${name}: sequence[${k}].gap must be a whole number`);
      });
    } else if (match!.document !== undefined && !(typeof match!.document === 'string' && Object.hasOwn(DOCUMENT_RULES, match!.document))) {
      errors.push(`${name}: unknown document rule "${String(match!.document)}"`);
    }
    const fixError = fixShapeError(rule.fix);
    if (fixError) errors.push(`${name}: ${fixError}`);
    const unless = (rule.unless ?? {}) as Record<string, unknown>;
    for (const key of ['before', 'after', 'sentence']) {
      if (unless[key] !== undefined && regexError(unless[key])) errors.push(`${name}: unless.${key} bad regex`);
    }
    for (const key of ['requires', 'requiresBefore', 'requiresAfter']) {
      if (rule[key] !== undefined && regexError(rule[key])) errors.push(`${name}: ${key} bad regex`);
    }
    const ex = rule.examples as { bad?: unknown; good?: unknown } | undefined;
    if (!ex || !isTextList(ex.bad, 1) || !isTextList(ex.good, 0)) {
      errors.push(`${name}: "examples" needs a non-empty "bad" list and a "good" list of strings`);
    }
  });
  return errors;
}

const RULE_KEYS = ['id', 'category', 'severity', 'brief', 'message', 'guidance', 'match', 'requires', 'requiresBefore', 'requiresAfter', 'unless', 'fix', 'examples'];
const MATCH_KEYS = ['phrases', 'sequence', 'regex', 'wholeWord', 'code', 'document'];
const UNLESS_KEYS = ['before', 'after', 'sentence', 'quoted'];
const FIX_KEYS = ['replace', 'replaceMap', 'delete', 'title'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function unknownKeys(object: Record<string, unknown>, known: string[], where: string): string[] {
  return Object.keys(object)
    .filter((k) => !known.includes(k))
    .map((k) => `${where}: unknown key "${k}" (known: ${known.join(', ')})`);
}

const isTextList = (v: unknown, min: number) => Array.isArray(v) && v.length >= min && v.every((x) => typeof x === 'string');

/** A fix is applied to users' text: every field must have the type the engine relies on. */
function fixShapeError(fix: unknown): string | undefined {
  if (fix === undefined) return undefined;
  if (typeof fix !== 'object' || fix === null || Array.isArray(fix)) return '"fix" must be an object';
  const f = fix as Record<string, unknown>;
  if (f.replace !== undefined && typeof f.replace !== 'string') return 'fix.replace must be a string';
  if (f.delete !== undefined && typeof f.delete !== 'boolean') return 'fix.delete must be true or false';
  if (f.replaceMap !== undefined && (typeof f.replaceMap !== 'object' || f.replaceMap === null || Object.values(f.replaceMap).some((v) => typeof v !== 'string'))) {
    return 'fix.replaceMap must map matched text to strings';
  }
  if (f.title !== undefined && !isText(f.title)) return 'fix.title needs "zh" and "en"';
  return undefined;
}
