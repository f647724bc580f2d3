import { CATEGORIES, CATEGORY_TABLE, SEVERITIES, type RuleSpec } from './model';
import type { JsonSchema } from './rules/kinds';

const LEVEL: JsonSchema = { enum: [...SEVERITIES, 'off'], description: '级别，或 off 关闭 The level, or off.' };

/**
 * The JSON Schema of a project file (`.speechdraftrc.json`, or `speechDraft` in a package.json),
 * generated into `schemas/` and contributed to VS Code, which then completes rule ids and
 * categories and flags a wrong value as it is typed.
 */
export function projectConfigSchema(rules: readonly RuleSpec[]): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: '讲稿助手项目配置 Speech Draft project settings',
    description: '命令行 speech-draft 和编辑器从草稿所在文件夹向上找到本文件；编辑器设置 speechDraft.* 叠加在上面。标准 JSON：说明写在 $comment 里。 The CLI and the editor find this file from a draft’s folder upwards; editor settings are layered on top. Strict JSON: notes go in $comment.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      $comment: {
        description: '说明文字，检查时忽略（JSON 不能写注释） Notes, ignored by checking (JSON has no comments).',
        anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      },
      rules: {
        type: 'object',
        description: '规则编号 → 级别或 off Rule id → level or off.',
        properties: Object.fromEntries(rules.map((r) => [r.id, { ...LEVEL, description: `${r.message.zh} ${r.message.en}（默认 default: ${r.severity}）` }])),
        additionalProperties: { ...LEVEL, description: '自定义规则包里的规则 A rule from your own pack.' },
      },
      categories: {
        type: 'object',
        description: '类别 → 级别或 off Category → level or off.',
        properties: Object.fromEntries(CATEGORIES.map((c) => [c, { ...LEVEL, description: `${CATEGORY_TABLE[c].name.zh} ${CATEGORY_TABLE[c].name.en}` }])),
        additionalProperties: false,
      },
      allowWords: { type: 'array', items: { type: 'string' }, description: '永不标出的词语 Words never flagged.' },
      rulePacks: { type: 'array', items: { type: 'string' }, description: '自定义规则包，路径相对本文件 Your rule packs, paths relative to this file.' },
      userDictionary: { type: 'string', description: 'jieba 用户词典（每行“词 词频 词性”），路径相对本文件 A jieba user dictionary, relative to this file.' },
      speakingRate: { type: 'number', minimum: 60, maximum: 400, description: '讲话速度（字/分钟，默认 180） Characters a minute (default 180).' },
      exportFontSize: { type: 'number', minimum: 10.5, maximum: 26, description: '导出 Word 讲话稿的正文字号（磅，默认 16 即三号） Body size in points when exporting to Word (default 16).' },
    },
  };
}

/** The same settings as the `speechDraft` key of a package.json. */
export function packageJsonSchema(rules: readonly RuleSpec[]): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: { speechDraft: { ...projectConfigSchema(rules), $schema: undefined } },
  };
}
