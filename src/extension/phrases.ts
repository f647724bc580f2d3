/** A standard phrasing from snippets/speech.code-snippets, for the phrase picker. */
export interface Phrase {
  group: string;
  /** The phrasing as the brief writes it. */
  text: string;
  /** Pinyin initials, e.g. tzm for 同志们. */
  prefix: string;
  /** Snippet body with tab stops. */
  body: string;
  description: string;
}

interface SnippetEntry {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

/** Reads the snippets file; names are `group｜text` (written by scripts/generate-snippets.js). */
export function parsePhrases(json: string): Phrase[] {
  const snippets = JSON.parse(json) as Record<string, SnippetEntry>;
  return Object.entries(snippets).map(([name, s]) => {
    const split = name.indexOf('｜');
    return {
      group: split >= 0 ? name.slice(0, split) : '',
      text: split >= 0 ? name.slice(split + 1) : name,
      prefix: Array.isArray(s.prefix) ? s.prefix[0] : s.prefix,
      body: Array.isArray(s.body) ? s.body.join('\n') : s.body,
      description: s.description ?? '',
    };
  });
}

/** Phrases in file order, each group once, for a picker with a separator per group. */
export function groupPhrases(phrases: readonly Phrase[]): { group: string; phrases: Phrase[] }[] {
  const groups = new Map<string, Phrase[]>();
  for (const p of phrases) {
    const list = groups.get(p.group) ?? [];
    list.push(p);
    groups.set(p.group, list);
  }
  return [...groups].map(([group, list]) => ({ group, phrases: list }));
}
