#!/usr/bin/env node
// Writes docs/rules.md from the built-in rule packs: one section per rule, headed by its id, so
// each diagnostic's code can link to `docs/rules.md#<rule-id>` inside the installed extension.
const fs = require('node:fs');
const path = require('node:path');

const PACKS = path.join(__dirname, '..', 'src', 'core', 'rules', 'packs');
const OUTPUT = path.join(__dirname, '..', 'docs', 'rules.md');

/** Pack files in the order src/core/rules/packs/index.ts imports them. */
function packFiles() {
  const index = fs.readFileSync(path.join(PACKS, 'index.ts'), 'utf8');
  return [...index.matchAll(/from '\.\/([\w-]+\.json)'/g)].map((m) => m[1]);
}

const oneLine = (text) => text.replace(/\r?\n/g, ' ⏎ ');

function ruleSection(rule) {
  const out = [`## ${rule.id}`, ''];
  const brief = rule.brief?.length ? ` · 对应要点 ${rule.brief.join('、')}` : '';
  out.push(`类别 \`${rule.category}\` · 默认级别 \`${rule.severity}\`${brief}`, '');
  out.push(`**${rule.message.zh}**`, '', rule.guidance.zh, '');
  for (const bad of rule.examples.bad) out.push(`- ✗ ${oneLine(bad)}`);
  for (const good of rule.examples.good) out.push(`- ✓ ${oneLine(good)}`);
  if (rule.fix) out.push('', `自动修复：${rule.fix.title?.zh ?? (rule.fix.delete ? '删除' : '替换')}`);
  out.push('', `*${rule.message.en}* ${rule.guidance.en}`, '');
  return out.join('\n');
}

function render() {
  const packs = packFiles().map((f) => JSON.parse(fs.readFileSync(path.join(PACKS, f), 'utf8')));
  const count = packs.reduce((n, p) => n + p.rules.length, 0);
  const out = [
    '# 讲稿助手规则说明 (Speech Draft rules)',
    '',
    `共 ${count} 条规则。此文件由 \`node scripts/generate-rules-doc.js\` 根据 \`src/core/rules/packs/*.json\` 生成，请勿手改。`,
    '在设置 `speechDraft.rules` 中可按编号调整级别或关闭（`off`），在稿中可用 `<!-- speech-draft-disable-next-line 编号 -->` 跳过下一行。',
    '',
  ];
  for (const pack of packs) {
    out.push(`# ${pack.name}${pack.description ? `：${pack.description}` : ''}`, '');
    for (const rule of pack.rules) out.push(ruleSection(rule));
  }
  return out.join('\n');
}

module.exports = { render, OUTPUT };

if (require.main === module) {
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.writeFileSync(OUTPUT, render());
  console.log(`wrote ${path.relative(process.cwd(), OUTPUT)}`);
}
