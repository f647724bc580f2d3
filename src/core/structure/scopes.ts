import type { DocumentStructure } from './document';
import { enumerationItems, type EnumerationItem } from './enumerations';
import { levelTree, type MarkedHeading } from './levels';
import { oncePer } from './memo';
import { runsOf, type Numbered } from './numbering';

/** Items numbered together, in reading order: one level under one parent, or one family in one section. */
export type Scope<T> = Numbered<T>[];

function grouped<T>(items: readonly T[], key: (item: T) => string, value: (item: T) => number): Scope<T>[] {
  const scopes = new Map<string, Scope<T>>();
  for (const item of items) {
    const k = key(item);
    let scope = scopes.get(k);
    if (!scope) scopes.set(k, (scope = []));
    scope.push({ value: value(item), item });
  }
  return [...scopes.values()];
}

/** The marked headings by scope: each level under each parent, per part of the document. */
export const markerScopes = oncePer((s: DocumentStructure): Scope<MarkedHeading>[] => grouped(levelTree(s).items, (h) => h.scope, (h) => h.marker.value));

/** The enumeration items by scope: one family within one section of one part (首先…最后 included). */
export const enumerationScopes = oncePer((s: DocumentStructure): Scope<EnumerationItem>[] =>
  grouped(enumerationItems(s), (item) => `${s.partOf[item.paragraph]}:${s.sectionOf[item.paragraph]}:${item.family}`, (item) => item.value));

/** The run (see `runsOf`) that holds `item`, among the runs of the given scopes. */
export function runHolding<T>(scopes: readonly Scope<T>[], item: T): T[] | undefined {
  for (const scope of scopes) {
    if (!scope.some((e) => e.item === item)) continue;
    return runsOf(scope).find((run) => run.some((e) => e.item === item))?.map((e) => e.item);
  }
  return undefined;
}
