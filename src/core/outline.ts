import type { Span } from './model';
import { countSpokenCharacters, minutesAt } from './stats';
import type { DocumentStructure } from './structure/document';
import { kept } from './structure/memo';
import type { DraftParagraph } from './structure/paragraphs';

/** A stretch of text with its length read aloud. */
export interface Stretch extends Span {
  line: number;
  endLine: number;
  characters: number;
  minutes: number;
}

/** A part of the speech: a heading and everything up to the next heading of its rank or higher. */
export interface OutlinePart extends Span {
  /** The heading as a reader names it: "二、压实安全责任", "（一）经济运行稳进提质". */
  title: string;
  /** Where the heading is (the outline selects it). */
  heading: Span;
  /** 1-based lines of the part's first and last paragraph. */
  line: number;
  endLine: number;
  /** Characters read aloud in the part, its subparts included. */
  characters: number;
  /** Speaking time at the configured rate. */
  minutes: number;
  children: OutlinePart[];
  /** The part's own text before its first subpart, its heading included (a title's 同志们：…). */
  lead?: Stretch;
}

/** The speech's parts with their speaking time. */
export interface Outline {
  /** The text before the first heading (the opening: 同志们：…), when there are headings and it has some. */
  opening?: Stretch;
  parts: OutlinePart[];
  characters: number;
  minutes: number;
  speakingRate: number;
}

const MAX_TITLE = 40;

/** The parts of the speech (Markdown headings, 一、（一）1.（1） paragraphs), nested by rank. */
export function outlineOf(s: DocumentStructure, speakingRate: number): Outline {
  const { paragraphs, headings } = s;
  // Spoken characters before paragraph i, so any run of paragraphs is counted at once.
  const before = new Float64Array(paragraphs.length + 1);
  paragraphs.forEach((p, i) => (before[i + 1] = before[i] + kept(p.memo, countSpokenCharacters, () => countSpokenCharacters(p.prose))));
  const characters = (from: number, to: number) => before[to] - before[from];
  const total = characters(0, paragraphs.length);

  const roots: OutlinePart[] = [];
  const open: { part: OutlinePart; rank: number }[] = [];
  const stretch = (from: number, to: number): Stretch | undefined => {
    const count = characters(from, to);
    if (from >= to || count === 0) return undefined;
    const first = paragraphs[from];
    const last = paragraphs[to - 1];
    return { start: first.start, end: last.end, line: s.lineOf(first.start), endLine: s.lineOf(last.end), characters: count, minutes: minutesAt(count, speakingRate) };
  };
  const headingParagraph = new Map<OutlinePart, number>();
  const close = (to: number) => {
    const { part } = open.pop()!;
    const from = headingParagraph.get(part)!;
    const last = paragraphs[to - 1];
    part.end = last.end;
    part.endLine = s.lineOf(last.end);
    part.characters = characters(from, to);
    part.minutes = minutesAt(part.characters, speakingRate);
    if (part.children.length > 0) part.lead = stretch(from, headingParagraph.get(part.children[0])!);
  };
  for (const h of headings) {
    while (open.length > 0 && open[open.length - 1].rank >= h.rank) close(h.paragraph);
    const p = paragraphs[h.paragraph];
    const part: OutlinePart = { title: titleOf(p, h.title), heading: h.title, start: p.start, end: p.end, line: s.lineOf(p.start), endLine: 0, characters: 0, minutes: 0, children: [] };
    (open.length > 0 ? open[open.length - 1].part.children : roots).push(part);
    open.push({ part, rank: h.rank });
    headingParagraph.set(part, h.paragraph);
  }
  while (open.length > 0) close(paragraphs.length);

  const opening = headings.length > 0 ? stretch(0, headings[0].paragraph) : undefined;
  return { opening, parts: roots, characters: total, minutes: minutesAt(total, speakingRate), speakingRate };
}

/** Chinese characters and full-width marks, between which a space is only blanked markup. */
const WIDE = '[\\u3000-\\u9fff\\uf900-\\uffef]';
const MARKUP_GAP = new RegExp(`(?<=${WIDE}) (?=${WIDE})`, 'g');

/** The heading's words with markup blanked and spaces collapsed (a Markdown list keeps its "3."). */
function titleOf(p: DraftParagraph, span: Span): string {
  const words = p.prose.slice(span.start - p.start, span.end - p.start).replace(/\s+/g, ' ').replace(MARKUP_GAP, '').trim();
  const title = p.listMarker ? `${p.listMarker.value}. ${words}` : words;
  return title.length > MAX_TITLE ? title.slice(0, MAX_TITLE - 1) + '…' : title;
}

/**
 * The parts a chart of the speech shows: the top parts with the opening before them, or, when
 * one part (the title) holds all the rest, its subparts with its lead.
 */
export function chartParts(outline: Outline): { opening?: Stretch; parts: OutlinePart[] } {
  if (outline.parts.length === 1 && outline.parts[0].children.length > 0 && !outline.opening) {
    return { opening: outline.parts[0].lead, parts: outline.parts[0].children };
  }
  return { opening: outline.opening, parts: outline.parts };
}

/** The innermost part holding a 1-based line, with the parts above it (outermost first). */
export function partsAt(outline: Outline, line: number): OutlinePart[] {
  const path: OutlinePart[] = [];
  let level = outline.parts;
  for (;;) {
    const part = level.find((p) => p.line <= line && line <= p.endLine);
    if (!part) return path;
    path.push(part);
    level = part.children;
  }
}
