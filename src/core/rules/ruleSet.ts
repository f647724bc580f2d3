import type { CompiledRule, Match, RuleSpec } from '../model';
import type { ParagraphContext } from '../paragraph';
import { RULE_KINDS, ruleKindOf, type DocumentContext } from './kinds';
import { compileRule, passesConditions } from './conditions';

type ParagraphScan = (ctx: ParagraphContext, out: Match[]) => void;
type DocumentScan = (doc: DocumentContext, out: Match[]) => void;

/**
 * Rules compiled into one index per kind, so that a paragraph is scanned once per kind. Rules
 * must have passed validation (`validatePack`): each holds exactly one kind's key.
 */
export class RuleSet {
  readonly rules: CompiledRule[];
  private readonly paragraphScans: ParagraphScan[] = [];
  private readonly documentScans: DocumentScan[] = [];

  constructor(specs: readonly RuleSpec[]) {
    this.rules = specs.map(compileRule);
    for (const kind of RULE_KINDS) {
      const mine = this.rules.filter((r) => ruleKindOf(r.spec.match) === kind);
      if (mine.length === 0) continue;
      if (kind.scope === 'paragraph') this.paragraphScans.push(kind.compile(mine));
      else this.documentScans.push(kind.compile(mine));
    }
    const unknown = this.rules.find((r) => !ruleKindOf(r.spec.match));
    if (unknown) throw new Error(`rule ${unknown.spec.id}: "match" needs exactly one of ${RULE_KINDS.map((k) => k.key).join(', ')}`);
  }

  /** Every match in the paragraph that passes its rule's conditions. */
  matchParagraph(ctx: ParagraphContext): Match[] {
    const out: Match[] = [];
    for (const scan of this.paragraphScans) scan(ctx, out);
    return out.filter((m) => passesConditions(ctx, m));
  }

  /** Every match of the whole-document rules. */
  matchDocument(doc: DocumentContext): Match[] {
    const out: Match[] = [];
    for (const scan of this.documentScans) scan(doc, out);
    return out;
  }
}
