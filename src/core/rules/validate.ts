import { Validator, type OutputUnit } from '@cfworker/json-schema';
import { CONDITION_KEYS } from './conditions';
import { RULE_KINDS, ruleKindOf, type JsonSchema } from './kinds';
import { regexError } from './regexSource';
import type { RegexCheck } from './regexSafety';
import { rulePackSchema } from './schema';

let validator: Validator | undefined;
let schema: JsonSchema | undefined;

/**
 * Checks a rule pack against the schema and each kind's own checks; readable errors (empty when
 * valid). A user's pack passes `untrustedRegexError` to refuse catastrophic patterns as well.
 */
export function validatePack(data: unknown, checkRegex: RegexCheck = regexError): string[] {
  schema ??= rulePackSchema();
  validator ??= new Validator(schema as object as ConstructorParameters<typeof Validator>[0], '2020-12', false);
  const result = validator.validate(data);
  const errors = result.valid ? [] : readableErrors(result.errors, data, schema);
  if (errors.length > 0 || !isObject(data)) return errors;
  const ids = new Set<string>();
  (data.rules as Record<string, unknown>[]).forEach((rule) => {
    const id = rule.id as string;
    if (ids.has(id)) errors.push(`${id}: duplicate id "${id}"`);
    ids.add(id);
    const match = rule.match as Record<string, unknown>;
    for (const e of ruleKindOf(match)!.validate?.(match, checkRegex) ?? []) errors.push(`${id}: ${e}`);
    const unless = (rule.unless ?? {}) as Record<string, unknown>;
    for (const key of ['before', 'after', 'sentence', 'beforeTag', 'afterTag']) {
      const error = unless[key] !== undefined ? checkRegex(unless[key]) : undefined;
      if (error) errors.push(`${id}: unless.${key} bad regex: ${error}`);
    }
    for (const key of ['requires', 'requiresBefore', 'requiresAfter']) {
      const error = rule[key] !== undefined ? checkRegex(rule[key]) : undefined;
      if (error) errors.push(`${id}: ${key} bad regex: ${error}`);
    }
  });
  return errors;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a JSON pointer such as `#/rules/0/match`. */
function at(root: unknown, pointer: string): unknown {
  let node = root;
  for (const part of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  return node;
}

/** The schema node at a validator's keyword location, following `$ref`s on the way. */
function schemaAt(root: JsonSchema, pointer: string): unknown {
  let node: unknown = root;
  for (const part of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    if (part === '$ref' && isObject(node) && typeof node.$ref === 'string') node = at(root, node.$ref);
    else node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

/** `#/rules/3/unless/befor` → the rule's id, then the path inside it. */
function where(data: unknown, instanceLocation: string): { rule: string; path: string } {
  const parts = instanceLocation.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] !== 'rules' || parts.length < 2) return { rule: parts.join('.') || 'pack', path: '' };
  const id = at(data, `#/rules/${parts[1]}/id`);
  return { rule: typeof id === 'string' ? id : `rules[${parts[1]}]`, path: parts.slice(2).join('.') };
}

/**
 * The validator reports every schema node on the way down; a user needs the leaves, phrased as
 * what to change. Errors inside the `match` branches of kinds the rule does not use are dropped.
 */
function readableErrors(units: OutputUnit[], data: unknown, root: JsonSchema): string[] {
  const out: { message: string; depth: number }[] = [];
  const seen = new Set<string>();
  for (const u of units) {
    const branch = /\/match\/oneOf\/(\d+)\//.exec(u.keywordLocation);
    if (branch) {
      const match = at(data, u.instanceLocation.replace(/(\/rules\/\d+\/match).*$/, '$1'));
      if (isObject(match) && RULE_KINDS[Number(branch[1])] !== ruleKindOf(match)) continue;
    }
    const { rule, path } = where(data, u.instanceLocation);
    const prefix = path ? `${rule}: ${path.replace(/\.(\d+)/g, '[$1]')}` : rule;
    let message: string | undefined;
    switch (u.keyword) {
      case 'additionalProperties': {
        const key = /"([^"]+)"/.exec(u.error)?.[1];
        const known = Object.keys((schemaAt(root, u.keywordLocation.replace(/\/additionalProperties$/, '/properties')) as object) ?? {});
        const parent = path ? `${rule}: ${path}` : rule;
        message = `${parent}: unknown key "${key}" (known: ${known.join(', ')})`;
        break;
      }
      case 'required':
        message = `${prefix}: ${u.error.replace(/^Instance does not have required property/, 'missing')}`;
        break;
      case 'oneOf':
        if (/\/match$/.test(u.instanceLocation) && isObject(at(data, u.instanceLocation)) && !ruleKindOf(at(data, u.instanceLocation) as Record<string, unknown>)) {
          message = `${rule}: "match" needs exactly one of ${RULE_KINDS.map((k) => k.key).join(', ')}`;
        }
        break;
      case 'false': {
        const key = /^#\/rules\/\d+\/([^/]+)$/.exec(u.instanceLocation)?.[1];
        if (key && (CONDITION_KEYS as readonly string[]).includes(key)) message = `${rule}: "${key}" does not apply to a whole-document rule`;
        break;
      }
      case 'type':
      case 'enum':
      case 'pattern':
      case 'minItems':
      case 'maxItems':
      case 'minLength':
      case 'minimum':
      case 'const':
        message = `${prefix}: ${describe(u, schemaAt(root, u.keywordLocation))}`;
        break;
    }
    if (message && !seen.has(message)) {
      seen.add(message);
      out.push({ message, depth: u.instanceLocation.split('/').length });
    }
  }
  // The outermost problem first: a misplaced key explains the errors inside it.
  out.sort((a, b) => a.depth - b.depth);
  if (out.length === 0 && units.length > 0) return [units[units.length - 1].error];
  return out.map((e) => e.message);
}

function describe(u: OutputUnit, expected: unknown): string {
  switch (u.keyword) {
    case 'type': return `must be ${Array.isArray(expected) ? expected.join(' or ') : String(expected)}`;
    case 'enum': return `must be one of ${(expected as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern': return `must match ${String(expected)}`;
    case 'minItems': return Number(expected) <= 1 ? 'must not be empty' : `needs at least ${String(expected)} items`;
    case 'maxItems': return `takes at most ${String(expected)} items`;
    case 'minLength': return 'must not be empty';
    case 'minimum': return `must be at least ${String(expected)}`;
    default: return u.error;
  }
}
