// Asks the code-server runner (scripts/integration/run.js) to save a screenshot of the workbench
// as it looks now, and waits until it is saved. The runner watches the extension host's log for
// the request line and answers by creating a file; under other runners (test-electron) this does
// nothing.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SCREENSHOT_REQUEST_PREFIX = '[speech-draft:screenshot]';
const ACK_TIMEOUT_MS = 20_000;

/** `name` becomes test-artifacts/<name>.png: lower-case letters, digits and dashes. */
export async function captureWorkbench(name: string): Promise<void> {
  const ackDir = process.env.SPEECH_DRAFT_SCREENSHOT_DIR;
  if (!ackDir) return;
  const ackFile = path.join(ackDir, `${name}.done`);
  console.log(`${SCREENSHOT_REQUEST_PREFIX} ${name}`);
  const deadline = Date.now() + ACK_TIMEOUT_MS;
  while (!fs.existsSync(ackFile)) {
    if (Date.now() > deadline) {
      console.warn(`screenshot ${name}: the runner did not answer within ${ACK_TIMEOUT_MS / 1000} s; going on without it`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
