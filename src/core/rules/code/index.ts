import type { ParagraphContext } from '../../paragraph';
import type { CompiledRule, Match } from '../../model';
import { halfWidthPunctuation, asciiQuotes, bookTitleForEvent } from './punctuation';
import { jammerNoise } from './noise';
import { fixedSeriesOrder } from './fixedSeries';
import { shortYear, rangeUnit, mixedLargeNumber, fullWidthDigits } from './numbers';
import { spacesBetweenChinese, doubledPunctuation } from './typography';
import { doubledWord } from './repetition';
import { sloganRun, stockPhraseRepeated } from './slogans';

export type CodeRule = (ctx: ParagraphContext, rule: CompiledRule) => Match[];

/** Rules whose logic cannot be data; a rule pack names them in `match.code`. */
export const CODE_RULES: Record<string, CodeRule> = {
  halfWidthPunctuation,
  asciiQuotes,
  jammerNoise,
  fixedSeriesOrder,
  bookTitleForEvent,
  shortYear,
  rangeUnit,
  mixedLargeNumber,
  sloganRun,
  stockPhraseRepeated,
  spacesBetweenChinese,
  doubledPunctuation,
  fullWidthDigits,
  doubledWord,
};
