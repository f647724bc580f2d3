#!/usr/bin/env node
// The CLI is bundled to dist/cli.js by `npm run build` (run automatically by `npm ci`/`npm install`).
require('../dist/cli.js');
