import type { Match } from '../../model';
import { levelTree, type MarkedHeading } from '../../structure/levels';
import { STANDARD_MARKER, type MarkerLevel } from '../../structure/markers';
import { replaceWith } from '../fixes';
import { place, textAt, type StructureRule } from './rule';

const levelsBetween = (from: number, to: number) =>
  Array.from({ length: to - from - 1 }, (_, k) => `“${STANDARD_MARKER[(from + k + 1) as MarkerLevel]}”`).join('');

/**
 * Levels out of the order GB/T 9704 gives (一、 → （一） → 1. → （1））: a level skipped under its
 * parent, a marked Markdown heading under one of a lower level, and a Markdown heading more than
 * one level deeper than the heading before it.
 */
export const levelSkipped: StructureRule = (s, rule) => {
  const out: Match[] = [];
  const tree = levelTree(s);
  for (const { item, parent } of tree.skipped) {
    const here = textAt(s, item.marker);
    const above = textAt(s, parent.marker);
    const line = s.lineOf(parent.marker.start);
    const missing = levelsBetween(parent.marker.level, item.marker.level);
    out.push({
      rule,
      start: item.marker.start,
      end: item.marker.end,
      message: {
        zh: `层次跳级：“${here}”直接排在第 ${line} 行的“${above}”之下，中间缺${missing}一级（依次为一、（一）1.（1））。`,
        en: `Level skipped: "${here}" sits right under "${above}" (line ${line}) with no ${missing} level between (一、 （一） 1. （1） in turn).`,
      },
      related: [place(parent.marker, { zh: `上一级“${above}”在这里`, en: `The level above, "${above}", is here` })],
    });
  }
  for (const { item, above } of tree.inverted) out.push(inverted(s, rule, item, above));
  let previous: { depth: number; start: number; end: number } | undefined;
  for (const h of s.headings) {
    if (h.headingDepth === undefined) continue;
    const p = s.paragraphs[h.paragraph];
    const hashes = /^ {0,3}(#+)/.exec(p.text);
    const span = hashes ? { start: p.start + hashes[0].length - hashes[1].length, end: p.start + hashes[0].length } : { start: h.title.start, end: h.title.end };
    if (previous && h.headingDepth > previous.depth + 1) {
      const line = s.lineOf(previous.start);
      out.push({
        rule,
        ...span,
        message: {
          zh: `标题跳级：这是 ${h.headingDepth} 级标题，上一个标题（第 ${line} 行）是 ${previous.depth} 级，中间缺 ${previous.depth + 1} 级。`,
          en: `Heading level skipped: a level-${h.headingDepth} heading after a level-${previous.depth} one (line ${line}), with no level ${previous.depth + 1} between.`,
        },
        related: [place(previous, { zh: `上一个标题（${previous.depth} 级）`, en: `The heading before (level ${previous.depth})` })],
      });
    }
    previous = { depth: h.headingDepth, ...span };
  }
  return out;
};

function inverted(s: Parameters<StructureRule>[0], rule: Parameters<StructureRule>[1], item: MarkedHeading, above: MarkedHeading): Match {
  const here = textAt(s, item.marker);
  const over = textAt(s, above.marker);
  const line = s.lineOf(above.marker.start);
  return {
    rule,
    start: item.marker.start,
    end: item.marker.end,
    message: {
      zh: `层次颠倒：“${here}”是第 ${item.marker.level} 层，却排在第 ${line} 行第 ${above.marker.level} 层的“${over}”之下（应为一、→（一）→1.→（1））。`,
      en: `Levels inverted: "${here}" (level ${item.marker.level}) is nested under "${over}" (level ${above.marker.level}, line ${line}); the order is 一、 → （一） → 1. → （1）.`,
    },
    related: [place(above.marker, { zh: `外层标题“${over}”在这里`, en: `The enclosing heading "${over}" is here` })],
  };
}

/**
 * One way of writing each level's marker (1. throughout, not 1、 beside 1.): the markers written
 * the less common way are flagged, with a fix to the common way (GB/T 9704's on a tie). A
 * Markdown marker followed by a space is not fixed: "1. " would start a list.
 */
export const markerStyleMixed: StructureRule = (s, rule) => {
  const out: Match[] = [];
  const items = levelTree(s).items;
  for (const level of [1, 3] as const) {
    const mine = items.filter((h) => h.marker.level === level);
    const counts = new Map<string, MarkedHeading[]>();
    for (const h of mine) counts.set(h.marker.style, [...(counts.get(h.marker.style) ?? []), h]);
    if (counts.size < 2) continue;
    const standard = level === 1 ? '、' : '.';
    const [major, majority] = [...counts].sort((a, b) => b[1].length - a[1].length || Number(b[0] === standard) - Number(a[0] === standard))[0];
    const first = majority[0].marker;
    const line = s.lineOf(first.start);
    for (const [style, group] of counts) {
      if (style === major) continue;
      for (const h of group) {
        const here = textAt(s, h.marker);
        const wanted = here.slice(0, here.length - 1) + textAt(s, first).slice(-1);
        const p = s.paragraphs[h.heading.paragraph];
        const changesList = s.kind === 'markdown' && (p.listMarker !== undefined || /^[ \t]/.test(s.text.slice(h.marker.end, h.marker.end + 1)));
        out.push({
          rule,
          start: h.marker.start,
          end: h.marker.end,
          message: {
            zh: `同一层次的序号写法不一：此处是“${here}”，本稿此层多写作“${textAt(s, first)}”（第 ${line} 行起共 ${majority.length} 处）；应统一为“${wanted}”。`,
            en: `This level's markers are written two ways: "${here}" here, "${textAt(s, first)}" elsewhere (${majority.length}, from line ${line}); write "${wanted}".`,
          },
          fixes: changesList ? [] : [replaceWith(wanted)],
          related: [place(first, { zh: `此层多数写作“${textAt(s, first)}”`, en: `Most markers of this level are written "${textAt(s, first)}"` })],
        });
      }
    }
  }
  return out;
};

/** Standalone headings at the first two levels (一、 and （一）) and Markdown headings ending in 。 */
export const headingFinalPeriod: StructureRule = (s, rule) => {
  const out: Match[] = [];
  for (const h of s.headings) {
    if (!h.standalone) continue;
    if (h.headingDepth === undefined && (!h.marker || h.marker.level > 2)) continue;
    const p = s.paragraphs[h.paragraph];
    const body = p.prose.replace(/[\s#]+$/, '');
    if (!body.endsWith('。')) continue;
    // A paragraph of two sentences, or one with commas ("（一）打造…先行区，在…展现新担当。"), is a statement.
    const words = body.slice((h.marker ? h.marker.end : h.title.start) - p.start, -1);
    if (h.headingDepth === undefined && (/[。！？；，、：]/.test(words) || words.length > 40)) continue;
    const at = p.start + body.length - 1;
    out.push({ rule, start: at, end: at + 1, fixes: [{ title: { zh: '删去标题末尾的句号', en: 'Delete the full stop' }, replacement: '' }] });
  }
  return out;
};
