import { structureOf } from '../../structure/document';
import { STRUCTURE_RULES } from '../structure';
import type { WholeDocumentKind } from './kind';
import { namedFunctions } from './named';

/**
 * A check of the speech as a whole (levels, numbering, announced counts, paired marks), named in
 * `src/core/rules/structure/index.ts`. Its rules share one reading of the document's paragraphs
 * and headings, and are left out when only part of the document is checked.
 */
const named = namedFunctions('structure', STRUCTURE_RULES, 'structure rule');

export const structureKind: WholeDocumentKind = {
  key: 'structure',
  scope: 'document',
  summary: 'a check of the speech as a whole (levels, numbering, counts, paired marks), named in src/core/rules/structure/index.ts',
  source: 'src/core/rules/structure',
  schema: named.schema,
  validate: named.validate,
  compile(rules) {
    const scan = named.compile(rules);
    return (doc, out) => {
      if (!doc.partial) scan(structureOf(doc), out);
    };
  },
};
