import { CATEGORIES, SEVERITIES } from '../model';
import { CONDITION_KEYS } from './conditions';
import { RULE_KINDS, type JsonSchema } from './kinds';

const regex = (description: string): JsonSchema => ({ type: 'string', description });
const text = (description: string): JsonSchema => ({ $ref: '#/$defs/text', description });
const pairs = (description: string): JsonSchema => ({
  type: 'array',
  description,
  items: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'string' }], minItems: 2, maxItems: 2 },
});

/** The `match` object: exactly one rule kind, with that kind's options only. */
function matchSchema(): JsonSchema {
  return {
    type: 'object',
    description: `What the rule matches: exactly one of ${RULE_KINDS.map((k) => k.key).join(', ')}.`,
    oneOf: RULE_KINDS.map((kind) => ({
      title: kind.key,
      description: kind.summary,
      required: [kind.key],
      properties: kind.schema,
      additionalProperties: false,
    })),
  };
}

/** Whole-document kinds have no sentence, so they take no sentence conditions. */
function scopeConditions(): JsonSchema[] {
  return RULE_KINDS.filter((k) => k.scope === 'document').map((kind) => ({
    if: { required: ['match'], properties: { match: { required: [kind.key] } } },
    then: { properties: Object.fromEntries(CONDITION_KEYS.map((key) => [key, false])) },
  }));
}

/**
 * The JSON Schema of a rule pack, built from the rule kinds' own schemas. It validates built-in
 * and user packs, and `schemas/rule-pack.schema.json` (generated from it) gives completion and
 * errors to a user writing a pack in VS Code.
 */
export function rulePackSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: '讲稿助手规则包 Speech Draft rule pack',
    type: 'object',
    required: ['rules'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      name: { type: 'string', description: 'The pack’s name.' },
      description: { type: 'string' },
      rules: { type: 'array', items: { $ref: '#/$defs/rule' } },
    },
    $defs: {
      text: {
        type: 'object',
        required: ['zh', 'en'],
        additionalProperties: false,
        properties: { zh: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
      },
      rule: {
        type: 'object',
        required: ['id', 'category', 'severity', 'message', 'guidance', 'match', 'examples'],
        additionalProperties: false,
        allOf: scopeConditions(),
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'Lower-case letters, digits and hyphens; unique across all packs.' },
          title: text('A short name (作者自称), shown in quick fixes, hovers, the rule picker and the docs.'),
          category: { enum: CATEGORIES, description: 'The kind of drift the rule finds.' },
          severity: { enum: SEVERITIES, description: 'The default level; settings may change it.' },
          brief: { type: 'array', items: { type: 'string' }, description: 'Pattern ids in the domain brief (e.g. "A1").' },
          message: text('What is wrong and what to do, shown in the Problems panel; {text} stands for the matched text.'),
          guidance: text('Why, citing the guidance it comes from; shown in hovers.'),
          match: matchSchema(),
          requires: regex('The sentence must also match this regex.'),
          requiresBefore: regex('The text of the sentence before the match must end with this regex.'),
          requiresAfter: regex('The text of the sentence after the match must start with this regex.'),
          unless: {
            type: 'object',
            additionalProperties: false,
            description: 'Conditions under which a match is not a finding.',
            properties: {
              before: regex('Not when the text of the sentence before the match ends with this regex.'),
              after: regex('Not when the text of the sentence after the match starts with this regex.'),
              sentence: regex('Not when the whole sentence matches this regex.'),
              beforeTag: regex('Not when jieba’s part-of-speech tag of the word just before the match matches this regex (e.g. "^v": after a verb).'),
              afterTag: regex('Not when the tag of the word just after the match matches this regex.'),
              quoted: { type: 'boolean', description: 'Skip matches inside quotation marks (default: true for the voice categories).' },
            },
          },
          backstop: { type: 'boolean', description: 'Reported only where no other rule of the same category already flags the same words (a broad rule behind precise ones).' },
          fix: {
            type: 'object',
            additionalProperties: false,
            description: 'The fix offered for a match: it replaces exactly the matched text.',
            properties: {
              replace: { type: 'string', description: 'Replacement text; $& is the matched text.' },
              replaceMap: { type: 'object', additionalProperties: { type: 'string' }, description: 'A replacement per matched text.' },
              delete: { type: 'boolean', description: 'Delete the match (and a comma after a clause opener).' },
              title: text('The quick fix’s title.'),
              safe: { type: 'boolean', description: 'The fix changes the form only (a typo, a doubled character), never what the speech says, so fix-all applies it. Default: true for punctuation, number and noise, false otherwise.' },
            },
          },
          examples: {
            type: 'object',
            required: ['bad', 'good'],
            additionalProperties: false,
            description: 'Sentences the tests run through the real checker.',
            properties: {
              bad: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'Sentences the rule flags.' },
              good: { type: 'array', items: { type: 'string' }, description: 'Sentences the rule leaves alone.' },
              marks: pairs('[text, covered]: the rule flags text exactly once, at exactly covered.'),
              fixed: pairs('[text, after]: the rule flags text once and its first fix turns text into after.'),
            },
          },
        },
      },
    },
  };
}
