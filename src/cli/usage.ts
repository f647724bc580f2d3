import type { ConfigProblem, Locale } from '../core/node';
import { FILE_LIMITS, readRegularFile } from '../core/files';

export class UsageError extends Error {
  // Known by name, not by class: the Word parts (export) are a bundle of their own with their own copy of this class.
  override readonly name = 'UsageError';
}

/** The `--config` file: a regular file holding a JSON object (an array, a string or null is a usage error). */
export function loadSettings(file: string | undefined, locale: Locale): Record<string, unknown> | undefined {
  if (!file) return undefined;
  const read = readRegularFile(file, FILE_LIMITS.config);
  if ('problem' in read) throw new UsageError(locale === 'zh' ? `${file}: 配置文件无法使用：${read.problem.zh}` : `${file}: config file cannot be used: ${read.problem.en}`);
  let data: unknown;
  try {
    data = JSON.parse(read.bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError(locale === 'zh' ? `${file}: 配置文件不是有效的 JSON（${(e as Error).message}）` : `${file}: config file is not valid JSON (${(e as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const what = data === null ? 'null' : Array.isArray(data) ? (locale === 'zh' ? '数组' : 'an array') : typeof data;
    throw new UsageError(locale === 'zh' ? `${file}: 配置文件应为 JSON 对象（如 {"rules": {"hedge-word": "off"}}），这里是${what}` : `${file}: the config file must hold a JSON object (e.g. {"rules": {"hedge-word": "off"}}), not ${what}`);
  }
  return data as Record<string, unknown>;
}

/** Settings problems on stderr, one line each. */
export function warn(problems: ConfigProblem[], locale: Locale): void {
  for (const p of problems) process.stderr.write(`speech-draft: ${p[locale]}\n`);
}
