// Bundles the extension and the language server (for Node and for the browser), the CLI, the
// scripts and the tests. jieba is WebAssembly (wasm/dist): its glue is bundled, the .wasm and the
// dictionaries are read at run time.
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
  external: ['vscode'],
  // Word classes and register scores are data files compiled into the bundles.
  loader: { '.txt': 'text', '.tsv': 'text' },
  logLevel: 'warning',
};

/**
 * VS Code for the Web: the extension and its language server's Web Worker. No Node module is
 * marked external, so a Node import reaching these bundles fails the build; only the glue's Node
 * branch (never taken in a browser) names `fs` and `path`, and gets empty modules for them.
 */
const gluesNodeBranch = {
  name: 'glue-node-branch',
  setup(build) {
    build.onResolve({ filter: /^(fs|path)$/ }, (args) => (/wasm[\\/]dist[\\/]jieba\.js$/.test(args.importer) ? { path: args.path, namespace: 'glue-node-branch' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'glue-node-branch' }, () => ({ contents: 'module.exports = {};' }));
  },
};
// Both run in Web Workers (VS Code's web extension host, our server's Worker): packages' `worker`
// builds, not their DOM ones (decode-named-character-reference would need `document`).
const browser = { ...common, platform: 'browser', target: 'es2022', conditions: ['worker'], plugins: [gluesNodeBranch] };

/**
 * Mocha's browser build is UMD: inside a CommonJS module (which the web extension host makes of a
 * test module) it would replace the module's exports. Seen without `module`, `exports` and
 * `define`, it sets the global `mocha` instead.
 */
const mochaAsGlobal = {
  name: 'mocha-as-global',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, (args) => ({
      contents: `(function (module, exports, define) {\n${fs.readFileSync(args.path, 'utf8')}\n}).call(globalThis);`,
      loader: 'js',
    }));
  },
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
  { ...browser, entryPoints: { browserExtension: 'src/extension/browserExtension.ts' }, outdir: 'dist' },
  { ...browser, entryPoints: { browserServer: 'src/server/browserServer.ts' }, outdir: 'dist', format: 'iife' },
  { ...common, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist' },
  // Loaded when first needed (src/core/packageFiles.ts requireBundle): a user's rule pack; a .docx or an export in the CLI.
  { ...common, entryPoints: { recheck: 'recheck/lib/browser.js', 'cli-docx': 'src/cli/docx.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { eval: 'scripts/eval/main.ts', generate: 'scripts/generate/main.ts', register: 'scripts/register/main.ts' }, outdir: 'out', sourcemap: true },
  { ...common, entryPoints: { bench: 'scripts/bench/main.ts', 'bench-bare-jieba': 'scripts/bench/bareJieba.ts' }, outdir: 'out' },
  ...testBuilds('test/unit'),
  ...testBuilds('test/integration'),
  // The web run's test module, with Mocha's browser build: the web extension host has no Node.
  { ...browser, entryPoints: ['test/web/index.ts'], outdir: 'out/test/web', sourcemap: true, plugins: [...browser.plugins, mochaAsGlobal] },
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
