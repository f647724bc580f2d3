// Routes the workbench's automation log: the test module's output (mocha's lines) to stdout,
// screenshot and workbench-text requests to the runner, and everything to an artifact file. Before the test module
// starts, the log is the workbench's own start-up, offline noise such as ENOTFOUND open-vsx.org:
// it stays in the artifact, and its tail is kept in case the tests never start.
const fs = require('node:fs');
const util = require('node:util');

// The first line test/integration/index.ts prints.
const TESTS_STARTED = /^VS Code \S+ \(/;
// Written by test/integration/support/workbenchScreenshot.ts and support/workbenchDom.ts.
const SCREENSHOT_REQUEST = /^\[speech-draft:screenshot\] ([a-z0-9-]+)$/;
const DOM_REQUEST = /^\[speech-draft:dom\] ([a-z0-9-]+) (.+)$/;
const STARTUP_TAIL_LINES = 40;

function createTestLog({ artifactFile, onScreenshotRequest, onDomRequest }) {
  const artifact = fs.createWriteStream(artifactFile);
  let started = false;
  let closed = false;
  let startupTail = [];
  return {
    /** For window.codeAutomationLog(type, args): args are console.log's own (printf-style) arguments. */
    write(type, args) {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      artifact.write(`[${type}] ${line}\n`);
      const request = SCREENSHOT_REQUEST.exec(line.trim());
      if (request) return onScreenshotRequest(request[1]);
      const dom = DOM_REQUEST.exec(line.trim());
      if (dom) return onDomRequest(dom[1], dom[2]);
      if (closed) return; // a late line after a time-out would read as if the run went on
      if (!started && TESTS_STARTED.test(line)) started = true;
      if (started) (type === 'error' ? console.error : console.log)(line);
      else startupTail = [...startupTail.slice(1 - STARTUP_TAIL_LINES), line];
    },
    /** Stops forwarding; says so when the test module never started, with the log's last lines. */
    close() {
      closed = true;
      if (!started) console.error(`The test module never started. Last workbench log lines:\n${startupTail.join('\n')}`);
      artifact.end();
    },
  };
}

module.exports = { createTestLog };
