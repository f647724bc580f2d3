import * as fs from 'node:fs';
import type { Locale } from '../core';

export class UsageError extends Error {}

export function loadSettings(file: string | undefined, locale: Locale): unknown {
  if (!file) return undefined;
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(locale === 'zh' ? `${file}: 配置文件不存在或无法读取` : `${file}: config file missing or unreadable`);
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new UsageError(locale === 'zh' ? `${file}: 配置文件不是有效的 JSON（${(e as Error).message}）` : `${file}: config file is not valid JSON (${(e as Error).message})`);
  }
}
