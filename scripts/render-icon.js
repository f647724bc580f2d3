#!/usr/bin/env node
// Renders images/icon.svg to images/icon.png (128×128, transparent corners) in Debian's Chromium,
// the marketplace icon. Run it after changing the SVG; the PNG is committed.
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const SVG = path.join(__dirname, '..', 'images', 'icon.svg');
const PNG = path.join(__dirname, '..', 'images', 'icon.png');

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.SPEECH_DRAFT_CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<body style="margin:0;background:transparent">${fs.readFileSync(SVG, 'utf8')}</body>`);
  await page.locator('svg').screenshot({ path: PNG, omitBackground: true });
  await browser.close();
  console.log(`wrote ${path.relative(process.cwd(), PNG)}`);
})();
