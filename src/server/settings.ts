import type { ConfigProblem, Settings } from '../core/config';
import type { Locale } from '../core';
import { messageLocale } from '../protocol';
import { resolveNotesPattern } from '../core/notes';

/** The `speechDraft.*` settings the server itself uses (the rest go to the core). */
export interface ServerSettings {
  enable: boolean;
  debounceMs: number;
  maxDocumentChars: number;
  /** Languages whose documents are drafts; an untitled document in another one is checked only while it holds Chinese prose. */
  languages: string[];
  /** The language of everything the server says. */
  locale: Locale;
  /** How the drafting-notes file next to a draft is named (`speechDraft.notesFile`); such files are not checked. */
  notesPattern: string;
  core: Settings;
}

export const DEFAULT_LANGUAGES = ['markdown', 'plaintext'];

export const DEFAULT_DEBOUNCE_MS = 300;
export const DEFAULT_MAX_DOCUMENT_CHARS = 200_000;

function numberInRange(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}

/** A file path in the settings, as the host reads it (a relative one is in the workspace folder). */
function inFolder(value: unknown, resolvePath: (value: string) => string): unknown {
  return typeof value === 'string' && value !== '' ? resolvePath(value) : value;
}

/**
 * Reads the `speechDraft` section. Never throws: a wrong value is a problem and its default is
 * used; the core's own settings are checked later by `resolveConfig`. File paths go through
 * `resolvePath` (the host takes relative ones from the first workspace folder).
 */
export function readServerSettings(raw: unknown, resolvePath: (value: string) => string = (value) => value, clientLocale?: string): { settings: ServerSettings; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const s = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  const notes = resolveNotesPattern(s.notesFile);
  if (notes.problem) problems.push(notes.problem);
  const settings: ServerSettings = {
    enable: true,
    debounceMs: DEFAULT_DEBOUNCE_MS,
    maxDocumentChars: DEFAULT_MAX_DOCUMENT_CHARS,
    languages: DEFAULT_LANGUAGES,
    locale: messageLocale(s.messageLanguage, clientLocale),
    notesPattern: notes.pattern,
    core: {
      rules: s.rules as Settings['rules'],
      categories: s.categories as Settings['categories'],
      allowWords: s.allowWords,
      speakingRate: s.speakingRate,
      userDictionary: inFolder(s.userDictionary, resolvePath),
      rulePacks: Array.isArray(s.rulePacks) ? s.rulePacks.map((p) => inFolder(p, resolvePath)) : inFolder(s.rulePacks, resolvePath),
    },
  };
  if (s.enable !== undefined) {
    if (typeof s.enable === 'boolean') settings.enable = s.enable;
    else problems.push({ zh: 'enable 应为 true 或 false，已按 true 处理。', en: 'enable must be true or false; using true.' });
  }
  if (s.debounceMs !== undefined) {
    const v = numberInRange(s.debounceMs, 0, 10_000);
    if (v !== undefined) settings.debounceMs = v;
    else problems.push({ zh: `debounceMs 应为 0～10000 之间的毫秒数，已用默认值 ${DEFAULT_DEBOUNCE_MS}。`, en: `debounceMs must be 0 to 10000 milliseconds; using ${DEFAULT_DEBOUNCE_MS}.` });
  }
  if (s.maxDocumentChars !== undefined) {
    const v = numberInRange(s.maxDocumentChars, 1_000, 50_000_000);
    if (v !== undefined) settings.maxDocumentChars = v;
    else problems.push({ zh: `maxDocumentChars 应为 1000～50000000 之间的字符数，已用默认值 ${DEFAULT_MAX_DOCUMENT_CHARS}。`, en: `maxDocumentChars must be 1000 to 50000000 characters; using ${DEFAULT_MAX_DOCUMENT_CHARS}.` });
  }
  if (s.messageLanguage !== undefined && !['zh', 'en', 'auto'].includes(s.messageLanguage as string)) {
    problems.push({ zh: 'messageLanguage 应为 zh、en 或 auto，已按 zh（中文）处理。', en: 'messageLanguage must be zh, en or auto; using zh (Chinese).' });
  }
  if (s.languages !== undefined) {
    const list = Array.isArray(s.languages) ? s.languages.filter((l): l is string => typeof l === 'string' && l !== '') : [];
    if (list.length > 0) settings.languages = list;
    else problems.push({ zh: 'languages 应为语言编号的列表，已用默认值 markdown、plaintext。', en: 'languages must be a list of language ids; using markdown, plaintext.' });
  }
  // An empty string in the settings UI means "no user dictionary".
  if (settings.core.userDictionary === '') settings.core.userDictionary = undefined;
  return { settings, problems };
}
