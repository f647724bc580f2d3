import type { Locale, ProjectConfig, Segmenter, SettingsFiles } from '../core';

/** Finding and reading a document's project file (`.speechdraftrc.json`, or `speechDraft` in a package.json). */
export interface ProjectFiles {
  /** The project file for a document URI (an untitled one: from the workspace folder's URI), searching upwards; `cache` remembers the folders seen. */
  find(documentUri: string, workspaceFolder: string | undefined, cache: Map<string, string | null>): string | undefined;
  read(file: string): ProjectConfig;
}

/** What the language server needs from where it runs: a Node process (nodeHost.ts) or a browser Web Worker (browserServer.ts). */
export interface ServerHost {
  /** Where it runs, for the log. */
  runtime(locale: Locale): string;
  /** The server's process id, where there is one. */
  pid?: number;
  /** Where rule links point when the client gives none. */
  defaultRuleLink?: string;
  /** A document of the installed extension itself (its rule docs, README): never checked. */
  isOwnFile(uri: string): boolean;
  /** Reads the files the settings name; undefined where none can be read. */
  files: SettingsFiles | undefined;
  /** A path from the settings as the server reads it: a relative one is taken from the first workspace folder (its URI). */
  resolvePath(value: string, workspaceFolder: string | undefined): string;
  /** Project files, where the server can read files (not in a browser). */
  projectFiles?: ProjectFiles;
  /** A segmenter with our dictionaries and the user's, if any; it loads on `load()`. */
  segmenter(userDictionary: string | undefined): Segmenter;
}
