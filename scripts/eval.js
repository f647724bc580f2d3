#!/usr/bin/env node
// `npm run eval` builds first; the evaluation itself is bundled from scripts/eval/main.ts to out/eval.js.
require('../out/eval.js');
