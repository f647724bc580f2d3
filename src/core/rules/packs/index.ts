import type { RulePack, RuleSpec } from '../../model';
import selfReference from './self-reference.json';
import opinion from './opinion.json';
import hedge from './hedge.json';
import complaint from './complaint.json';
import gossip from './gossip.json';
import arrogance from './arrogance.json';
import overstep from './overstep.json';
import colloquial from './colloquial.json';
import punctuation from './punctuation.json';
import number from './number.json';
import noise from './noise.json';
import wording from './wording.json';
import intentCard from './intent-card.json';
import structure from './structure.json';

/** The built-in rule packs, one per category (plus the intent-card checks and the speech's structure). */
export const BUILT_IN_PACKS = [
  selfReference, opinion, hedge, complaint, gossip, arrogance, overstep, colloquial,
  punctuation, number, noise, wording, intentCard, structure,
] as unknown as RulePack[];

export function builtInRules(): RuleSpec[] {
  return BUILT_IN_PACKS.flatMap((p) => p.rules);
}
