import type { CompiledRule, DocumentKind, Match } from '../../model';
import type { ParagraphContext } from '../../paragraph';
import type { IntentCard } from '../../intentCard';
import type { DraftStats } from '../../stats';
import type { RegexCheck } from '../regexSafety';
import type { LineIndex } from '../../lineIndex';

/** A JSON Schema fragment (draft 2020-12), as plain data. */
export type JsonSchema = { [keyword: string]: unknown };

/** What a whole-document rule sees. */
export interface DocumentContext {
  text: string;
  kind: DocumentKind;
  card?: IntentCard;
  stats: DraftStats;
  /**
   * Prose of each block (markup blanked), with the block's offset in the document and a memo that
   * lasts as long as the block is unchanged (the checker caches blocks by their text).
   */
  prose: { start: number; text: string; memo?: Map<object, unknown> }[];
  speakingRate: number;
  /** Only part of the document (the visible part of a large one): the speech as a whole is unknown. */
  partial: boolean;
  /** The document's lines, built on first use (and shared with the finding pipeline). */
  lines(): LineIndex;
}

interface KindBase {
  /** The key in a rule's `match` that selects this kind, e.g. "phrases". */
  key: string;
  /** One line for the rules documentation. */
  summary: string;
  /** The properties this kind allows in `match` (its key and its options), as JSON Schema. */
  schema: Record<string, JsonSchema>;
  /** The file or folder holding the functions its rules name (for the rules documentation). */
  source?: string;
  /** Checks the schema cannot express (a regex compiles, a named code rule exists); readable errors. */
  validate?(match: Readonly<Record<string, unknown>>, checkRegex: RegexCheck): string[];
}

/** A kind matched paragraph by paragraph; its matches are tested against the rule's conditions. */
export interface ParagraphKind extends KindBase {
  scope: 'paragraph';
  /** Builds one index over all rules of this kind; the scanner appends matches to `out`. */
  compile(rules: readonly CompiledRule[]): (ctx: ParagraphContext, out: Match[]) => void;
}

/** A kind matched once per document; `unless` and `requires` (sentence conditions) do not apply. */
export interface WholeDocumentKind extends KindBase {
  scope: 'document';
  compile(rules: readonly CompiledRule[]): (doc: DocumentContext, out: Match[]) => void;
}

export type RuleKind = ParagraphKind | WholeDocumentKind;
