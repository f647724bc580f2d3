import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadSpeech, draftOfSize } from './speechText';
import { measureInProcess } from './inProcess';
import { measureThroughServer, idleStallMs, type ServerFigures } from './editorHost';
import { measureProcesses } from './processes';
import { measureManyFiles } from './manyFiles';
import { round } from './stats';
import { measureScaling } from './scaling';
import { measureColdStart } from './coldStart';

// `npm run bench [-- --json]`: the figures of issues #5 and #10, each with its target and PASS/FAIL,
// then the segmenters side by side (scripts/bench-segmenters.js) and the scaling of hostile input.
const ROOT = path.resolve(__dirname, '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const DRAFT_CHARS = 20_000;
const BIG_FILE_CHARS = 1_750_000;
const DRAFT_KIND = 'plaintext';

interface Verdict {
  name: string;
  value: number | undefined;
  unit: string;
  target: string;
  verdict: 'PASS' | 'PASS (limit)' | 'FAIL' | 'n/a';
}

/** PASS within the target, "PASS (limit)" within the hard limit, else FAIL. */
function judge(name: string, value: number | undefined, unit: string, target: number, limit = target): Verdict {
  const verdict = value === undefined ? 'n/a' : value <= target ? 'PASS' : value <= limit ? 'PASS (limit)' : 'FAIL';
  return { name, value, unit, target: limit === target ? `≤ ${target}` : `≤ ${target} (at most ${limit})`, verdict };
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const log = (line: string) => (json ? process.stderr : process.stdout).write(line + '\n');
  const speech = loadSpeech(ROOT);
  const draft = draftOfSize(speech.text, DRAFT_CHARS);
  log(`speech: ${speech.source}, ${speech.text.length} characters; draft: ${draft.length} characters (${DRAFT_KIND})`);

  // The server first, while this process has no jieba of its own and the machine is quiet.
  const idleStall = await idleStallMs(2000);
  let server: ServerFigures | undefined;
  if (fs.existsSync(SERVER)) server = await measureThroughServer(SERVER, draft, DRAFT_KIND);
  else log(`${SERVER} not built: incremental figures come from Checker.session() in this process`);

  const inProcess = measureInProcess(speech.text, draft, DRAFT_KIND, 15);
  const processes = measureProcesses(ROOT, speech.text, BIG_FILE_CHARS);
  const cold = fs.existsSync(SERVER) ? await measureColdStart(ROOT, SERVER) : undefined;
  const many = measureManyFiles(ROOT, speech.text);

  const incrementalMs = server?.incrementalMs ?? inProcess.incrementalMs;
  const rssMb = server?.serverRssMb ?? process.memoryUsage().rss / 1024 / 1024;
  const result = {
    chars: speech.text.length,
    initMs: round(server?.loadMs ?? inProcess.initMs, 1),
    bareCutMs: round(inProcess.bareCutMs, 3),
    fullCheckMs: round(inProcess.fullCheckMs, 3),
    ratio: round(inProcess.fullCheckMs / inProcess.bareCutMs, 3),
    wallRatio: round(inProcess.fullCheckWallMs / inProcess.bareCutWallMs, 3),
    incrementalMs: round(incrementalMs, 3),
    incrementalRatio: round(incrementalMs / inProcess.draftFullCheckMs, 4),
    maxEventLoopBlockMs: server ? round(server.maxEventLoopBlockMs, 1) : null,
    rssMb: round(rssMb, 1),
    // Context for the figures above.
    source: speech.source,
    incrementalVia: server ? 'language server (dist/server.js over Node IPC, debounceMs 0)' : 'Checker.session()',
    draftChars: draft.length,
    draftFullCheckMs: round(inProcess.draftFullCheckMs, 3),
    sessionIncrementalMs: round(inProcess.incrementalMs, 3),
    serverOpenMs: server ? round(server.openMs, 1) : null,
    idleStallMs: round(idleStall, 1),
    lspRoundTripMs: server ? round(server.roundTripMs, 3) : null,
    bareJiebaRssMb: round(processes.bareJiebaRssMb, 1),
    bigFileChars: processes.bigFileChars,
    cliMs: round(processes.cliMs, 0),
    bareJiebaProcessMs: round(processes.bareJiebaMs, 0),
    cliRatio: round(processes.cliMs / processes.bareJiebaMs, 3),
    cliColdMs: cold ? round(cold.cliMs, 0) : null,
    cliColdPeakRssMb: cold?.cliPeakRssMb !== undefined ? round(cold.cliPeakRssMb, 1) : null,
    nodeColdMs: cold ? round(cold.nodeMs, 0) : null,
    firstDiagnosticsMs: cold ? round(cold.firstDiagnosticsMs, 0) : null,
    smallFiles: many.files,
    smallFilesOneCallMs: round(many.oneCallMs, 0),
    smallFilesSeparateCallsMs: round(many.separateCallsMs, 0),
    nodeStartMs: round(many.nodeStartMs, 0),
    jiebaStartMs: round(many.jiebaStartMs, 0),
  };

  const verdicts = [
    judge('ratio (full check ÷ bare jieba cut)', result.ratio, '×', 1.5, 2.0),
    judge('incrementalRatio (re-check after a 1-char edit ÷ full check)', result.incrementalRatio, '×', 0.05, 0.1),
    judge('maxEventLoopBlockMs (editor thread)', server ? result.maxEventLoopBlockMs! : undefined, 'ms', 16, 50),
    judge(`rssMb (checking process; bare jieba ${result.bareJiebaRssMb} MB + 50)`, result.rssMb, 'MB', round(result.bareJiebaRssMb + 50, 1)),
    judge(`CLI on ${result.bigFileChars} chars ÷ bare jieba script (whole processes)`, result.cliRatio, '×', 2),
    judge('cliColdMs (speech-draft check on a one-line file, whole process)', result.cliColdMs ?? undefined, 'ms', 300),
    judge('cliColdPeakRssMb (its peak resident memory)', result.cliColdPeakRssMb ?? undefined, 'MB', 120),
  ];
  log('');
  log(`initMs ${result.initMs} ms (jieba load${server ? ', in the server' : ''}); bare cut ${result.bareCutMs} ms; full check ${result.fullCheckMs} ms (CPU time; in wall time ${round(inProcess.bareCutWallMs, 3)} and ${round(inProcess.fullCheckWallMs, 3)} ms, ratio ${result.wallRatio})`);
  log(`incremental ${result.incrementalMs} ms via ${result.incrementalVia}; of which an LSP round trip ${result.lspRoundTripMs ?? '-'} ms; Checker.session() alone ${result.sessionIncrementalMs} ms; full check of the draft ${result.draftFullCheckMs} ms`);
  log(`CLI ${result.cliMs} ms vs bare jieba script ${result.bareJiebaProcessMs} ms`);
  if (cold) log(`cold start: CLI on a one-line file ${result.cliColdMs} ms, peak ${result.cliColdPeakRssMb ?? '-'} MB (node -e 0: ${result.nodeColdMs} ms); language server forked → first diagnostics of a one-line draft ${result.firstDiagnosticsMs} ms (medians of 7)`);
  log(`${many.files} small drafts (~${many.draftChars} characters each): one call ${result.smallFilesOneCallMs} ms, ${many.files} calls ${result.smallFilesSeparateCallsMs} ms (${round(many.separateCallsMs / many.files, 0)} ms a call; of that Node starts in ${result.nodeStartMs} ms and a bare jieba script runs in ${result.jiebaStartMs} ms)`);
  log(`event-loop stall of this thread doing nothing for 2 s: ${result.idleStallMs} ms (the machine's own noise; compare maxEventLoopBlockMs with it)`);
  log('');
  for (const v of verdicts) log(`${v.verdict.padEnd(12)} ${v.name}: ${v.value ?? 'not measured'} ${v.unit}  target ${v.target}`);
  log('');
  // The segmenters side by side, in their own processes (load, cut speed, memory, cold processes).
  const segmenters = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench-segmenters.js')], { encoding: 'utf8' });
  log(segmenters.status === 0 ? segmenters.stdout.trimEnd() : `bench-segmenters failed: ${segmenters.stderr}`);
  log('');
  measureScaling(log);
  if (json) process.stdout.write(JSON.stringify({ ...result, verdicts: Object.fromEntries(verdicts.map((v) => [v.name, v.verdict])) }) + '\n');
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
