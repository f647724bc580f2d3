import type { CompiledRule, Match } from '../../model';
import { DOCUMENT_RULES } from '../documentRules';
import type { WholeDocumentKind } from './kind';

/** A check of the whole document (its length, the intent card), named in `documentRules.ts`. */
export const documentKind: WholeDocumentKind = {
  key: 'document',
  scope: 'document',
  summary: 'a whole-document check against the intent card, named in src/core/rules/documentRules.ts',
  schema: {
    document: { type: 'string', enum: Object.keys(DOCUMENT_RULES), description: 'The name of a built-in document check.' },
  },
  validate(match) {
    return typeof match.document === 'string' && Object.hasOwn(DOCUMENT_RULES, match.document) ? [] : [`unknown document rule "${String(match.document)}"`];
  },
  compile(rules: readonly CompiledRule[]) {
    const runs = rules.map((rule) => ({ rule, run: DOCUMENT_RULES[rule.spec.match.document as string] }));
    return (doc, out: Match[]) => {
      for (const { rule, run } of runs) for (const m of run(doc, rule)) out.push(m);
    };
  },
};
