import * as path from 'node:path';
import { Checker, JiebaSegmenter, NODE_SETTINGS_FILES, builtInRules, findProjectConfigFile, readProjectConfig, resolveWithProject, type ConfigProblem, type Locale, type ProjectConfig, type RuleSpec, type Settings } from '../core/node';

const RULES = builtInRules();
const KNOWN_IDS = new Set(RULES.map((r) => r.id));

/**
 * The checker for each file on the command line. With `--config FILE` every file uses that
 * file's settings; otherwise each uses the project file found from its folder upwards
 * (`.speechdraftrc.json`, or `speechDraft` in a package.json). Problems in a configuration are
 * reported once.
 */
export class CheckerForFile {
  private readonly byConfig = new Map<string, { checker: Checker; dictionary?: string }>();
  private readonly folders = new Map<string, string | null>();
  /** jieba keeps one dictionary per process: the one loaded last. */
  private loaded: { segmenter: JiebaSegmenter; dictionary?: string } | undefined;

  constructor(
    /** The settings of `--config FILE`, which replace discovery; undefined to discover. */
    private readonly explicit: { settings: Settings } | undefined,
    private readonly locale: Locale,
    private readonly report: (problems: ConfigProblem[]) => void,
  ) {}

  /** The checker for a file ("-" is stdin, configured from the current folder). */
  for(file: string): Checker {
    const configFile = this.explicit ? undefined : findProjectConfigFile(path.dirname(path.resolve(file === '-' ? 'stdin' : file)), this.folders);
    const key = configFile ?? '';
    const cached = this.byConfig.get(key);
    if (cached && cached.dictionary === this.loaded?.dictionary) return cached.checker;
    const project = configFile ? readProjectConfig(configFile) : undefined;
    const top: Settings = { ...(this.explicit?.settings ?? {}), locale: this.locale };
    const { config, problems } = resolveWithProject(project, top, KNOWN_IDS, NODE_SETTINGS_FILES);
    if (!cached) this.report(problems);
    const segmenter = this.segmenterFor(config.userDictionary);
    const checker = new Checker(segmenter, RULES, config);
    this.byConfig.set(key, { checker, dictionary: config.userDictionary });
    return checker;
  }

  /** Every rule of the checkers used so far (built-in, then each project's packs), once each. */
  rules(): RuleSpec[] {
    const byId = new Map<string, RuleSpec>();
    for (const { checker } of this.byConfig.values()) for (const r of checker.rules) if (!byId.has(r.id)) byId.set(r.id, r);
    return byId.size ? [...byId.values()] : RULES;
  }

  private segmenterFor(dictionary: string | undefined): JiebaSegmenter {
    if (!this.loaded || this.loaded.dictionary !== dictionary) {
      const segmenter = new JiebaSegmenter(dictionary);
      segmenter.load();
      this.loaded = { segmenter, dictionary };
    }
    return this.loaded.segmenter;
  }
}

/** The project file's own settings for a file (for `export`, which reads exportFontSize), its problems reported. */
export function projectSettingsOf(file: string, report: (problems: ConfigProblem[]) => void): ProjectConfig['settings'] | undefined {
  const configFile = findProjectConfigFile(path.dirname(path.resolve(file === '-' ? 'stdin' : file)));
  if (!configFile) return undefined;
  const project = readProjectConfig(configFile);
  report(project.problems);
  return project.settings;
}
