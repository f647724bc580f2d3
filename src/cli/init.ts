import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATEGORIES, PROJECT_CONFIG_FILE, type Locale } from '../core/node';
import { UsageError } from './usage';

/**
 * The starter project file. JSON has no comments, so the file stays strict JSON (VS Code
 * validates it as such) and its notes are the strings of `$comment`, which checking ignores.
 */
export function starterConfig(locale: Locale): string {
  const notes =
    locale === 'zh'
      ? [
          '讲稿助手项目配置：命令行 speech-draft 和编辑器都从草稿所在文件夹向上找到它；编辑器设置 speechDraft.* 叠加在它上面。',
          '本文件是标准 JSON，不能写 // 注释；说明都写在 $comment 里，可以删去。',
          'rules：规则编号 → error、warning、information、hint 或 off，如 "hedge-word": "off"；speech-draft rules 列出全部规则。',
          `categories：类别 → 级别或 off。类别：${CATEGORIES.join('、')}。`,
          'allowWords：永不标出的词语，如 ["据说"]。',
          'rulePacks：自己的规则包；userDictionary：jieba 用户词典（每行“词 词频 词性”）。相对路径从本文件所在文件夹算起。',
          'speakingRate：讲话速度（字/分钟，60～400，默认 180），用于估算时长。',
          'exportFontSize：导出 Word 讲话稿的正文字号（磅，10.5～26，默认 16 即三号），可加上，如 "exportFontSize": 18。',
        ]
      : [
          'Speech Draft project settings: the speech-draft CLI and the editor find this file from a draft’s folder upwards; the editor’s speechDraft.* settings are layered on top.',
          'This file is strict JSON (no // comments): notes go in $comment, which you may delete.',
          'rules: rule id → error, warning, information, hint or off, e.g. "hedge-word": "off"; speech-draft rules lists every rule.',
          `categories: category → level or off. Categories: ${CATEGORIES.join(', ')}.`,
          'allowWords: words never flagged, e.g. ["据说"].',
          'rulePacks: your own rule packs; userDictionary: a jieba user dictionary (word freq tag per line). Relative paths start from this file’s folder.',
          'speakingRate: speaking speed in characters a minute (60–400, default 180), for the timing estimate.',
          'exportFontSize: body size of the exported Word speech (points, 10.5–26, default 16); add it if needed, e.g. "exportFontSize": 18.',
        ];
  const starter = { $comment: notes, rules: {}, categories: {}, allowWords: [], rulePacks: [], speakingRate: 180 };
  return JSON.stringify(starter, null, 2) + '\n';
}

/** `speech-draft init [FOLDER]`: writes a starter `.speechdraftrc.json` (never over an existing one without --force). */
export function runInit(folders: string[], force: boolean, locale: Locale): number {
  const zh = locale === 'zh';
  if (folders.length > 1) throw new UsageError(zh ? 'init 只接受一个文件夹' : 'init takes one folder');
  const folder = folders[0] ?? '.';
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new UsageError(zh ? `${folder}：不是文件夹` : `${folder}: not a folder`);
  const file = path.join(folder, PROJECT_CONFIG_FILE);
  if (fs.existsSync(file) && !force) throw new UsageError(zh ? `${file} 已存在；加 --force 覆盖` : `${file} exists; overwrite it with --force`);
  fs.writeFileSync(file, starterConfig(locale));
  process.stdout.write(zh ? `已写入 ${file}\n` : `wrote ${file}\n`);
  return 0;
}
