import { announcedCount } from './announced';
import { headingFinalPeriod, levelSkipped, markerStyleMixed } from './levels';
import { unpairedMark } from './marks';
import { ordinalOrder, sequenceNumbering } from './numbering';
import { repeatedOpening } from './openings';
import type { StructureRule } from './rule';

/** Checks of the speech as a whole; a rule pack names them in `match.structure`. */
export const STRUCTURE_RULES: Record<string, StructureRule> = {
  levelSkipped,
  markerStyleMixed,
  headingFinalPeriod,
  sequenceNumbering,
  ordinalOrder,
  announcedCount,
  unpairedMark,
  repeatedOpening,
};
