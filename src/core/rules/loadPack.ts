import * as fs from 'node:fs';
import type { LocalizedText, RulePack } from '../model';
import { validatePack } from './validate';

/** Reads and validates a user's rule pack; a problem (in both languages) instead of a throw. */
export function loadRulePackFile(file: string): { pack: RulePack } | { problem: LocalizedText } {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : '不是有效的 JSON';
    const whyEn = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : 'not valid JSON';
    return { problem: { zh: `规则包“${file}”无法读取（${why}），已忽略。`, en: `Rule pack "${file}" could not be read (${whyEn}); ignored.` } };
  }
  const errors = validatePack(data);
  if (errors.length > 0) {
    return { problem: { zh: `规则包“${file}”格式有误：${errors[0]}，已忽略。`, en: `Rule pack "${file}" is malformed: ${errors[0]}; ignored.` } };
  }
  return { pack: data as RulePack };
}
