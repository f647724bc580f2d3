import { CATEGORY_TABLE, fillMessage, ruleTitle, type Locale } from '../core';
import { levelOf } from '../core/config';
import type { RuleInfo } from '../protocol';
import type { Engine } from './engine';
import { SERVER_TEXT, say } from './messages';

/** Every rule the engine knows (built in and the user's packs), localized, with the level in force. */
export function ruleInfos({ checker }: Engine, locale: Locale): RuleInfo[] {
  return checker.rules.map((spec) => ({
    id: spec.id,
    title: ruleTitle(spec, locale),
    category: spec.category,
    categoryName: CATEGORY_TABLE[spec.category].name[locale],
    level: levelOf(checker.config, spec),
    defaultLevel: spec.severity,
    categoryLevel: checker.config.categoryLevels.get(spec.category),
    message: fillMessage(spec.message[locale]),
    guidance: spec.guidance[locale],
    brief: spec.brief ?? [],
    bad: spec.examples.bad,
    good: spec.examples.good,
    fix: spec.fix ? spec.fix.title?.[locale] ?? say(spec.fix.delete ? SERVER_TEXT.fixDelete : SERVER_TEXT.fixReplace, locale) : undefined,
  }));
}
