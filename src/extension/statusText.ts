import type { DocumentStatus, PartStatus } from '../protocol';

/** `t` from localize.ts, passed in so this file stays free of `vscode` and testable in plain Node. */
export type Translate = (message: string, ...args: (string | number)[]) => string;

const grouped = (n: number) => n.toLocaleString('en-US');

/** The parts holding a 0-based line, outermost first (parts come before their subparts). */
export function partsAtLine(parts: readonly PartStatus[], line: number): PartStatus[] {
  const path: PartStatus[] = [];
  for (const p of parts) {
    if (p.startLine <= line && line <= p.endLine && p.depth === path.length) path.push(p);
  }
  return path;
}

/** The status bar's text for a checked document; with the cursor's line, the time of the part it is in. */
export function statusText(s: DocumentStatus, t: Translate, cursorLine?: number): string {
  if (s.coverage === 'disabled') return t('$(circle-slash) Speech Draft: off');
  if (s.coverage === 'paused') return t('$(debug-pause) Speech Draft: paused (large document)');
  if (s.coverage === 'notes') return t('$(note) Speech Draft: drafting notes (not checked)');
  const part = cursorLine === undefined ? undefined : partsAtLine(s.parts, cursorLine).at(-1);
  const whole = s.targetMinutes !== undefined ? t('~{0}/{1} min', s.minutes, s.targetMinutes) : t('~{0} min', s.minutes);
  const minutes = !part ? whole : s.targetMinutes !== undefined ? t('part ~{0} / all ~{1}/{2} min', part.minutes, s.minutes, s.targetMinutes) : t('part ~{0} / all ~{1} min', part.minutes, s.minutes);
  const parts = [t('{0} chars', grouped(s.characters)), minutes, s.findings === 1 ? t('1 finding') : t('{0} findings', s.findings)];
  if (s.coverage === 'visible') parts.push(t('visible part only'));
  if (s.coverage === 'beginning') parts.push(t('beginning only'));
  return `$(mic) ${parts.join(' · ')}`;
}

/** The tooltip: the current part, the range at 150/180/220 characters a minute, the plan, and why checking is limited. */
export function statusTooltip(s: DocumentStatus, t: Translate, cursorLine?: number): string {
  const path = cursorLine === undefined ? [] : partsAtLine(s.parts, cursorLine);
  const lines = [
    ...path.map((p) => t('{0}: about {1} minutes', p.title, p.minutes)),
    t('{0} characters (Chinese characters and digits read aloud)', grouped(s.characters)),
    t('About {0} minutes at {1} characters a minute; {2} / {3} / {4} minutes at 150 / 180 / 220', s.minutes, s.speakingRate, s.range.slow, s.range.medium, s.range.fast),
  ];
  if (s.targetMinutes !== undefined) lines.push(t('Planned on the intent card: {0} minutes', s.targetMinutes));
  if (s.note) lines.push(s.note);
  lines.push(t('Click for the review summary'));
  return lines.join('\n');
}
