import type { LocalizedText, RulePack } from '../model';
import { FILE_LIMITS, readRegularFile } from '../files';
import { validatePack } from './validate';
import { untrustedRegexError } from './regexSafety';

/**
 * Reads and validates a user's rule pack; a problem (in both languages) instead of a throw. Its
 * patterns are checked for catastrophic backtracking too: a user's pack is not trusted to be fast.
 */
export function loadRulePackFile(file: string): { pack: RulePack } | { problem: LocalizedText } {
  const unusable = (zh: string, en: string) => ({ problem: { zh: `规则包“${file}”${zh}，已忽略。`, en: `Rule pack "${file}" ${en}; ignored.` } });
  const read = readRegularFile(file, FILE_LIMITS.rulePack);
  if ('problem' in read) return unusable(`无法使用：${read.problem.zh}`, `cannot be used: ${read.problem.en}`);
  let data: unknown;
  try {
    data = JSON.parse(read.bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    return unusable(`不是有效的 JSON（${(e as Error).message}）`, `is not valid JSON (${(e as Error).message})`);
  }
  const errors = validatePack(data, untrustedRegexError);
  if (errors.length > 0) return unusable(`格式有误：${errors[0]}`, `is malformed: ${errors[0]}`);
  return { pack: data as RulePack };
}
