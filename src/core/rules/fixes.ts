import type { LocalizedFix } from './compile';

/** A fix that writes `replacement` in place of the match, titled in both languages. */
export function replaceWith(replacement: string): LocalizedFix {
  return { title: { zh: `改为“${replacement}”`, en: `Replace with “${replacement}”` }, replacement };
}
