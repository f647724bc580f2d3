/** Entries of a word-class file: one a line, `#` comments, an optional TAB-separated note after each. */
export function parseClassFile(text: string): string[] {
  const entries = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#')) continue;
    const entry = line.split('\t')[0].trim();
    if (entry) entries.add(entry);
  }
  return [...entries];
}

/** `word<TAB>score` lines (register scores), `#` comments. */
export function parseScores(text: string): Map<string, number> {
  const scores = new Map<string, number>();
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#') || !line.trim()) continue;
    const [word, score] = line.split('\t');
    const value = Number(score);
    if (word && Number.isFinite(value)) scores.set(word, value);
  }
  return scores;
}
