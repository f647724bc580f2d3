#!/usr/bin/env node
// Formats the rule packs one way: a value stays on one line when it fits in WIDTH columns,
// otherwise its members go one per line. `--check` reports unformatted packs and exits 1.
const fs = require('node:fs');
const path = require('node:path');

const WIDTH = 140;
const PACKS = path.join(__dirname, '..', 'src', 'core', 'rules', 'packs');

/** `value` printed at `indent`, its first line starting after `used` columns (a key). */
function format(value, indent = '', used = indent.length) {
  const flat = JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ').replace(/\[ /g, '[').replace(/ \]/g, ']');
  if (used + flat.length <= WIDTH || value === null || typeof value !== 'object') return flat;
  const inner = indent + '  ';
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + format(v, inner)).join(',\n')}\n${indent}]`;
  const members = Object.entries(value).map(([k, v]) => {
    const key = `${inner}${JSON.stringify(k)}: `;
    return key + format(v, inner, key.length);
  });
  return `{\n${members.join(',\n')}\n${indent}}`;
}

const formatPack = (text) => format(JSON.parse(text)) + '\n';

if (require.main === module) {
  const check = process.argv.includes('--check');
  let bad = 0;
  for (const file of fs.readdirSync(PACKS).filter((f) => f.endsWith('.json'))) {
    const full = path.join(PACKS, file);
    const text = fs.readFileSync(full, 'utf8');
    const formatted = formatPack(text);
    if (formatted === text) continue;
    if (check) {
      console.error(`not formatted: ${file} (run node scripts/format-packs.js)`);
      bad++;
    } else fs.writeFileSync(full, formatted);
  }
  process.exitCode = bad ? 1 : 0;
}

module.exports = { formatPack };
