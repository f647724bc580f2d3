import type { LocalizedText, RulePack } from './model';

/**
 * How the settings' files are read: a user's rule packs and dictionary. Node reads them from
 * disk (`NODE_SETTINGS_FILES` in node.ts); where no file can be read (VS Code in a browser) there
 * is none, and those settings are reported as ignored.
 */
export interface SettingsFiles {
  loadRulePack(file: string): { pack: RulePack } | { problem: LocalizedText };
  /** Why the user dictionary cannot be used, or undefined. */
  userDictionaryProblem(file: string): LocalizedText | undefined;
}
