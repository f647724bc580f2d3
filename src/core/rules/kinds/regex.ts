import type { CompiledRule, Match } from '../../model';
import { RegexTriggers } from '../regexTriggers';
import { splitLeadingLookbehind } from '../leadingLookbehind';
import type { ParagraphKind } from './kind';

interface CompiledRegex {
  rule: CompiledRule;
  regex: RegExp;
  /** A leading lookbehind split off the regex, tested only where the rest matches. */
  guard?: RegExp;
  wholeWord: boolean;
}

function isSurrogatePair(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * A regular expression over the paragraph's prose (Unicode mode). A regex runs only on
 * paragraphs holding the characters it requires (see `RegexTriggers`).
 */
export const regexKind: ParagraphKind = {
  key: 'regex',
  scope: 'paragraph',
  summary: "a regular expression over the paragraph's prose",
  schema: {
    regex: { type: 'string', minLength: 1, description: "A regular expression (JavaScript, Unicode mode) over the paragraph's prose." },
    wholeWord: { type: 'boolean', description: 'The match must start and end on word boundaries.' },
  },
  validate(match, checkRegex) {
    const error = checkRegex(match.regex);
    return error ? [`bad regex: ${error}`] : [];
  },
  compile(rules) {
    const regexes: CompiledRegex[] = rules.map((rule) => {
      const { main, guard } = splitLeadingLookbehind(rule.spec.match.regex as string, 'gu');
      return { rule, regex: main, guard, wholeWord: rule.spec.match.wholeWord === true };
    });
    // The whole source: a positive lookbehind's characters must be in the paragraph too.
    const triggers = new RegexTriggers(rules.map((r) => r.spec.match.regex as string));
    return (ctx, out: Match[]) => {
      const text = ctx.text;
      const mayMatch = triggers.candidates(text);
      for (let i = 0; i < regexes.length; i++) {
        if (!mayMatch[i]) continue;
        const { rule, regex, guard, wholeWord } = regexes[i];
        regex.lastIndex = 0;
        for (let m = regex.exec(text); m; m = regex.exec(text)) {
          if (m[0].length === 0) {
            regex.lastIndex++;
            continue;
          }
          if (guard) {
            guard.lastIndex = m.index;
            if (!guard.test(text)) {
              // No match starts here; the next may start inside this one (one code point on).
              regex.lastIndex = m.index + (isSurrogatePair(text, m.index) ? 2 : 1);
              continue;
            }
          }
          const start = m.index;
          const end = start + m[0].length;
          if (!wholeWord || (ctx.startsToken(start) && ctx.endsToken(end))) out.push({ rule, start, end });
        }
      }
    };
  },
};
