import type { Fix, Locale, LocalizedFix, Match } from '../model';

/** A fix that writes `replacement` in place of the match, titled in both languages. */
export function replaceWith(replacement: string): LocalizedFix {
  return { title: { zh: `改为“${replacement}”`, en: `Replace with “${replacement}”` }, replacement };
}

const CLAUSE_START = /(^|[。！？；：，、\s])$/;
/** A word that needs what follows it (需要和可能 → 需要和): deleting up to a mark would leave it dangling. */
const NEEDS_WHAT_FOLLOWS = /[和与及或的之把被对在向给让将从]$/;
const MARK_OR_END = /^(?:[，。！？；：、,.!?;:）)”’]|\s*$)/;

/**
 * A paragraph match with the fixes its rule offers, in both languages. Deleting a clause opener
 * (我认为，…) also takes the comma after it, so the match grows by that comma.
 */
export function withFixes(m: Match, paragraph: string): Match & { fixes: LocalizedFix[] } {
  if (m.fixes) return m as Match & { fixes: LocalizedFix[] };
  const fix = m.rule.spec.fix;
  if (!fix) return { ...m, fixes: [] };
  const matched = paragraph.slice(m.start, m.end);
  if (fix.delete) {
    const end = /^[，,]/.test(paragraph.slice(m.end)) && CLAUSE_START.test(paragraph.slice(0, m.start)) ? m.end + 1 : m.end;
    // No fix that leaves broken text: the words before would lose what they need.
    if (NEEDS_WHAT_FOLLOWS.test(paragraph.slice(0, m.start)) && MARK_OR_END.test(paragraph.slice(end))) return { ...m, fixes: [] };
    return { ...m, end, fixes: [{ title: fix.title ?? { zh: `删除“${matched}”`, en: `Delete “${matched}”` }, replacement: '' }] };
  }
  const mapped = fix.replaceMap && Object.hasOwn(fix.replaceMap, matched) ? fix.replaceMap[matched] : undefined;
  const replacement = mapped ?? (fix.replace !== undefined ? fix.replace.replace(/\$&/g, matched) : undefined);
  if (replacement === undefined) return { ...m, fixes: [] };
  return { ...m, fixes: [fix.title ? { title: fix.title, replacement } : replaceWith(replacement)] };
}

export function localizeFix(fix: LocalizedFix, locale: Locale, safe: boolean): Fix {
  return { title: fix.title[locale], replacement: fix.replacement, safe };
}
