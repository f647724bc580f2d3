import type { RuleInfo } from '../protocol';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const oneLine = (text: string) => escapeHtml(text).replace(/\r?\n/g, ' ⏎ ');

export interface RuleDocLabels {
  title: string;
  category: string;
  level: string;
  /** What each level is called (错误, 警告…, 已关闭). */
  levels: Record<RuleInfo['level'], string>;
  brief: string;
  fix: string;
}

function section(rule: RuleInfo, labels: RuleDocLabels): string {
  const facts = [`${labels.category}：${escapeHtml(rule.categoryName)}`, `${labels.level}：${escapeHtml(labels.levels[rule.level])}`];
  if (rule.brief.length) facts.push(`${labels.brief}：${escapeHtml(rule.brief.join('、'))}`);
  if (rule.fix) facts.push(`${labels.fix}：${escapeHtml(rule.fix)}`);
  const examples = [...rule.bad.map((b) => `<li class="bad">✗ ${oneLine(b)}</li>`), ...rule.good.map((g) => `<li class="good">✓ ${oneLine(g)}</li>`)].join('');
  return `<section id="${escapeHtml(rule.id)}">
<h2>${escapeHtml(rule.title)} <code>${escapeHtml(rule.id)}</code></h2>
<p class="facts">${facts.join(' · ')}</p>
<p><strong>${escapeHtml(rule.message)}</strong></p>
<p>${escapeHtml(rule.guidance)}</p>
<ul>${examples}</ul>
</section>`;
}

/**
 * Every rule's documentation, by category, opened at one rule: read-only, offline (the content
 * security policy allows only our style and the one script, by nonce, that scrolls to a rule).
 */
export function ruleDocPage(rules: readonly RuleInfo[], target: string, labels: RuleDocLabels, nonce: string): string {
  const categories = [...new Set(rules.map((r) => r.categoryName))];
  const body = categories.map((name) => `<h1>${escapeHtml(name)}</h1>\n${rules.filter((r) => r.categoryName === name).map((r) => section(r, labels)).join('\n')}`).join('\n');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}';">
<style>
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); line-height: 1.6; padding: 0 1.5em; max-width: 60em; }
code { color: var(--vscode-textPreformat-foreground); }
section { padding: 0.2em 1em; margin: 0.5em 0; border-left: 3px solid transparent; }
section.target { border-left-color: var(--vscode-focusBorder); background: var(--vscode-editor-inactiveSelectionBackground); }
.facts { opacity: 0.8; }
li { list-style: none; }
</style></head>
<body>
<p>${escapeHtml(labels.title)}</p>
${body}
<script nonce="${nonce}">
function show(id) {
  for (const s of document.querySelectorAll('section.target')) s.classList.remove('target');
  const target = document.getElementById(id);
  if (!target) return;
  target.classList.add('target');
  target.scrollIntoView({ block: 'start' });
}
window.addEventListener('message', (event) => show(event.data?.rule));
show(${JSON.stringify(target)});
</script>
</body></html>`;
}
