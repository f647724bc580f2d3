import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ConfigProblem } from './config';
import { problemOfFile, type ProjectConfig } from './projectLayers';

export type { ProjectConfig } from './projectLayers';

/** The project file a team keeps next to its drafts; the CLI and the language server both find it. */
export const PROJECT_CONFIG_FILE = '.speechdraftrc.json';
/** A package.json may carry the same settings under this key instead. */
export const PACKAGE_JSON_KEY = 'speechDraft';

/** The keys a project file may hold: the editor's `speechDraft.*` settings that describe the checking, plus notes. */
export const PROJECT_CONFIG_KEYS = ['rules', 'categories', 'allowWords', 'rulePacks', 'userDictionary', 'speakingRate', 'exportFontSize'] as const;
const NOTE_KEYS = new Set(['$schema', '$comment']);



/** A relative path in a project file means a file next to it. */
function besideFile(value: unknown, dir: string): unknown {
  return typeof value === 'string' && value !== '' && !path.isAbsolute(value) ? path.resolve(dir, value) : value;
}

/** The settings of a parsed project file (an object), checked for unknown keys. */
function fromObject(file: string, raw: Record<string, unknown>): ProjectConfig {
  const dir = path.dirname(file);
  const problems: ConfigProblem[] = [];
  const settings: ProjectConfig['settings'] = {};
  for (const [key, value] of Object.entries(raw)) {
    if (NOTE_KEYS.has(key)) continue;
    if (!(PROJECT_CONFIG_KEYS as readonly string[]).includes(key)) {
      problems.push(problemOfFile(file, { zh: `未知配置项“${key}”，已忽略。可用：${PROJECT_CONFIG_KEYS.join('、')}。`, en: `unknown key "${key}"; ignored. Keys: ${PROJECT_CONFIG_KEYS.join(', ')}.` }));
      continue;
    }
    (settings as Record<string, unknown>)[key] = value;
  }
  if (settings.userDictionary !== undefined) settings.userDictionary = besideFile(settings.userDictionary, dir);
  if (settings.rulePacks !== undefined) {
    settings.rulePacks = Array.isArray(settings.rulePacks) ? settings.rulePacks.map((p) => besideFile(p, dir)) : besideFile(settings.rulePacks, dir);
  }
  return { file, settings, problems };
}

const unusable = (file: string, zh: string, en: string): ProjectConfig => ({
  file,
  settings: {},
  problems: [problemOfFile(file, { zh: `${zh}，已使用默认配置。`, en: `${en}; using the defaults.` })],
});

/**
 * Reads a project file: `.speechdraftrc.json` (strict JSON; notes go in `$comment`) or the
 * `speechDraft` key of a package.json. Never throws: a file that cannot be used gives one
 * problem naming it, and the defaults.
 */
export function readProjectConfig(file: string): ProjectConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    return unusable(file, `无法读取（${(e as NodeJS.ErrnoException).code ?? 'error'}）`, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return unusable(file, `不是有效的 JSON（${(e as Error).message}）`, `is not valid JSON (${(e as Error).message})`);
  }
  if (path.basename(file) === 'package.json') raw = (raw as Record<string, unknown>)[PACKAGE_JSON_KEY];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return unusable(file, '配置应为一个对象（如 {"rules": {"hedge-word": "off"}}）', 'the settings must be an object (e.g. {"rules": {"hedge-word": "off"}})');
  }
  return fromObject(file, raw as Record<string, unknown>);
}

/** The project file in dir, if there is one: `.speechdraftrc.json` first, then a package.json with `speechDraft`. */
function configFileIn(dir: string): string | undefined {
  const rc = path.join(dir, PROJECT_CONFIG_FILE);
  if (isFile(rc)) return rc;
  const pkg = path.join(dir, 'package.json');
  if (!isFile(pkg)) return undefined;
  try {
    const parsed = JSON.parse(fs.readFileSync(pkg, 'utf8').replace(/^\uFEFF/, '')) as unknown;
    // Someone else's package.json that does not parse is not ours to report.
    return parsed && typeof parsed === 'object' && Object.hasOwn(parsed, PACKAGE_JSON_KEY) ? pkg : undefined;
  } catch {
    return undefined;
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Where the project file of a draft in `dir` is: the nearest folder from `dir` upwards that holds
 * one. `cache` (folder → file, or null for none) saves the walk for drafts in the same folders.
 */
export function findProjectConfigFile(dir: string, cache?: Map<string, string | null>): string | undefined {
  const walked: string[] = [];
  let found: string | null = null;
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const known = cache?.get(d);
    if (known !== undefined) {
      found = known;
      break;
    }
    walked.push(d);
    const here = configFileIn(d);
    if (here) {
      found = here;
      break;
    }
    if (path.dirname(d) === d) break;
  }
  for (const d of walked) cache?.set(d, found);
  return found ?? undefined;
}
