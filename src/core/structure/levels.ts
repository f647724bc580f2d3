import type { DocumentStructure } from './document';
import type { StructureHeading } from './headings';
import type { LevelMarker, MarkerLevel } from './markers';
import { oncePer } from './memo';

/** A heading with a level marker, placed in the GB/T 9704 hierarchy. */
export interface MarkedHeading {
  heading: StructureHeading;
  marker: LevelMarker;
  /** The nearest heading above it of a higher level (its parent in the hierarchy), if any. */
  parent?: MarkedHeading;
  /** Items of one level under one parent (or at the top of one speech) share a scope. */
  scope: string;
}

/** A level marker whose parent is more than one level up: the levels between are missing. */
export interface SkippedLevel {
  item: MarkedHeading;
  parent: MarkedHeading;
}

/** A marked Markdown heading nested under a marked heading of the same or a lower level. */
export interface InvertedLevel {
  item: MarkedHeading;
  above: MarkedHeading;
}

export interface LevelTree {
  items: MarkedHeading[];
  skipped: SkippedLevel[];
  inverted: InvertedLevel[];
}


function build(s: DocumentStructure): LevelTree {
  const items: MarkedHeading[] = [];
  const skipped: SkippedLevel[] = [];
  const inverted: InvertedLevel[] = [];
  let open: (MarkedHeading | undefined)[] = [];
  let openHeadings: MarkedHeading[] = [];
  let part = -1;
  for (const heading of s.headings) {
    const marker = heading.marker;
    if (!marker) continue;
    if (s.partOf[heading.paragraph] !== part) {
      part = s.partOf[heading.paragraph];
      open = [];
      openHeadings = [];
    }
    const level: MarkerLevel = marker.level;
    let parent: MarkedHeading | undefined;
    for (let k = level - 1; k >= 1 && !parent; k--) parent = open[k];
    const item: MarkedHeading = { heading, marker, parent, scope: `${part}:${parent ? parent.heading.paragraph : 'top'}:${level}` };
    items.push(item);
    if (parent && parent.marker.level < level - 1) skipped.push({ item, parent });
    if (heading.headingDepth !== undefined) {
      openHeadings = openHeadings.filter((h) => h.heading.headingDepth! < heading.headingDepth!);
      const above = openHeadings.at(-1);
      if (above && above.marker.level >= level) inverted.push({ item, above });
      openHeadings.push(item);
    }
    open[level] = item;
    for (let k = level + 1; k <= 4; k++) open[k] = undefined;
  }
  return { items, skipped, inverted };
}

/** The marked headings in their hierarchy, started afresh where the numbering is (see `startsAfresh`). */
export const levelTree = oncePer(build);
