import { CATEGORIES, SEVERITIES, isCategory, type Category, type Level, type Locale, type LocalizedText, type RuleSpec, type Severity } from './model';
import type { SettingsFiles } from './settingsFiles';

/** Settings as a user writes them (VS Code `speechDraft.*` or a `--config` JSON file). */
export interface Settings {
  rules?: Record<string, unknown>;
  categories?: Record<string, unknown>;
  allowWords?: unknown;
  rulePacks?: unknown;
  speakingRate?: unknown;
  userDictionary?: unknown;
  locale?: unknown;
}

export interface ResolvedConfig {
  ruleLevels: Map<string, Level>;
  categoryLevels: Map<Category, Level>;
  allowWords: Set<string>;
  extraRules: RuleSpec[];
  /** Characters per minute (brief §1.4: default 180). */
  speakingRate: number;
  userDictionary?: string;
  locale: Locale;
}

const DEFAULT_SPEAKING_RATE = 180;

export function defaultConfig(): ResolvedConfig {
  return {
    ruleLevels: new Map(),
    categoryLevels: new Map(),
    allowWords: new Set(),
    extraRules: [],
    speakingRate: DEFAULT_SPEAKING_RATE,
    locale: 'zh',
  };
}

/** A setting that could not be used, in both languages; the default was used instead. */
export type ConfigProblem = LocalizedText;

function toLevel(value: unknown): Level | undefined {
  if (value === false || value === 'off') return 'off';
  if (value === true) return undefined;
  if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  if (value === 'info') return 'information';
  if (value === 'warn') return 'warning';
  return undefined;
}

const isLevelValue = (v: unknown) => v === true || toLevel(v) !== undefined;

/** Said when a setting names a file and no file can be read here. */
function cannotReadFiles(setting: string): ConfigProblem {
  return { zh: `在浏览器中运行时不能读取本机文件，设置 ${setting} 已忽略。`, en: `Files cannot be read when running in a browser: the ${setting} setting is ignored.` };
}

/**
 * Turns raw settings into a configuration. Never throws: every unusable value is reported
 * as a problem and replaced by its default. `files` reads rule packs and the user dictionary
 * (undefined where none can be read: those settings are then reported as ignored).
 */
export function resolveConfig(raw: unknown, knownRuleIds: ReadonlySet<string>, files: SettingsFiles | undefined): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const config = defaultConfig();
  const problems: ConfigProblem[] = [];
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ zh: '配置应为一个对象，已使用默认配置。', en: 'Settings must be an object; using defaults.' });
    return { config, problems };
  }
  const s = raw as Settings;

  const extraIds = new Set<string>();
  const packs = s.rulePacks === undefined ? [] : Array.isArray(s.rulePacks) ? s.rulePacks : [s.rulePacks];
  if (packs.length > 0 && !files) problems.push(cannotReadFiles('rulePacks'));
  for (const file of files ? packs : []) {
    if (typeof file !== 'string') {
      problems.push({ zh: `rulePacks 中的“${String(file)}”不是文件路径，已忽略。`, en: `rulePacks entry "${String(file)}" is not a path; ignored.` });
      continue;
    }
    const loaded = files!.loadRulePack(file);
    if ('problem' in loaded) {
      problems.push(loaded.problem);
      continue;
    }
    // A rule id names one rule: settings, directives and the docs would not know which was meant.
    const taken = loaded.pack.rules.find((r) => knownRuleIds.has(r.id) || extraIds.has(r.id));
    if (taken) {
      const where = knownRuleIds.has(taken.id) ? { zh: '内置规则', en: 'a built-in rule' } : { zh: '另一个规则包', en: 'another rule pack' };
      problems.push({ zh: `规则包“${file}”中的规则编号“${taken.id}”与${where.zh}重复，请改名；该规则包已忽略。`, en: `Rule pack "${file}": rule id "${taken.id}" is already used by ${where.en}; rename it. The pack is ignored.` });
      continue;
    }
    for (const rule of loaded.pack.rules) {
      config.extraRules.push(rule);
      extraIds.add(rule.id);
    }
  }

  if (s.rules !== undefined) {
    if (typeof s.rules !== 'object' || s.rules === null || Array.isArray(s.rules)) {
      problems.push({ zh: 'rules 应为“规则编号: 级别”的对象，已忽略。', en: 'rules must map rule ids to levels; ignored.' });
    } else {
      const unknown: string[] = [];
      for (const [id, value] of Object.entries(s.rules)) {
        if (!knownRuleIds.has(id) && !extraIds.has(id)) {
          unknown.push(id);
        } else if (!isLevelValue(value)) {
          problems.push({ zh: `规则“${id}”的级别“${String(value)}”无效（可用 error、warning、information、hint、off），已用默认级别。`, en: `Rule "${id}": invalid level "${String(value)}" (use error, warning, information, hint, off); using the default.` });
        } else {
          const level = toLevel(value);
          if (level) config.ruleLevels.set(id, level);
        }
      }
      if (unknown.length > 0) {
        const names = listed(unknown);
        problems.push({ zh: `未知规则${names.zh}，已忽略。运行 speech-draft rules 可查看全部规则。`, en: `Unknown rule${unknown.length > 1 ? 's' : ''} ${names.en}; ignored. Run speech-draft rules to list them.` });
      }
    }
  }

  if (s.categories !== undefined) {
    if (typeof s.categories !== 'object' || s.categories === null || Array.isArray(s.categories)) {
      problems.push({ zh: 'categories 应为“类别: 开关或级别”的对象，已忽略。', en: 'categories must map categories to on/off or a level; ignored.' });
    } else {
      const unknown: string[] = [];
      for (const [name, value] of Object.entries(s.categories)) {
        if (!isCategory(name)) {
          unknown.push(name);
        } else if (!isLevelValue(value)) {
          problems.push({ zh: `类别“${name}”的取值“${String(value)}”无效，已用默认值。`, en: `Category "${name}": invalid value "${String(value)}"; using the default.` });
        } else {
          const level = toLevel(value);
          if (level) config.categoryLevels.set(name as Category, level);
        }
      }
      if (unknown.length > 0) {
        const names = listed(unknown);
        problems.push({ zh: `未知类别${names.zh}，已忽略。可用类别：${CATEGORIES.join('、')}。`, en: `Unknown categor${unknown.length > 1 ? 'ies' : 'y'} ${names.en}; ignored. Categories: ${CATEGORIES.join(', ')}.` });
      }
    }
  }

  if (s.allowWords !== undefined) {
    if (Array.isArray(s.allowWords) && s.allowWords.every((w) => typeof w === 'string')) {
      for (const w of s.allowWords as string[]) if (w.trim()) config.allowWords.add(w.trim());
    } else {
      problems.push({ zh: 'allowWords 应为字符串数组，已忽略。', en: 'allowWords must be an array of strings; ignored.' });
    }
  }

  if (s.speakingRate !== undefined) {
    if (typeof s.speakingRate === 'number' && Number.isFinite(s.speakingRate) && s.speakingRate >= 60 && s.speakingRate <= 400) {
      config.speakingRate = s.speakingRate;
    } else {
      problems.push({ zh: `speakingRate 应为 60～400 之间的数字（字/分钟），已用默认值 ${DEFAULT_SPEAKING_RATE}。`, en: `speakingRate must be a number from 60 to 400 (characters per minute); using ${DEFAULT_SPEAKING_RATE}.` });
    }
  }

  if (s.userDictionary !== undefined && s.userDictionary !== '') {
    if (!files) {
      problems.push(cannotReadFiles('userDictionary'));
    } else {
      // Checked here, so that a dictionary jieba cannot use is a message and the built-ins are used.
      const problem = typeof s.userDictionary === 'string' ? files.userDictionaryProblem(s.userDictionary) : { zh: '不是文件路径', en: 'is not a file path' };
      if (!problem) config.userDictionary = s.userDictionary as string;
      else problems.push({ zh: `用户词典“${String(s.userDictionary)}”无法使用：${problem.zh}；已只用内置词典。`, en: `User dictionary "${String(s.userDictionary)}" cannot be used: ${problem.en}; using the built-in dictionaries only.` });
    }
  }

  if (s.locale !== undefined) {
    if (s.locale === 'zh' || s.locale === 'en') config.locale = s.locale;
    else if (typeof s.locale === 'string' && /^zh/i.test(s.locale)) config.locale = 'zh';
    else if (typeof s.locale === 'string') config.locale = 'en';
  }

  return { config, problems };
}

/** At most a few names, then how many in all: 100,000 unknown ids make one short message. */
function listed(names: string[], shown = 5): LocalizedText {
  const clip = (n: string) => (n.length > 40 ? `${n.slice(0, 40)}…` : n);
  const head = names.slice(0, shown).map(clip);
  const more = names.length > shown;
  return {
    zh: head.map((n) => `“${n}”`).join('') + (more ? `等 ${names.length} 条` : ''),
    en: head.map((n) => `"${n}"`).join(', ') + (more ? ` and ${names.length - shown} more` : ''),
  };
}

/**
 * Settings in layers: `top` (the editor's) over `base` (a project file's). Rule and category
 * levels merge id by id, allowed words and rule packs add up, and any other value set on top
 * replaces the base's. An unset value (undefined) never hides the layer below.
 */
export function layerSettings(base: Settings, top: Settings): Settings {
  const out: Settings = { ...base };
  for (const [key, value] of Object.entries(top) as [keyof Settings, unknown][]) {
    if (value === undefined) continue;
    const below = base[key];
    if ((key === 'rules' || key === 'categories') && isPlainObject(value) && isPlainObject(below)) out[key] = { ...below, ...value };
    else if ((key === 'allowWords' || key === 'rulePacks') && Array.isArray(value) && Array.isArray(below)) out[key] = [...below, ...value];
    else (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A rule's level under the configuration: its own setting, else its category's, else its default. */
export function levelOf(config: ResolvedConfig, spec: Pick<RuleSpec, 'id' | 'category' | 'severity'>): Level {
  return config.ruleLevels.get(spec.id) ?? config.categoryLevels.get(spec.category) ?? spec.severity;
}
