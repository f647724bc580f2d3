import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILT_IN_PACKS, fillMessage, ruleKindOf, ruleTitle, type RuleSpec } from '../../src/core';

const oneLine = (text: string) => text.replace(/\r?\n/g, ' ⏎ ');

/** Where the logic of a code or document rule lives: the file that exports the named function. */
function codeFile(root: string, dir: string, name: string): string | undefined {
  const full = path.join(root, dir);
  const files = fs.statSync(full).isDirectory() ? fs.readdirSync(full).map((f) => path.join(dir, f)) : [dir];
  return files.find((f) => f.endsWith('.ts') && new RegExp(`export (?:function|const) ${name}\\b`).test(fs.readFileSync(path.join(root, f), 'utf8')));
}

function where(root: string, rule: RuleSpec, pack: string): string {
  const kind = ruleKindOf(rule.match)!;
  const parts = [`规则包 \`src/core/rules/packs/${pack}.json\``, `类型 \`${kind.key}\``];
  const name = rule.match[kind.key];
  if (kind.source) {
    const file = codeFile(root, kind.source, String(name));
    parts.push(`代码 \`${file ?? '?'}\` 中的 \`${String(name)}\``);
  }
  return parts.join(' · ');
}

/** `text` with the covered words in bold. */
function marked(text: string, covered: string): string {
  const at = text.indexOf(covered);
  return at < 0 ? oneLine(text) : `${oneLine(text.slice(0, at))}**${oneLine(covered)}**${oneLine(text.slice(at + covered.length))}`;
}

function ruleSection(root: string, rule: RuleSpec, pack: string): string {
  // The anchor is the id, so links to docs/rules.md#<rule-id> land here whatever the heading says.
  const out = [`<a id="${rule.id}"></a>`, '', `## ${ruleTitle(rule, 'zh')} \`${rule.id}\``, ''];
  const brief = rule.brief?.length ? ` · 对应要点 ${rule.brief.join('、')}` : '';
  out.push(`类别 \`${rule.category}\` · 默认级别 \`${rule.severity}\`${brief}`, '', where(root, rule, pack), '');
  out.push(`**${fillMessage(rule.message.zh)}**`, '', rule.guidance.zh, '');
  const ex = rule.examples;
  for (const bad of ex.bad) out.push(`- ✗ ${oneLine(bad)}`);
  for (const [text, covered] of ex.marks ?? []) out.push(`- ✗ ${marked(text, covered)}`);
  for (const [text, after] of ex.fixed ?? []) out.push(`- ✗ ${oneLine(text)} → ✓ ${oneLine(after)}`);
  for (const good of ex.good) out.push(`- ✓ ${oneLine(good)}`);
  if (rule.fix) out.push('', `自动修复：${rule.fix.title?.zh ?? (rule.fix.delete ? '删除' : '替换')}`);
  out.push('', `*${ruleTitle(rule, 'en')}: ${fillMessage(rule.message.en)}* ${rule.guidance.en}`, '');
  return out.join('\n');
}

/**
 * docs/rules.md: one section per rule, headed by its name and anchored at its id, so a link to
 * `docs/rules.md#<rule-id>` lands on it, and each names its pack (and for code rules the file of its logic).
 */
export function renderRulesDoc(root: string): string {
  const count = BUILT_IN_PACKS.reduce((n, p) => n + p.rules.length, 0);
  const out = [
    '# 讲稿助手规则说明 (Speech Draft rules)',
    '',
    `共 ${count} 条规则。此文件由 \`npm run generate\` 根据 \`src/core/rules/packs/*.json\` 生成，请勿手改。`,
    '在设置 `speechDraft.rules` 中可按编号调整级别或关闭（`off`），在稿中可用 `<!-- speech-draft-disable-next-line 编号 -->` 跳过下一行。',
    '',
  ];
  for (const pack of BUILT_IN_PACKS) {
    out.push(`# ${pack.name}${pack.description ? `：${pack.description}` : ''}`, '');
    for (const rule of pack.rules) out.push(ruleSection(root, rule, pack.name));
  }
  return out.join('\n');
}
