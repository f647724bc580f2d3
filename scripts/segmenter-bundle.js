// Bundles the WebAssembly segmenter (src/core/segmenter.ts for Node, src/core/wasmSegmenter.ts)
// and the native reference's helpers (scripts/jiebaReference.ts) into one CommonJS file for the
// scripts that compare or time segmenters (check-wasm.js, check-wasm-browser.js, bench-segmenters.js).
// `glue`: another build's jieba.js to bundle instead of the committed wasm/dist/jieba.js.
'use strict';
const path = require('node:path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');

/** Resolves to outfile once written. */
async function bundleSegmenters(outfile, { glue } = {}) {
  const plugins = glue
    ? [{
        name: 'other-wasm-build',
        setup(build) {
          build.onResolve({ filter: /wasm\/dist\/jieba\.js$/ }, () => ({ path: path.resolve(glue) }));
        },
      }]
    : [];
  await esbuild.build({ ...options(outfile), plugins });
  return outfile;
}

function options(outfile) {
  return {
    stdin: {
      contents: [
        "export { JiebaSegmenter, nodeWasmJiebaData } from './src/core/segmenter';",
        "export { WasmJiebaSegmenter } from './src/core/wasmSegmenter';",
        "export { SEGMENTER_FILES } from './src/core/segmenterFiles';",
        "export * from './scripts/jiebaReference';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
  };
}

module.exports = { bundleSegmenters, ROOT };
