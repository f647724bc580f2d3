import type { RuleKind } from './kind';
import { phrasesKind } from './phrases';
import { sequenceKind } from './sequence';
import { regexKind } from './regex';
import { codeKind } from './code';
import { documentKind } from './document';
import { clauseKind } from './clause';
import { structureKind } from './structure';

/**
 * Every rule kind, in the order their matches are gathered. Compiling, validating, the rule-pack
 * schema and the rules documentation all read this list: a new kind is one file and one line here.
 */
export const RULE_KINDS: readonly RuleKind[] = [phrasesKind, sequenceKind, regexKind, clauseKind, codeKind, documentKind, structureKind];

/** The kind of a rule's `match`, by the one kind key it holds (undefined when none or several). */
export function ruleKindOf(match: Readonly<Record<string, unknown>>): RuleKind | undefined {
  const found = RULE_KINDS.filter((k) => Object.hasOwn(match, k.key));
  return found.length === 1 ? found[0] : undefined;
}

export type { RuleKind, ParagraphKind, WholeDocumentKind, DocumentContext, JsonSchema } from './kind';
