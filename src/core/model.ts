/**
 * The core's shared types and the category table. This module imports nothing, so every other
 * module can depend on it without creating a cycle.
 *
 * Spans inside the core are `{ start, end }` in UTF-16 code units; `offset`/`length` appear only
 * at the command line's JSON and SARIF boundary.
 */

export type Locale = 'zh' | 'en';

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface Span {
  start: number;
  end: number;
}

export type DocumentKind = 'markdown' | 'plaintext';

export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type Level = Severity | 'off';

/** What each category is and how the engine and the editor treat it. */
export interface CategoryTraits {
  name: LocalizedText;
  /** Drift from the leader's voice: quoted speech is someone else's and is not checked by default. */
  voice: boolean;
  /** Findings on words and register: the matched words can be allowed, and they count as drift in accuracy figures. */
  register: boolean;
  /** Fixed by "clean pasted text". */
  pasteCleanup: boolean;
  /** The drafter's own idea or voice: the sentence can move to the drafting notes (起草说明) as a suggestion. */
  toNotes: boolean;
  /**
   * Its fixes change the form only (marks, digits, noise), never what the speech says, so fix-all
   * and `speech-draft fix` apply them; a rule's `fix.safe` overrides this. Voice fixes are applied
   * one at a time, where the drafter reads them.
   */
  formFixes: boolean;
  /** Text that is not the drafter's (pasted noise): removing it is safe even in a sentence left for rewriting. */
  foreign: boolean;
}

const voice = { voice: true, register: true, pasteCleanup: false, toNotes: false, formFixes: false, foreign: false };
const norm = { voice: false, register: false, pasteCleanup: false, toNotes: false, formFixes: false, foreign: false };

/** The categories in the order reviews list them. */
export const CATEGORY_TABLE = {
  'self-reference': { ...voice, toNotes: true, name: { zh: '起草人自称与草稿痕迹', en: 'Drafter self-reference and leftovers' } },
  opinion: { ...voice, toNotes: true, name: { zh: '个人观点（私货）', en: "The drafter's opinions" } },
  hedge: { ...voice, toNotes: true, name: { zh: '含糊其辞', en: 'Hedging' } },
  complaint: { ...voice, name: { zh: '牢骚怪话', en: 'Complaints' } },
  gossip: { ...voice, name: { zh: '议论是非', en: 'Gossip and taking sides' } },
  arrogance: { ...voice, name: { zh: '盛气凌人', en: 'Arrogance toward the public' } },
  overstep: { ...voice, toNotes: true, name: { zh: '越位（二首长）', en: 'Overstepping ("second boss")' } },
  colloquial: { ...voice, name: { zh: '口语与网络用语', en: 'Slang and colloquialisms' } },
  punctuation: { ...norm, pasteCleanup: true, formFixes: true, name: { zh: '标点符号', en: 'Punctuation' } },
  number: { ...norm, formFixes: true, name: { zh: '数字用法', en: 'Numbers' } },
  noise: { ...norm, pasteCleanup: true, formFixes: true, foreign: true, name: { zh: '干扰字符', en: 'Pasted noise' } },
  wording: { ...norm, register: true, name: { zh: '用语规范', en: 'Wording' } },
  // The speech as a whole (levels, numbering, announced counts): a check of the outline, not of
  // words, so it is switched off or on as one when the outline is still in flux.
  structure: { ...norm, name: { zh: '结构与序号', en: 'Structure and numbering' } },
} as const satisfies Record<string, CategoryTraits>;

export type Category = keyof typeof CATEGORY_TABLE;
export const CATEGORIES = Object.keys(CATEGORY_TABLE) as Category[];

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && Object.hasOwn(CATEGORY_TABLE, value);
}

/** A fix as the engine keeps it, in both languages: it replaces exactly its match. */
export interface LocalizedFix {
  title: LocalizedText;
  replacement: string;
}

/** A fix replaces exactly the finding's range with `replacement` ("" deletes it). */
export interface Fix {
  title: string;
  replacement: string;
  /** It cannot change what the speech says: fix-all and `speech-draft fix` may apply it. */
  safe: boolean;
}

/** Conditions under which a match is not a finding. */
export interface RuleExceptions {
  /** Regex tested against the text of the sentence before the match (anchored at its end). */
  before?: string;
  /** Regex tested against the text of the sentence after the match (anchored at its start). */
  after?: string;
  /** Regex tested against the whole sentence. */
  sentence?: string;
  /** Regex tested against jieba's part-of-speech tag of the word just before the match (e.g. "^v": after a verb). */
  beforeTag?: string;
  /** Regex tested against the tag of the word just after the match. */
  afterTag?: string;
  /** Drop matches inside quotation marks (default: the category's `voice` trait). */
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
  /** The fix changes the form only (a typo, a doubled character), so fix-all applies it; default: the category's `formFixes`. */
  safe?: boolean;
}

export interface RuleExamples {
  /** Sentences the rule flags. */
  bad: string[];
  /** Sentences the rule leaves alone. */
  good: string[];
  /** `[text, covered]`: the rule flags text exactly once, exactly at `covered`. */
  marks?: [string, string][];
  /** `[text, after]`: the rule flags text once, and its first fix turns text into `after`. */
  fixed?: [string, string][];
}

/**
 * A rule as written in a pack. `match` holds exactly one rule kind's key (`phrases`, `sequence`,
 * `regex`, `code`, `document`…) with that kind's options; each kind reads and validates its own.
 */
export interface RuleSpec {
  id: string;
  /** A short name (作者自称), shown in quick fixes, hovers, the rule picker and the docs; the id when absent. */
  title?: LocalizedText;
  category: Category;
  severity: Severity;
  /** Pattern ids in the domain brief this rule implements (e.g. "A1"). */
  brief?: string[];
  /** What is wrong and what to do; `{text}` stands for the matched text. */
  message: LocalizedText;
  /** Why, with the guidance it comes from; shown in hovers and the rule docs. */
  guidance: LocalizedText;
  match: Readonly<Record<string, unknown>>;
  /** The sentence must also match this regex (e.g. a hedge attached to a requirement). */
  requires?: string;
  /** The text of the sentence before the match must end with this regex. */
  requiresBefore?: string;
  /** The text of the sentence after the match must start with this regex. */
  requiresAfter?: string;
  unless?: RuleExceptions;
  fix?: RuleFix;
  /** Reported only where no other rule of its category already flags the same words. */
  backstop?: boolean;
  examples: RuleExamples;
}

export interface RulePack {
  name: string;
  description?: string;
  rules: RuleSpec[];
}

/** A rule with its conditions compiled. */
export interface CompiledRule {
  spec: RuleSpec;
  before?: RegExp;
  after?: RegExp;
  sentence?: RegExp;
  beforeTag?: RegExp;
  afterTag?: RegExp;
  requires?: RegExp;
  requiresBefore?: RegExp;
  requiresAfter?: RegExp;
  skipQuoted: boolean;
}

/** The other place a finding concerns ("announced here, delivered there"), with what happens there. */
export interface RelatedPlace extends Span {
  message: LocalizedText;
}

/**
 * What every rule kind produces: a rule matched at a span (of a paragraph, a block or the
 * document, as the stage says), before configuration is applied.
 */
export interface Match extends Span {
  rule: CompiledRule;
  /** Overrides the rule's message (rules that say what exactly is wrong). */
  message?: LocalizedText;
  /** Overrides the fixes the rule's `fix` would give. */
  fixes?: LocalizedFix[];
  /** Other places of the document the finding concerns (whole-document rules only). */
  related?: RelatedPlace[];
}

/** A related place as a finding reports it: localized and placed like the finding. */
export interface RelatedLocation extends Span {
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A finding as the checker reports it: configured, localized and placed in the document. */
export interface Finding extends Span {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  /** The text the finding covers, as it was when checked (a stale finding must not edit). */
  text: string;
  /** 1-based line and column of `start` (column in UTF-16 code units). */
  line: number;
  column: number;
  /** 1-based line and column of `end`. */
  endLine: number;
  endColumn: number;
  fixes: Fix[];
  /** Other places the finding concerns (its message names them too); empty for most findings. */
  related: RelatedLocation[];
}

/** A word from the segmenter with its place in the text. */
export interface Token extends Span {
  text: string;
}

export interface Segmenter {
  /** Loads the dictionaries now instead of at the first cut; throws a `DictionaryError` for a file that cannot be used. */
  load?(): void;
  /** Splits text into tokens that rejoin to exactly the input. */
  cut(text: string): Token[];
  /** Part-of-speech tags for the tokens of text, keyed by token start offset. */
  tags(text: string): Map<number, string>;
  /** The tag of a word seen by an earlier `tags()` call, if the tag depends on the word alone. */
  knownTag?(word: string): string | undefined;
}
