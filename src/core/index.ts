import { Checker } from './checker';
import { resolveConfig, type ConfigProblem } from './config';
import { JiebaSegmenter, type Segmenter } from './segmenter';
import { builtInRules } from './rules/packs';

export { Checker, DocumentSession, documentKind, type CheckResult, type DocumentKind } from './checker';
export { resolveConfig, defaultConfig, type Settings, type ResolvedConfig, type ConfigProblem } from './config';
export { JiebaSegmenter, alignTokens, type Segmenter, type Token } from './segmenter';
export { builtInRules, BUILT_IN_PACKS } from './rules/packs';
export { LineIndex } from './lineIndex';
export * from './findings';
export type { RuleSpec, RulePack } from './rules/types';
export type { IntentCard } from './intentCard';
export type { DraftStats } from './stats';

/** Builds a checker from raw settings: every unusable setting becomes a problem, never a crash. */
export function createChecker(settings?: unknown, segmenter?: Segmenter): { checker: Checker; problems: ConfigProblem[]; segmenter: Segmenter } {
  const rules = builtInRules();
  const { config, problems } = resolveConfig(settings, new Set(rules.map((r) => r.id)));
  const seg = segmenter ?? new JiebaSegmenter(config.userDictionary);
  return { checker: new Checker(seg, rules, config), problems, segmenter: seg };
}
