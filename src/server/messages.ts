import type { Locale, LocalizedText } from '../core';

/** Strings the server shows (it has no access to vscode.l10n). */
export const SERVER_TEXT = {
  disableLine: { zh: '本行不再检查“{0}”', en: 'Disable {0} for this line' },
  turnOff: { zh: '在工作区设置中关闭规则“{0}”', en: 'Turn {0} off in workspace settings' },
  allowWord: { zh: '允许使用“{0}”（加入 speechDraft.allowWords）', en: 'Allow "{0}" (add to speechDraft.allowWords)' },
  fixAll: { zh: '修复全部可自动修复的问题（讲稿助手）', en: 'Fix all auto-fixable problems (Speech Draft)' },
  cleanPasted: { zh: '清理粘贴文本：删除干扰字符、半角标点改全角', en: 'Clean pasted text: remove noise, full-width punctuation' },
  why: { zh: '为什么', en: 'Why' },
  example: { zh: '示例', en: 'Example' },
  ruleDoc: { zh: '规则说明', en: 'Rule documentation' },
  reviewTitle: { zh: '审阅报告', en: 'Review' },
  reviewNone: { zh: '没有发现问题。', en: 'No findings.' },
  reviewTotal: { zh: '共 {0} 处问题', en: '{0} findings' },
  reviewStats: { zh: '正文 {0} 字，按每分钟 {1} 字约需 {2} 分钟（每分钟 150／180／220 字：{3}／{4}／{5} 分钟）。', en: '{0} characters; about {2} minutes at {1} a minute (150/180/220 a minute: {3}/{4}/{5} minutes).' },
  reviewTarget: { zh: '意图卡计划时长：{0} 分钟。', en: 'Planned on the intent card: {0} minutes.' },
  reviewPartial: { zh: '注意：文档较大，本报告只含已检查部分。', en: 'Note: a large document; this review covers only the part that was checked.' },
  lineColumn: { zh: '第 {0} 行第 {1} 列', en: 'line {0}, column {1}' },
  largeVisible: { zh: '文档超过 {0} 字符（speechDraft.maxDocumentChars），只检查可见部分', en: 'Over {0} characters (speechDraft.maxDocumentChars): checking the visible part only' },
  largePaused: { zh: '文档超过 {0} 字符且可见部分过长，已暂停检查；可调大 speechDraft.maxDocumentChars', en: 'Over {0} characters and the visible part is too long: checking paused; raise speechDraft.maxDocumentChars' },
  disabled: { zh: '已停用（speechDraft.enable）', en: 'Disabled (speechDraft.enable)' },
  checkFailed: { zh: '检查出错，已跳过本次检查：{0}', en: 'Checking failed and was skipped: {0}' },
  jiebaFailed: { zh: '无法加载分词词典，暂不能检查：{0}', en: 'Could not load the segmentation dictionaries; nothing is checked: {0}' },
  settingProblem: { zh: '讲稿助手设置：{0}', en: 'Speech Draft settings: {0}' },
} satisfies Record<string, LocalizedText>;

/** Fills {0}, {1}… in a localized string. */
export function say(text: LocalizedText, locale: Locale, ...args: (string | number)[]): string {
  return text[locale].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
