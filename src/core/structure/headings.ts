import type { Span } from '../model';
import { levelMarkerOf, type LevelMarker } from './markers';
import type { DraftParagraph } from './paragraphs';

/**
 * A part of the speech that opens a paragraph: a Markdown heading, a paragraph opening with a
 * GB/T 9704 level marker ("一、", "（二）", "3.", "（4）"), or both (`## 一、总体要求`).
 */
export interface StructureHeading {
  /** Index of its paragraph in the document's paragraphs. */
  paragraph: number;
  marker?: LevelMarker;
  headingDepth?: number;
  /** Nesting rank: a Markdown heading's depth (1–6); a marked paragraph ranks below every heading. */
  rank: number;
  /** The title as the outline shows it: marker and words up to the first 。；：！？ (or the heading's text). */
  title: Span;
  /** The title is the whole paragraph (a heading on its own line), not run into the body text. */
  standalone: boolean;
}

/** Marked paragraphs rank below the six Markdown heading depths, by level. */
const MARKED_PARAGRAPH_RANK = 6;
const TITLE_END = /[。；;：:！!？?]/;

/** The heading that opens this paragraph, if it opens with one (`previousLevel3`: see `levelMarkerOf`). */
function headingOf(paragraph: DraftParagraph, index: number, previousLevel3: number | undefined): StructureHeading | undefined {
  const marker = levelMarkerOf(paragraph, previousLevel3);
  const depth = paragraph.headingDepth;
  if (!marker && depth === undefined) return undefined;
  const from = marker ? marker.start : paragraph.contentStart;
  const body = paragraph.prose.slice(from - paragraph.start).replace(/[\s#]+$/, '');
  const stop = depth === undefined ? body.slice(marker ? marker.end - from : 0).search(TITLE_END) : -1;
  const titleLength = stop < 0 ? body.length : stop + (marker ? marker.end - from : 0);
  const standalone = depth !== undefined || stop < 0 || stop + (marker ? marker.end - from : 0) + 1 === body.length;
  return {
    paragraph: index,
    marker,
    headingDepth: depth,
    rank: depth ?? MARKED_PARAGRAPH_RANK + marker!.level,
    title: { start: from, end: from + titleLength },
    standalone,
  };
}

/** Every heading of the document, in order. */
export function headingsOf(paragraphs: readonly DraftParagraph[]): StructureHeading[] {
  const out: StructureHeading[] = [];
  let level3: number | undefined;
  paragraphs.forEach((p, i) => {
    const h = headingOf(p, i, level3);
    if (!h) return;
    out.push(h);
    if (h.marker?.level === 3) level3 = h.marker.value;
    else if (h.marker && h.marker.level < 3) level3 = undefined;
  });
  return out;
}

const ADDRESSEE = /同志们|代表|委员|朋友们|来宾|女士们|先生们|同学们|老师们|企业家们/;

/** "同志们：", "各位代表：": a speech begins here. */
function isSalutation(line: string): boolean {
  return line.length <= 60 && /[：:]$/.test(line) && !/[。！？]/.test(line) && ADDRESSEE.test(line);
}

/** A short line with no punctuation that is no heading of the kinds above: "名词解释", "附件2". */
function isTitleLine(line: string): boolean {
  return line.length <= 30 && !/[。，、；：！？,;:!?]/.test(line) && /[\u4e00-\u9fff].*[\u4e00-\u9fff]/.test(line);
}

/**
 * Where the numbering starts afresh: at a salutation (a speech begins), at a title line of plain
 * text ("附件2 名词解释") and at a Markdown heading with no level marker ("## 附件"). What
 * follows is not numbered under the levels before it.
 */
export function startsAfresh(paragraph: DraftParagraph, heading: StructureHeading | undefined): boolean {
  if (heading?.marker) return false;
  if (heading) return true;
  // Most paragraphs are too long to be either; they are not trimmed and tested.
  if (paragraph.end - paragraph.contentStart > 80) return false;
  const line = paragraph.prose.trim();
  return isSalutation(line) || isTitleLine(line);
}
