#!/usr/bin/env node
// `npm run bench [-- --json]`: speed next to bare jieba (issue #5). Bundled by `npm run build`.
require('../out/bench.js');
