import type { CompiledRule, LocalizedText, Match, RelatedPlace, Span } from '../../model';
import type { DocumentStructure } from '../../structure/document';

/** A check of the speech as a whole, on the document's structure read once for all of them. */
export type StructureRule = (s: DocumentStructure, rule: CompiledRule) => Match[];

/** The document's text at a span, for quoting it in a message. */
export function textAt(s: DocumentStructure, span: Span): string {
  return s.text.slice(span.start, span.end);
}

/** Another place of the document, with what is there. */
export function place(span: Span, message: LocalizedText): RelatedPlace {
  return { start: span.start, end: span.end, message };
}
