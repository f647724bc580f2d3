// A project file's settings under the editor's or the command line's: no file is read here, so the
// browser's language server layers them too (projectConfig.ts finds and reads the files in Node).
import { layerSettings, resolveConfig, type ConfigProblem, type ResolvedConfig, type Settings } from './config';
import type { SettingsFiles } from './settingsFiles';

export interface ProjectConfig {
  /** The file the settings come from: a `.speechdraftrc.json` or a `package.json`. */
  file: string;
  /** The settings, relative paths made absolute from the file's folder; empty (the defaults) when the file is unusable. */
  settings: Settings & { exportFontSize?: unknown };
  /** What could not be used, each naming the file. */
  problems: ConfigProblem[];
}

/** A problem of a project file, naming the file. */
export const problemOfFile = (file: string, p: ConfigProblem): ConfigProblem => ({ zh: `${file}：${p.zh}`, en: `${file}: ${p.en}` });

/**
 * The configuration of a draft: its project file (if any) with `top` (the editor's settings, or
 * none) layered over it. Problems with the project file name it; the others are the editor's.
 */
export function resolveWithProject(project: ProjectConfig | undefined, top: Settings, knownRuleIds: ReadonlySet<string>, files: SettingsFiles | undefined): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const { config, problems } = resolveConfig(layerSettings(project?.settings ?? {}, top), knownRuleIds, files);
  if (!project) return { config, problems };
  const own = resolveConfig(project.settings, knownRuleIds, files).problems;
  const ownText = new Set(own.map((p) => p.en));
  return { config, problems: [...project.problems, ...own.map((p) => problemOfFile(project.file, p)), ...problems.filter((p) => !ownText.has(p.en))] };
}
