import type { Category, LocalizedText, Severity } from '../findings';

/** One step of a token sequence: a token equal to one of `words`, matching `regex`, or tagged `tag`. */
export interface SequenceStep {
  words?: string[];
  regex?: string;
  /** jieba part-of-speech tag prefix, e.g. "m" (numeral), "r" (pronoun), "v" (verb). */
  tag?: string;
  optional?: boolean;
  /** Tokens that may stand between the previous step and this one (default 0). */
  gap?: number;
}

/** What a rule matches. Exactly one of the fields is set. */
export interface RuleMatch {
  /** Whole-word phrases: a phrase matches only where it starts and ends on token boundaries. */
  phrases?: string[];
  /** A run of tokens. Whitespace tokens are skipped. */
  sequence?: SequenceStep[];
  /** A regular expression over the paragraph's prose text (Unicode mode). */
  regex?: string;
  /** With `regex`: the match must start and end on token boundaries. */
  wholeWord?: boolean;
  /** A rule whose logic is code, named in `src/core/rules/code/index.ts`. */
  code?: string;
  /** A rule over the whole document (length, intent card), named in `src/core/rules/document.ts`. */
  document?: string;
}

/** Conditions under which a match is not a finding. */
export interface RuleExceptions {
  /** Regex tested against the text of the sentence before the match (anchored at its end). */
  before?: string;
  /** Regex tested against the text of the sentence after the match (anchored at its start). */
  after?: string;
  /** Regex tested against the whole sentence. */
  sentence?: string;
  /**
   * Drop matches inside quotation marks: quoted speech is not the drafter's own voice.
   * Default: true for the voice categories, false for punctuation, number, noise and wording.
   */
  quoted?: boolean;
}

export interface RuleFix {
  /** Replacement text; `$&` is the matched text. */
  replace?: string;
  /** Per matched text replacement. */
  replaceMap?: Record<string, string>;
  /** Delete the match (and a comma right after it when the match opens a clause). */
  delete?: boolean;
  title?: LocalizedText;
}

export interface RuleSpec {
  id: string;
  category: Category;
  severity: Severity;
  /** Pattern ids in the domain brief this rule implements (e.g. "A1"). */
  brief?: string[];
  message: LocalizedText;
  /** Why, with the guidance it comes from; shown in hovers and the rule docs. */
  guidance: LocalizedText;
  match: RuleMatch;
  /** The sentence must also match this regex (e.g. a hedge attached to a requirement). */
  requires?: string;
  /** The text of the sentence before the match must end with this regex (e.g. the match opens a clause). */
  requiresBefore?: string;
  /** The text of the sentence after the match must start with this regex (e.g. a hedge before 要). */
  requiresAfter?: string;
  unless?: RuleExceptions;
  fix?: RuleFix;
  examples: { bad: string[]; good: string[] };
}

export interface RulePack {
  name: string;
  description?: string;
  rules: RuleSpec[];
}
