// Screenshots of the workbench, on request from a test (answered through an acknowledgement file
// the test waits for; see test/integration/support/workbenchScreenshot.ts) or at the end of a run.
const fs = require('node:fs');
const path = require('node:path');

const SETTLE_MS = 1000; // lets the workbench paint squiggles, hovers and panels first

function createScreenshots({ artifactsDir, ackDir, projectRoot, capture }) {
  const pending = [];
  const taken = new Set();
  return {
    /** Saves test-artifacts/<name>.png, then creates <ackDir>/<name>.done (also when it failed). */
    take(name) {
      const file = path.join(artifactsDir, `${name}.png`);
      const done = new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
        .then(() => capture(file))
        .then(() => {
          taken.add(name);
          console.log(`screenshot saved: ${path.relative(projectRoot, file)}`);
        })
        .catch((error) => console.warn(`screenshot ${name} failed: ${error.message}`))
        .finally(() => fs.writeFileSync(path.join(ackDir, `${name}.done`), ''));
      pending.push(done);
      return done;
    },
    has: (name) => taken.has(name),
    settled: () => Promise.all(pending),
  };
}

module.exports = { createScreenshots };
