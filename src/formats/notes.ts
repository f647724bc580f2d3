import * as path from 'node:path';

/**
 * Hook for 起草说明 (the drafter's notes on a speech: sources, who asked for what, open points).
 * A future feature will keep them in a file beside the draft and print them after the speech;
 * until then an export finds the file, says it was left out, and prints only the speech.
 */
export function draftNotesCandidates(draftPath: string): string[] {
  const dir = path.dirname(draftPath);
  const stem = path.basename(draftPath).replace(/\.(md|markdown|mdx|txt)$/i, '');
  return [path.join(dir, `${stem}.起草说明.md`), path.join(dir, `${stem}.notes.md`)];
}
