import * as path from 'node:path';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { JiebaSegmenter, type RuleSpec } from '../../../src/core/node';

/** Test bundles live in out/test/unit; the project root is three levels up. */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const CLI = path.join(ROOT, 'bin', 'speech-draft.js');

/** One jieba (the product's: WebAssembly, our dictionaries) for all tests of a file. */
let shared: JiebaSegmenter | undefined;
export function segmenter(): JiebaSegmenter {
  shared ??= new JiebaSegmenter();
  shared.load();
  return shared;
}

/** A rule written for a test, so the engine's contracts are tested independently of the packs. */
export function phraseRule(id: string, phrases: string[], extra: Partial<RuleSpec> = {}): RuleSpec {
  return {
    id,
    category: 'self-reference',
    severity: 'error',
    message: { zh: `测试规则 ${id}`, en: `test rule ${id}` },
    guidance: { zh: '测试', en: 'test' },
    match: { phrases },
    examples: { bad: [...phrases], good: [] },
    ...extra,
  };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'speech-draft-test-'));
}

/** A function that writes a file into dir and returns its path. */
export function fileWriter(dir: string): (name: string, content: string | Buffer) => string {
  return (name, content) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI as a user would. */
export function runCli(args: string[], options: { input?: string | Buffer; nodeArgs?: string[]; cwd?: string; timeoutMs?: number } = {}): CliRun {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: options.timeoutMs,
    env: { ...process.env, SPEECH_DRAFT_LOCALE: 'zh' },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The shape of `check --format json`. */
export interface JsonReport {
  version: number;
  files: {
    path: string;
    findings: { ruleId: string; category: string; severity: string; message: string; offset: number; length: number; line: number; column: number; fixes: { title: string; replacement: string; safe: boolean }[]; related: { message: string; offset: number; length: number; line: number; column: number }[] }[];
  }[];
}
