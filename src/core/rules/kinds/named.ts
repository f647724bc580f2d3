import type { CompiledRule, Match } from '../../model';
import type { JsonSchema } from './kind';

type Named<Ctx> = Record<string, (ctx: Ctx, rule: CompiledRule) => Match[]>;

/**
 * The parts of a kind whose rules name a built-in function (`"code": "jammerNoise"`): the
 * schema lists the names, validation refuses others, and the scanner runs each rule's function.
 */
export function namedFunctions<Ctx>(key: string, table: Named<Ctx>, what: string) {
  return {
    schema: { [key]: { type: 'string', enum: Object.keys(table), description: `The name of a built-in ${what}.` } } as Record<string, JsonSchema>,
    validate(match: Readonly<Record<string, unknown>>): string[] {
      const name = match[key];
      return typeof name === 'string' && Object.hasOwn(table, name) ? [] : [`unknown ${what} "${String(name)}"`];
    },
    compile(rules: readonly CompiledRule[]) {
      const runs = rules.map((rule) => ({ rule, run: table[rule.spec.match[key] as string] }));
      return (ctx: Ctx, out: Match[]) => {
        for (const { rule, run } of runs) for (const m of run(ctx, rule)) out.push(m);
      };
    },
  };
}
