// The core in Node: everything in index.ts, plus what reads files (the package's segmenter files,
// a user's rule packs and dictionary).
import { Checker } from './checker';
import { resolveConfig, type ConfigProblem } from './config';
import { JiebaSegmenter } from './segmenter';
import { builtInRules } from './rules/packs';
import { loadRulePackFile } from './rules/loadPack';
import { userDictionaryProblem } from './dictionaryFiles';
import type { SettingsFiles } from './settingsFiles';
import type { Segmenter } from './model';

export * from './index';
export { JiebaSegmenter, nodeWasmJiebaData } from './segmenter';
export { packageFile } from './packageFiles';
export { PROJECT_CONFIG_FILE, findProjectConfigFile, readProjectConfig } from './projectConfig';

/** The settings' files from disk. */
export const NODE_SETTINGS_FILES: SettingsFiles = { loadRulePack: loadRulePackFile, userDictionaryProblem };

/** Builds a checker from raw settings: every unusable setting becomes a problem, never a crash. */
export function createChecker(settings?: unknown, segmenter?: Segmenter): { checker: Checker; problems: ConfigProblem[]; segmenter: Segmenter } {
  const rules = builtInRules();
  const { config, problems } = resolveConfig(settings, new Set(rules.map((r) => r.id)), NODE_SETTINGS_FILES);
  const seg = segmenter ?? new JiebaSegmenter(config.userDictionary);
  return { checker: new Checker(seg, rules, config), problems, segmenter: seg };
}
