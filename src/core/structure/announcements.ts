import type { Span } from '../model';
import type { DocumentStructure } from './document';
import { enumerationItems } from './enumerations';
import { levelTree } from './levels';
import { CHINESE_NUMERAL, countValue } from './numerals';
import { kept } from './memo';
import { enumerationScopes, markerScopes, runHolding } from './scopes';

/** "下面我讲三点意见", "抓好以下五项工作", "两个“务必”：": the speech says how many points follow. */
export interface Announcement extends Span {
  count: number;
  paragraph: number;
  /** 两个“务必”: the word each point opens with. */
  term?: string;
}

/** The points that follow an announcement, in order. */
export interface Delivery {
  points: Span[];
}

const COUNT = `(两|${CHINESE_NUMERAL}|\\d{1,2})`;
const ENDS = '(?=[。：:；;，,！!]|$)';
const PATTERNS = [
  // 讲三点意见, 提以下两点要求, 再强调三个问题 (几点 says no number, so it is not read).
  new RegExp(`(?:讲|谈|提|说|强调|讲讲|谈谈|提出)(?:以下|这么|这样)?${COUNT}(?:点|个方面|个问题|条)(?:意见|要求|看法|体会|想法|建议|希望)?${ENDS}`, 'g'),
  // 抓好以下五项工作, 做好如下三个方面, 要聚力抓好八个方面工作
  new RegExp(`(?:(?:以下|如下|下面)的?|(?:抓好|做好|干好|办好|突出|聚焦|把握好)(?:以下|如下|下面)?的?)${COUNT}(?:项|个方面|件|条|点|个问题|方面)(?:重点)?(?:工作|任务|措施|事情|事|要求|意见|内容)?${ENDS}`, 'g'),
];
/** 两个“务必”：, 三个“坚持”： (only with the colon: named without it, the points are not listed). */
const TERMED = new RegExp(`${COUNT}个“([^“”\\s]{1,8})”(?=[：:])`, 'g');

/** The announcements in one paragraph's prose, offsets relative to it. */
function announcedIn(prose: string): Omit<Announcement, 'paragraph'>[] {
  const found: Omit<Announcement, 'paragraph'>[] = [];
  if (!/[点项个条件]/.test(prose)) return found;
  for (const re of [...PATTERNS, TERMED]) {
    re.lastIndex = 0;
    for (let m = re.exec(prose); m; m = re.exec(prose)) {
      const count = countValue(m[1]);
      if (!count || count < 2) continue;
      found.push({ start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].length, count, term: re === TERMED ? m[2] : undefined });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Every announcement in the document, in order. */
export function announcements(s: DocumentStructure): Announcement[] {
  return s.paragraphs.flatMap((p, paragraph) => kept(p.memo, announcedIn, () => announcedIn(p.prose)).map((a) => ({ ...a, start: p.start + a.start, end: p.start + a.end, paragraph })));
}

/**
 * What follows an announcement: the first enumeration after it in its paragraph (一是…, 第一…,
 * 首先…), else the points opening with its term (务必…，务必…), else a run that starts in the next
 * paragraph (一、 or （一） headings, or paragraphs opening 一是/第一/首先). Undefined when
 * nothing numbered follows at once: the points cannot be counted.
 */
export function deliveryOf(s: DocumentStructure, a: Announcement): Delivery | undefined {
  const items = enumerationItems(s);
  const firstAfter = items.find((i) => i.paragraph === a.paragraph && i.start >= a.end && i.value === 1);
  if (firstAfter) return run(runHolding(enumerationScopes(s), firstAfter));
  const p = s.paragraphs[a.paragraph];
  if (a.term) {
    const termed = termPoints(p.prose, p.start, a.end - p.start, a.term);
    if (termed.length > 0) return { points: termed };
  }
  const next = a.paragraph + 1;
  if (next >= s.paragraphs.length) return undefined;
  const heading = levelTree(s).items.find((h) => h.heading.paragraph === next);
  if (heading) return heading.marker.value === 1 ? run(runHolding(markerScopes(s), heading)?.map((h) => h.marker)) : undefined;
  const opener = items.find((i) => i.paragraph === next && i.opensParagraph);
  if (opener) return opener.value === 1 ? run(runHolding(enumerationScopes(s), opener)) : undefined;
  if (a.term) {
    const points: Span[] = [];
    for (let k = next; k < s.paragraphs.length; k++) {
      const q = s.paragraphs[k];
      if (!q.prose.startsWith(a.term, q.contentStart - q.start)) break;
      points.push({ start: q.contentStart, end: q.contentStart + a.term.length });
    }
    if (points.length > 0) return { points };
  }
  return undefined;
}

function run(points: Span[] | undefined): Delivery | undefined {
  return points && points.length > 0 ? { points } : undefined;
}

/** The places after `from` in a paragraph where a clause opens with `term`. */
function termPoints(prose: string, base: number, from: number, term: string): Span[] {
  const points: Span[] = [];
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<=[：:，,；;。][\\s\\u3000]*)${escaped}`, 'g');
  re.lastIndex = from;
  for (let m = re.exec(prose); m; m = re.exec(prose)) points.push({ start: base + m.index, end: base + m.index + term.length });
  return points;
}
