import type { Locale, RuleSpec } from './model';

const MAX_QUOTED = 16;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The matched text as a message quotes it: one line, at most MAX_QUOTED characters, never splitting one. */
function quoted(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  // A deleted clause opener covers its comma too (说句心里话，); the quote leaves it out.
  const flat = line.replace(/[，,、；;：:]+$/, '') || line;
  // Only as many clusters as the quote may hold: V8 copies the whole input into every segment it
  // yields, so spreading a 250,000-character match would take gigabytes.
  const parts: string[] = [];
  for (const s of graphemes.segment(flat)) if (parts.push(s.segment) > MAX_QUOTED) break;
  return parts.length > MAX_QUOTED ? parts.slice(0, MAX_QUOTED - 1).join('') + '…' : flat;
}

/** A rule's message with `{text}` filled in: the matched text, or "…" where there is none (the docs). */
export function fillMessage(template: string, matched?: string): string {
  return template.replace(/\{text\}/g, matched === undefined ? '…' : quoted(matched));
}

/** The rule's short name (作者自称), or its id when its pack gives none. */
export function ruleTitle(spec: Pick<RuleSpec, 'id' | 'title'>, locale: Locale): string {
  return spec.title?.[locale] ?? spec.id;
}
