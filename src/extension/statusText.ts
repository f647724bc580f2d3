import type { DocumentStatus } from '../protocol';

/** `t` from localize.ts, passed in so this file stays free of `vscode` and testable in plain Node. */
export type Translate = (message: string, ...args: (string | number)[]) => string;

const grouped = (n: number) => n.toLocaleString('en-US');

/** The status bar's text for a checked document. */
export function statusText(s: DocumentStatus, t: Translate): string {
  if (s.coverage === 'disabled') return t('$(circle-slash) Speech Draft: off');
  if (s.coverage === 'paused') return t('$(debug-pause) Speech Draft: paused (large document)');
  const minutes = s.targetMinutes !== undefined ? t('~{0}/{1} min', s.minutes, s.targetMinutes) : t('~{0} min', s.minutes);
  const parts = [t('{0} chars', grouped(s.characters)), minutes, s.findings === 1 ? t('1 finding') : t('{0} findings', s.findings)];
  if (s.coverage === 'visible') parts.push(t('visible part only'));
  if (s.coverage === 'beginning') parts.push(t('beginning only'));
  return `$(mic) ${parts.join(' · ')}`;
}

/** The tooltip: the range at 150/180/220 characters a minute, the plan, and why checking is limited. */
export function statusTooltip(s: DocumentStatus, t: Translate): string {
  const lines = [
    t('{0} characters (Chinese characters and digits read aloud)', grouped(s.characters)),
    t('About {0} minutes at {1} characters a minute; {2} / {3} / {4} minutes at 150 / 180 / 220', s.minutes, s.speakingRate, s.range.slow, s.range.medium, s.range.fast),
  ];
  if (s.targetMinutes !== undefined) lines.push(t('Planned on the intent card: {0} minutes', s.targetMinutes));
  if (s.note) lines.push(s.note);
  lines.push(t('Click for the review summary'));
  return lines.join('\n');
}
