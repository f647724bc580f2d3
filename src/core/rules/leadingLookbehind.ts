/**
 * A regex that starts with a lookbehind, `(?<=X)REST` or `(?<!X)REST`, cannot be scanned quickly:
 * the engine runs the lookbehind at every position of the paragraph. Searching for REST and then
 * testing the lookbehind only where REST matches finds the same matches (the lookbehind does
 * not depend on REST), in the same order, much faster.
 */
export interface SplitRegex {
  /** REST, global. */
  main: RegExp;
  /** The lookbehind alone, sticky: set lastIndex to a match's index and test. */
  guard?: RegExp;
}

export function splitLeadingLookbehind(source: string, flags: string): SplitRegex {
  const whole = { main: new RegExp(source, flags) };
  const m = /^\(\?<([=!])/.exec(source);
  // Back-references would be renumbered or lose their group: keep such regexes whole.
  if (!m || /\\[1-9]|\\k</.test(source)) return whole;
  const close = closingParen(source, 0);
  if (close < 0) return whole;
  const rest = source.slice(close + 1);
  if (rest === '' || hasTopLevelAlternation(rest) || /^[?*+{]/.test(rest)) return whole;
  try {
    return { main: new RegExp(rest, flags), guard: new RegExp(source.slice(0, close + 1), flags.replace('g', '') + 'y') };
  } catch {
    return whole;
  }
}

/** Finds the `)` closing the group opened at `open`, skipping escapes and character classes. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = endOfClass(source, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function endOfClass(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = endOfClass(source, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
