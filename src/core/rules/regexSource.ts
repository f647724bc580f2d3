/** Why a pattern is not a valid Unicode regular expression, or undefined when it is. */
export function regexError(source: unknown): string | undefined {
  if (typeof source !== 'string') return 'not a string';
  try {
    new RegExp(source, 'u');
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}
