import { CODE_RULES } from '../code';
import type { ParagraphKind } from './kind';
import { namedFunctions } from './named';

/** A rule whose logic is code: a function in `src/core/rules/code/`, named in `code/index.ts`. */
export const codeKind: ParagraphKind = {
  key: 'code',
  scope: 'paragraph',
  source: 'src/core/rules/code',
  summary: 'logic written in TypeScript, named in src/core/rules/code/index.ts',
  ...namedFunctions('code', CODE_RULES, 'code rule'),
};
