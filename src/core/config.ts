import * as fs from 'node:fs';
import { CATEGORIES, SEVERITIES, isCategory, type Category, type Level, type Locale, type LocalizedText, type RuleSpec, type Severity } from './model';
import { loadRulePackFile } from './rules/loadPack';

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

/**
 * Turns raw settings into a configuration. Never throws: every unusable value is reported
 * as a problem and replaced by its default.
 */
export function resolveConfig(raw: unknown, knownRuleIds: ReadonlySet<string>): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const config = defaultConfig();
  const problems: ConfigProblem[] = [];
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ zh: '配置应为一个对象，已使用默认配置。', en: 'Settings must be an object; using defaults.' });
    return { config, problems };
  }
  const s = raw as Settings;

  const extraIds = new Set<string>();
  if (s.rulePacks !== undefined) {
    const files = Array.isArray(s.rulePacks) ? s.rulePacks : [s.rulePacks];
    for (const file of files) {
      if (typeof file !== 'string') {
        problems.push({ zh: `rulePacks 中的“${String(file)}”不是文件路径，已忽略。`, en: `rulePacks entry "${String(file)}" is not a path; ignored.` });
        continue;
      }
      const loaded = loadRulePackFile(file);
      if ('problem' in loaded) problems.push(loaded.problem);
      else for (const rule of loaded.pack.rules) {
        config.extraRules.push(rule);
        extraIds.add(rule.id);
      }
    }
  }

  if (s.rules !== undefined) {
    if (typeof s.rules !== 'object' || s.rules === null || Array.isArray(s.rules)) {
      problems.push({ zh: 'rules 应为“规则编号: 级别”的对象，已忽略。', en: 'rules must map rule ids to levels; ignored.' });
    } else {
      for (const [id, value] of Object.entries(s.rules)) {
        if (!knownRuleIds.has(id) && !extraIds.has(id)) {
          problems.push({ zh: `未知规则“${id}”，已忽略。运行 speech-draft rules 可查看全部规则。`, en: `Unknown rule "${id}"; ignored. Run speech-draft rules to list them.` });
        } else if (!isLevelValue(value)) {
          problems.push({ zh: `规则“${id}”的级别“${String(value)}”无效（可用 error、warning、information、hint、off），已用默认级别。`, en: `Rule "${id}": invalid level "${String(value)}" (use error, warning, information, hint, off); using the default.` });
        } else {
          const level = toLevel(value);
          if (level) config.ruleLevels.set(id, level);
        }
      }
    }
  }

  if (s.categories !== undefined) {
    if (typeof s.categories !== 'object' || s.categories === null || Array.isArray(s.categories)) {
      problems.push({ zh: 'categories 应为“类别: 开关或级别”的对象，已忽略。', en: 'categories must map categories to on/off or a level; ignored.' });
    } else {
      for (const [name, value] of Object.entries(s.categories)) {
        if (!isCategory(name)) {
          problems.push({ zh: `未知类别“${name}”，已忽略。可用类别：${CATEGORIES.join('、')}。`, en: `Unknown category "${name}"; ignored. Categories: ${CATEGORIES.join(', ')}.` });
        } else if (!isLevelValue(value)) {
          problems.push({ zh: `类别“${name}”的取值“${String(value)}”无效，已用默认值。`, en: `Category "${name}": invalid value "${String(value)}"; using the default.` });
        } else {
          const level = toLevel(value);
          if (level) config.categoryLevels.set(name as Category, level);
        }
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
    if (typeof s.userDictionary === 'string' && fs.existsSync(s.userDictionary) && fs.statSync(s.userDictionary).isFile()) {
      config.userDictionary = s.userDictionary;
    } else {
      problems.push({ zh: `用户词典“${String(s.userDictionary)}”不存在或不可读，已只用内置词典。`, en: `User dictionary "${String(s.userDictionary)}" is missing or unreadable; using the built-in dictionaries only.` });
    }
  }

  if (s.locale !== undefined) {
    if (s.locale === 'zh' || s.locale === 'en') config.locale = s.locale;
    else if (typeof s.locale === 'string' && /^zh/i.test(s.locale)) config.locale = 'zh';
    else if (typeof s.locale === 'string') config.locale = 'en';
  }

  return { config, problems };
}

/** A rule's level under the configuration: its own setting, else its category's, else its default. */
export function levelOf(config: ResolvedConfig, spec: Pick<RuleSpec, 'id' | 'category' | 'severity'>): Level {
  return config.ruleLevels.get(spec.id) ?? config.categoryLevels.get(spec.category) ?? spec.severity;
}
