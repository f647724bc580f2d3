// Asks the code-server runner (scripts/integration/run.js) for the text of the workbench elements
// a CSS selector finds (the command palette's rows, the settings editor's results): what the user
// sees, which the extension API cannot tell. The runner answers with <ack dir>/<name>.json.
import * as fs from 'node:fs';
import * as path from 'node:path';

const ACK_TIMEOUT_MS = 20_000;
let counter = 0;

/** The texts, in document order; undefined under a runner that cannot look (test-electron). */
export async function workbenchTexts(selector: string): Promise<string[] | undefined> {
  const ackDir = process.env.SPEECH_DRAFT_SCREENSHOT_DIR;
  if (!ackDir) return undefined;
  const name = `dom-${process.pid}-${counter++}`;
  const answer = path.join(ackDir, `${name}.json`);
  console.log(`[speech-draft:dom] ${name} ${selector}`);
  const deadline = Date.now() + ACK_TIMEOUT_MS;
  while (!fs.existsSync(answer)) {
    if (Date.now() > deadline) throw new Error(`the runner did not answer the request for ${selector} within ${ACK_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const texts = JSON.parse(fs.readFileSync(answer, 'utf8')) as string[] | { error: string };
  if (!Array.isArray(texts)) throw new Error(`reading ${selector} in the workbench failed: ${texts.error}`);
  return texts;
}
