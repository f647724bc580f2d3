import { Checker } from './checker';
import { resolveConfig, type ConfigProblem } from './config';
import { JiebaSegmenter } from './segmenter';
import { builtInRules } from './rules/packs';
import type { Segmenter } from './model';

export { Checker, DocumentSession, documentKind, type CheckResult } from './checker';
export { resolveConfig, type Settings, type ResolvedConfig, type ConfigProblem } from './config';
export { PROJECT_CONFIG_FILE, findProjectConfigFile, readProjectConfig, resolveWithProject, type ProjectConfig } from './projectConfig';
export { JiebaSegmenter, alignTokens } from './segmenter';
export { DictionaryError } from './dictionaryFiles';
export { builtInRules, BUILT_IN_PACKS } from './rules/packs';
export { validatePack } from './rules/validate';
export { rulePackSchema } from './rules/schema';
export { projectConfigSchema, packageJsonSchema } from './projectConfigSchema';
export { ruleKindOf } from './rules/kinds';
export { LineIndex } from './lineIndex';
export { markdownBlocks, wholeBlocksSpan } from './blocks';
export { markdownShape } from './markdownShape';
export { isClusterBoundary } from './graphemes';
export { fillMessage, ruleTitle } from './ruleText';
export { sentenceToMove, type SentenceToMove } from './movableSentence';
export { applyEdits, fixText, mergeFixes, safeFixEdits, type TextEdit } from './autofix';
export * from './model';
export type { IntentCard } from './intentCard';
export type { DraftStats } from './stats';
export { partsAt, chartParts, type Outline, type OutlinePart, type Stretch } from './outline';
export { DEFAULT_NOTES_FILE, resolveNotesPattern, notesFileName, isNotesFileName, notesHeader, formatNote, parseNotes, type DraftNote } from './notes';

/** Builds a checker from raw settings: every unusable setting becomes a problem, never a crash. */
export function createChecker(settings?: unknown, segmenter?: Segmenter): { checker: Checker; problems: ConfigProblem[]; segmenter: Segmenter } {
  const rules = builtInRules();
  const { config, problems } = resolveConfig(settings, new Set(rules.map((r) => r.id)));
  const seg = segmenter ?? new JiebaSegmenter(config.userDictionary);
  return { checker: new Checker(seg, rules, config), problems, segmenter: seg };
}
