// The core's API, the same in Node and in a browser Worker: nothing here reads a file. Node
// callers (CLI, language server in Node, scripts, tests) use node.ts, which adds the parts that do.
export { Checker, DocumentSession, documentKind, type CheckResult } from './checker';
export { resolveConfig, type Settings, type ResolvedConfig, type ConfigProblem } from './config';
export type { SettingsFiles } from './settingsFiles';
export { problemOfFile, resolveWithProject, type ProjectConfig } from './projectLayers';
export { WasmJiebaSegmenter, WasmJiebaDataError, type WasmJiebaData } from './wasmSegmenter';
export { SEGMENTER_FILES } from './segmenterFiles';
export { DictionaryError } from './dictionaryError';
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
