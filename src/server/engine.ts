import { Checker, builtInRules, resolveConfig, resolveWithProject, CATEGORIES, CATEGORY_TABLE, type Locale, type ProjectConfig, type RuleSpec, type Segmenter } from '../core';
import { readServerSettings, type ServerSettings } from './settings';
import type { ServerHost } from './host';

/** Everything that depends on settings; rebuilt when they change. */
export interface Engine {
  checker: Checker;
  /** Only the paste-cleanup categories (noise, punctuation), for "clean pasted text". */
  cleaner: Checker;
  specs: Map<string, RuleSpec>;
  settings: ServerSettings;
  /** Changes with every rebuild, so document sessions of an older engine are replaced. */
  generation: number;
  /** The language of findings, hovers and every message (settings.locale). */
  locale: Locale;
  /** The user dictionary it segments with. */
  dictionary?: string;
}

const RULES = builtInRules();
const KNOWN_IDS = new Set(RULES.map((r) => r.id));
const NOT_CLEANUP = Object.fromEntries(CATEGORIES.filter((c) => !CATEGORY_TABLE[c].pasteCleanup).map((c) => [c, 'off']));

/**
 * Builds engines from settings. jieba is loaded again only when the user dictionary changes.
 */
export class EngineBuilder {
  private segmenter: { instance: Segmenter; dictionary?: string } | undefined;
  private generation = 0;

  constructor(private readonly host: ServerHost) {}

  /** The user dictionary jieba holds now: an engine built for another one segments wrongly and must be rebuilt. */
  get dictionary(): string | undefined {
    return this.segmenter?.dictionary;
  }

  /**
   * The engine for these raw `speechDraft` settings layered over a project file (if any), every
   * problem found in them (localized; the project file's name its file), and how long jieba took
   * to load when this build loaded it.
   */
  build(raw: unknown, clientLocale: string | undefined, workspaceFolder: string | undefined, project?: ProjectConfig): { engine: Engine; problems: string[]; segmenterLoadMs?: number } {
    const { settings, problems } = readServerSettings(raw, (value) => this.host.resolvePath(value, workspaceFolder), clientLocale);
    const locale = settings.locale;
    const { config, problems: coreProblems } = resolveWithProject(project, { ...settings.core, locale }, KNOWN_IDS, this.host.files);
    let segmenterLoadMs: number | undefined;
    if (!this.segmenter || this.segmenter.dictionary !== config.userDictionary) {
      const began = performance.now();
      const instance = this.host.segmenter(config.userDictionary);
      instance.load?.();
      segmenterLoadMs = Math.round(performance.now() - began);
      this.segmenter = { instance, dictionary: config.userDictionary };
    }
    const segmenter = this.segmenter.instance;
    const cleanerConfig = resolveConfig({ categories: NOT_CLEANUP, locale }, KNOWN_IDS, this.host.files).config;
    const checker = new Checker(segmenter, RULES, config);
    const engine: Engine = {
      checker,
      cleaner: new Checker(segmenter, RULES, cleanerConfig),
      specs: new Map(checker.rules.map((r) => [r.id, r])),
      settings,
      generation: ++this.generation,
      locale,
      dictionary: config.userDictionary,
    };
    return { engine, problems: [...problems, ...coreProblems].map((p) => p[locale]), segmenterLoadMs };
  }
}
