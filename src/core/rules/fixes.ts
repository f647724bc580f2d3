import type { Fix, Locale, LocalizedFix, Match } from '../model';

/** A fix that writes `replacement` in place of the match, titled in both languages. */
export function replaceWith(replacement: string): LocalizedFix {
  return { title: { zh: `改为“${replacement}”`, en: `Replace with “${replacement}”` }, replacement };
}

const CLAUSE_START = /(^|[。！？；：，、\s])$/;

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
    return { ...m, end, fixes: [{ title: fix.title ?? { zh: `删除“${matched}”`, en: `Delete “${matched}”` }, replacement: '' }] };
  }
  const mapped = fix.replaceMap && Object.hasOwn(fix.replaceMap, matched) ? fix.replaceMap[matched] : undefined;
  const replacement = mapped ?? (fix.replace !== undefined ? fix.replace.replace(/\$&/g, matched) : undefined);
  if (replacement === undefined) return { ...m, fixes: [] };
  return { ...m, fixes: [fix.title ? { title: fix.title, replacement } : replaceWith(replacement)] };
}

export function localizeFix(fix: LocalizedFix, locale: Locale): Fix {
  return { title: fix.title[locale], replacement: fix.replacement };
}
