import type { CARD_TEMPLATE_KEYS } from '../core/intentCardTemplate';

type CardKey = (typeof CARD_TEMPLATE_KEYS)[number];

/** What each field of the card holds at first; the drafter tabs through them. ×× marks what must be filled in. */
const PLACEHOLDERS: Record<CardKey, string> = {
  场合: '全市××工作会议',
  听众: '各区县、市直各部门主要负责同志',
  '时长（分钟）': '20',
  目的: '部署××工作',
  要点: '××',
  语气: '肯定为主|问题导向|严肃批评|鼓舞',
  讲话人: '××（职务）',
};

const escape = (text: string) => text.replace(/[$}\\]/g, '\\$&');

/**
 * The intent card as a snippet: YAML front matter with a tab stop per field (two for the key
 * points, a choice for the tone), in the core's template order, then the cursor below it.
 */
export function intentCardSnippet(keys: readonly CardKey[], eol = '\n'): string {
  let stop = 0;
  const lines = ['---'];
  for (const key of keys) {
    const value = PLACEHOLDERS[key];
    if (key === '要点') {
      lines.push(`${key}:`, `  - \${${++stop}:${escape(value)}}`, `  - \${${++stop}:${escape(value)}}`);
    } else if (key === '语气') {
      lines.push(`${key}: \${${++stop}|${value.split('|').map((v) => v.replace(/[,|\\]/g, '\\$&')).join(',')}|}`);
    } else {
      lines.push(`${key}: \${${++stop}:${escape(value)}}`);
    }
  }
  // The last stop is on a line of its own after the card, above what the draft held before.
  lines.push('---', '$0', '');
  return lines.join(eol);
}
