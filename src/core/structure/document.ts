import { LineIndex } from '../lineIndex';
import type { DocumentKind } from '../model';
import { draftParagraphs, type DraftParagraph, type ProseSource } from './paragraphs';
import { headingsOf, startsAfresh, type StructureHeading } from './headings';
import { oncePer } from './memo';

/** The speech as structure checks and the outline read it, computed once per check. */
export interface DocumentStructure {
  text: string;
  kind: DocumentKind;
  paragraphs: DraftParagraph[];
  headings: StructureHeading[];
  /** Per paragraph: the index in `headings` of the innermost heading it belongs to (-1: none). */
  sectionOf: Int32Array;
  /** Per paragraph: how many times numbering has started afresh by it (see `startsAfresh`). */
  partOf: Int32Array;
  /** 1-based line of an offset, for messages that name another place. */
  lineOf(offset: number): number;
}

/** The reading of one check's document (the structure rules and the outline share it). */
export const structureOf = oncePer(analyze);

function analyze(doc: ProseSource): DocumentStructure {
  const paragraphs = draftParagraphs(doc);
  const headings = headingsOf(paragraphs);
  const sectionOf = new Int32Array(paragraphs.length).fill(-1);
  const partOf = new Int32Array(paragraphs.length);
  let part = 0;
  let next = 0;
  let current = -1;
  paragraphs.forEach((p, i) => {
    const heading = next < headings.length && headings[next].paragraph === i ? headings[next] : undefined;
    if (heading) current = next++;
    if (startsAfresh(p, heading)) part++;
    partOf[i] = part;
    sectionOf[i] = current;
  });
  let lines: LineIndex | undefined;
  const lineIndex = () => (lines ??= doc.lines?.() ?? new LineIndex(doc.text));
  return {
    text: doc.text,
    kind: doc.kind,
    paragraphs,
    headings,
    sectionOf,
    partOf,
    lineOf: (offset) => lineIndex().position(offset).line,
  };
}
