import type { LineIndex } from '../lineIndex';
import type { DocumentKind, Span } from '../model';
import { kept, type Memo } from './memo';

/**
 * A paragraph of the draft as structure checks see it: a line of plain text, or a Markdown
 * paragraph, heading, list item or table row (soft-wrapped lines joined). Offsets are the
 * document's.
 */
export interface DraftParagraph extends Span {
  /** The paragraph's prose (markup blanked to spaces), the same length as `end - start`. */
  prose: string;
  /** The document's text of the paragraph (markup included). */
  text: string;
  /** Where the prose begins: after indentation and markup such as `#`, `-`, `>` or `**`. */
  contentStart: number;
  /** 1–6 for a Markdown heading. */
  headingDepth?: number;
  /** A Markdown ordered-list marker (`3.`), which the prose blanks out: its digits' span and value. */
  listMarker?: Span & { value: number; delimiter: string };
  /** What checks found in this paragraph alone, kept while its block is unchanged (see `kept`). */
  memo: Memo;
}

/** What the structure checks read from a document (the rules' DocumentContext carries these). */
export interface ProseSource {
  text: string;
  kind: DocumentKind;
  /** Each block's prose; `memo` lasts as long as the block's text does (the checker's block cache). */
  prose: { start: number; text: string; memo?: Memo }[];
  /** The document's lines, if the caller has them built already. */
  lines?(): LineIndex;
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
/** A line that starts a Markdown construct of its own: heading, list item, table row, quote. */
const STARTS_CONSTRUCT = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|[-+*][ \t]|\d{1,9}[.)][ \t]|\||>)/;
const ORDERED_ITEM = /^((?:[ \t]*>)*[ \t]*)(\d{1,9})[.)](?=[ \t])/;

const isBlank = (s: string) => !/\S/.test(s);

/** The paragraphs of one block, offsets relative to the block; lines with no prose (code, comments, blank) are skipped. */
function blockParagraphs(prose: string, text: string, kind: DocumentKind): DraftParagraph[] {
  const out: DraftParagraph[] = [];
  let previous: DraftParagraph | undefined;
  let lineStart = 0;
  while (lineStart < prose.length) {
    let lineEnd = prose.indexOf('\n', lineStart);
    const next = lineEnd < 0 ? prose.length : lineEnd + 1;
    if (lineEnd < 0) lineEnd = prose.length;
    if (lineEnd > lineStart && prose[lineEnd - 1] === '\r') lineEnd--;
    const lineProse = prose.slice(lineStart, lineEnd);
    const lineText = text.slice(lineStart, lineEnd);
    if (isBlank(lineProse)) {
      // A setext underline makes the paragraph above it a heading.
      const underline = kind === 'markdown' && previous && !previous.headingDepth ? SETEXT_UNDERLINE.exec(lineText) : null;
      if (underline && previous) previous.headingDepth = underline[1][0] === '=' ? 1 : 2;
      previous = undefined;
    } else if (kind === 'markdown' && previous && !previous.headingDepth && !STARTS_CONSTRUCT.test(lineText)) {
      // A soft-wrapped line continues the paragraph above it.
      previous.prose += text.slice(previous.end, lineStart).replace(/[^\r\n]/g, ' ') + lineProse;
      previous.text = text.slice(previous.start, lineEnd);
      previous.end = lineEnd;
    } else {
      const paragraph: DraftParagraph = { start: lineStart, end: lineEnd, prose: lineProse, text: lineText, contentStart: lineStart + lineProse.search(/\S/), memo: new Map() };
      if (kind === 'markdown') {
        const heading = ATX_HEADING.exec(lineText);
        if (heading) paragraph.headingDepth = heading[1].length;
        const item = ORDERED_ITEM.exec(lineText);
        if (item) {
          const digits = lineStart + item[1].length;
          paragraph.listMarker = { value: Number(item[2]), start: digits, end: digits + item[2].length, delimiter: lineText[item[0].length - 1] };
        }
      }
      out.push(paragraph);
      previous = paragraph;
    }
    lineStart = next;
  }
  return out;
}

/** The document's paragraphs in order, each block's worked out once while it is unchanged. */
export function draftParagraphs(doc: ProseSource): DraftParagraph[] {
  const out: DraftParagraph[] = [];
  for (const block of doc.prose) {
    const text = () => doc.text.slice(block.start, block.start + block.text.length);
    const relative = block.memo ? kept(block.memo, blockParagraphs, () => blockParagraphs(block.text, text(), doc.kind)) : blockParagraphs(block.text, text(), doc.kind);
    const at = block.start;
    relative.forEach((p, i) => {
      const placed: DraftParagraph = {
        ...p,
        start: p.start + at,
        end: p.end + at,
        contentStart: p.contentStart + at,
        ...(p.listMarker ? { listMarker: { ...p.listMarker, start: p.listMarker.start + at, end: p.listMarker.end + at } } : {}),
      };
      const previous = out[out.length - 1];
      if (i === 0 && previous && continues(doc, previous, placed)) out[out.length - 1] = joined(doc, previous, placed);
      else out.push(placed);
    });
  }
  return out;
}

/**
 * A Markdown paragraph written over several lines may be cut into blocks (the checker cuts where
 * the lines parse alike either way): its next line continues it when only a line break lies
 * between and neither side is a heading or starts a construct of its own.
 */
function continues(doc: ProseSource, previous: DraftParagraph, next: DraftParagraph): boolean {
  return doc.kind === 'markdown' && previous.headingDepth === undefined && next.headingDepth === undefined &&
    /^(?:\r\n|\r|\n)$/.test(doc.text.slice(previous.end, next.start)) && !STARTS_CONSTRUCT.test(next.text);
}

/** The two as one paragraph; what was kept for either does not hold for both, so it starts afresh. */
function joined(doc: ProseSource, previous: DraftParagraph, next: DraftParagraph): DraftParagraph {
  const lineBreak = doc.text.slice(previous.end, next.start);
  return { ...previous, end: next.end, prose: previous.prose + lineBreak + next.prose, text: doc.text.slice(previous.start, next.end), memo: new Map() };
}
