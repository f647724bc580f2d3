import type { CompiledRule, Match } from '../../model';
import { CODE_RULES } from '../code';
import type { ParagraphKind } from './kind';

/** A rule whose logic is code: a function in `src/core/rules/code/`, named in `code/index.ts`. */
export const codeKind: ParagraphKind = {
  key: 'code',
  scope: 'paragraph',
  summary: 'logic written in TypeScript, named in src/core/rules/code/index.ts',
  schema: {
    code: { type: 'string', enum: Object.keys(CODE_RULES), description: 'The name of a built-in code rule.' },
  },
  validate(match) {
    return typeof match.code === 'string' && Object.hasOwn(CODE_RULES, match.code) ? [] : [`unknown code rule "${String(match.code)}"`];
  },
  compile(rules: readonly CompiledRule[]) {
    const runs = rules.map((rule) => ({ rule, run: CODE_RULES[rule.spec.match.code as string] }));
    return (ctx, out: Match[]) => {
      for (const { rule, run } of runs) for (const m of run(ctx, rule)) out.push(m);
    };
  },
};
