import type { Engine, EngineBuilder } from './engine';
import type { ProjectFiles } from './host';

/** What building an engine gives: the engine, its settings problems (localized), jieba's load time if it loaded. */
export type BuiltEngine = ReturnType<EngineBuilder['build']>;

/**
 * The engine of each document: the editor's settings layered over the project file found from
 * the document's folder upwards (`.speechdraftrc.json`, or `speechDraft` in a package.json), so
 * a team's file applies in the editor as on the command line. One engine per project file;
 * `forget()` drops them all when settings or project files change.
 */
export class ProjectEngines {
  private readonly folders = new Map<string, string | null>();
  private readonly engines = new Map<string, Engine>();

  constructor(
    private readonly builder: EngineBuilder,
    /** Undefined where files cannot be read (the browser): the editor's settings alone. */
    private readonly projectFiles: ProjectFiles | undefined,
    private readonly editorSettings: unknown,
    /** The client's display language, for messageLanguage "auto". */
    private readonly clientLocale: string | undefined,
    /** The first workspace folder's URI: relative paths in editor settings, and where an untitled draft's project file is looked for. */
    private readonly workspaceFolder: string | undefined,
    /** Told of each engine built, to log it and show its problems once. */
    private readonly report: (built: BuiltEngine) => void,
  ) {}

  /** The engine for a document URI (built on first use; jieba loads with the first one). */
  engineFor(uri: string): Engine {
    const configFile = this.configFileFor(uri);
    const key = configFile ?? '';
    const cached = this.engines.get(key);
    // jieba holds one user dictionary at a time: an engine built for another is rebuilt.
    if (cached && cached.dictionary === this.builder.dictionary) return cached;
    const built = this.builder.build(this.editorSettings, this.clientLocale, this.workspaceFolder, configFile ? this.projectFiles?.read(configFile) : undefined);
    this.engines.set(key, built.engine);
    if (!cached) this.report(built);
    return built.engine;
  }

  /** Project files were added, changed or removed: find and read them again. */
  forget(): void {
    this.folders.clear();
    this.engines.clear();
  }

  private configFileFor(uri: string): string | undefined {
    return this.projectFiles?.find(uri, this.workspaceFolder, this.folders);
  }
}
