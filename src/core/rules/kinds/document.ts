import { DOCUMENT_RULES } from '../documentRules';
import type { WholeDocumentKind } from './kind';
import { namedFunctions } from './named';

/** A check of the whole document (its length, the intent card), named in `documentRules.ts`. */
export const documentKind: WholeDocumentKind = {
  key: 'document',
  scope: 'document',
  source: 'src/core/rules/documentRules.ts',
  summary: 'a whole-document check against the intent card, named in src/core/rules/documentRules.ts',
  ...namedFunctions('document', DOCUMENT_RULES, 'document rule'),
};
