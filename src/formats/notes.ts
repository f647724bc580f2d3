/**
 * Hook for 起草说明 (the drafter's notes on a speech: sources, who asked for what, open points).
 * A future feature will keep them in a file beside the draft and print them after the speech;
 * until then an export finds the file, says it was left out, and prints only the speech.
 * `draftPath` is a file path or a URI's path: the candidates are beside it, in the same form.
 */
export function draftNotesCandidates(draftPath: string): string[] {
  const nameStart = Math.max(draftPath.lastIndexOf('/'), draftPath.lastIndexOf('\\')) + 1;
  const dir = draftPath.slice(0, nameStart);
  const stem = draftPath.slice(nameStart).replace(/\.(md|markdown|mdx|txt)$/i, '');
  return [`${dir}${stem}.起草说明.md`, `${dir}${stem}.notes.md`];
}
