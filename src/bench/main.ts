import * as path from 'node:path';
import { loadSpeech, draftOfSize } from './speechText';
import { measureInProcess } from './inProcess';
import { round } from './stats';

const ROOT = path.resolve(__dirname, '..');

function main(): void {
  const json = process.argv.includes('--json');
  const speech = loadSpeech(ROOT);
  const draft = draftOfSize(speech.text, 20_000);
  const f = measureInProcess(speech.text, draft, 'markdown', 15);
  const result = {
    chars: speech.text.length,
    initMs: round(f.initMs),
    bareCutMs: round(f.bareCutMs, 3),
    fullCheckMs: round(f.fullCheckMs, 3),
    ratio: round(f.fullCheckMs / f.bareCutMs, 3),
    incrementalMs: round(f.incrementalMs, 3),
    incrementalRatio: round(f.incrementalMs / f.draftFullCheckMs, 4),
    draftFullCheckMs: round(f.draftFullCheckMs, 3),
    source: speech.source,
  };
  console.log(json ? JSON.stringify(result) : result);
}

main();
