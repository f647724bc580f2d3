// Bundles the extension, the language server, the CLI and the unit tests. nodejs-jieba stays
// external: it is a native module that ships with its own .node binary and dictionaries.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  external: ['vscode', 'nodejs-jieba'],
  // Word classes and register scores are data files compiled into the bundles.
  loader: { '.txt': 'text', '.tsv': 'text' },
  logLevel: 'warning',
};

/** Each test file is its own bundle, so one broken file does not stop the others building. */
function testBuilds(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ ...common, entryPoints: [path.join(dir, f)], outdir: path.join('out', dir), sourcemap: true, external: [...common.external, 'mocha'] }));
}

const builds = [
  { ...common, entryPoints: { extension: 'src/extension/extension.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { server: 'src/server/server.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { eval: 'scripts/eval/main.ts', generate: 'scripts/generate/main.ts', register: 'scripts/register/main.ts' }, outdir: 'out', sourcemap: true },
  { ...common, entryPoints: { bench: 'scripts/bench/main.ts', 'bench-bare-jieba': 'scripts/bench/bareJieba.ts' }, outdir: 'out' },
  ...testBuilds('test/unit'),
  ...testBuilds('test/integration'),
];

async function main() {
  if (watch) {
    for (const b of builds) await (await esbuild.context(b)).watch();
    return;
  }
  const results = await Promise.allSettled(builds.map((b) => esbuild.build(b)));
  const failed = results.filter((r) => r.status === 'rejected');
  for (const f of failed) console.error(f.reason.message);
  if (failed.length > 0) process.exit(1);
}

main();
