import type { Locale, LocalizedText } from '../core';

/** Strings the server shows (it has no access to vscode.l10n). */
export const SERVER_TEXT = {
  disableLine: { zh: '本行不再检查“{0}”', en: 'Do not check "{0}" on this line' },
  disableDocument: { zh: '本文不再检查“{0}”', en: 'Do not check "{0}" in this document' },
  turnOff: { zh: '关闭“{0}”规则（工作区设置）', en: 'Turn "{0}" off (workspace settings)' },
  allowWord: { zh: '允许使用“{0}”（加入 speechDraft.allowWords）', en: 'Allow "{0}" (add to speechDraft.allowWords)' },
  fixAll: { zh: '修复全部可自动修复的问题（讲稿助手）', en: 'Fix all auto-fixable problems (Speech Draft)' },
  moveToNotes: { zh: '移到起草说明（作为参谋意见另附，不在讲话中讲）', en: 'Move to the drafting notes (a suggestion for the leader, not said in the speech)' },
  cleanPasted: { zh: '清理粘贴文本：删除干扰字符、半角标点改全角', en: 'Clean pasted text: remove noise, full-width punctuation' },
  why: { zh: '为什么：', en: 'Why: ' },
  example: { zh: '示例：', en: 'Example: ' },
  ruleDoc: { zh: '规则说明', en: 'Rule documentation' },
  fixDelete: { zh: '删除', en: 'Delete' },
  fixReplace: { zh: '替换', en: 'Replace' },
  intentCardGroup: { zh: '对照意图卡（篇幅、要点、称呼、讲话人）', en: 'Against the intent card (length, key points, address, speaker)' },
  reviewTitle: { zh: '审阅报告', en: 'Review' },
  reviewNone: { zh: '没有发现问题。', en: 'No findings.' },
  reviewTotal: { zh: '共 {0} 处问题', en: '{0} findings' },
  reviewStats: { zh: '正文 {0} 字，按每分钟 {1} 字约需 {2} 分钟（每分钟 150／180／220 字：{3}／{4}／{5} 分钟）。', en: '{0} characters; about {2} minutes at {1} a minute (150/180/220 a minute: {3}/{4}/{5} minutes).' },
  reviewTarget: { zh: '意图卡计划时长：{0} 分钟。', en: 'Planned on the intent card: {0} minutes.' },
  reviewPartial: { zh: '注意：文档较大，本报告只含已检查部分。', en: 'Note: a large document; this review covers only the part that was checked.' },
  lineColumn: { zh: '第 {0} 行第 {1} 列', en: 'line {0}, column {1}' },
  largeVisible: { zh: '文档超过 {0} 字符（speechDraft.maxDocumentChars），只检查了可见部分（第 {1}～{2} 行）', en: 'Over {0} characters (speechDraft.maxDocumentChars): only the visible part was checked (lines {1}–{2})' },
  largeBeginning: { zh: '文档超过 {0} 字符（speechDraft.maxDocumentChars），只检查了开头（第 {1}～{2} 行）；可调大该设置后再检查全文', en: 'Over {0} characters (speechDraft.maxDocumentChars): only the beginning was checked (lines {1}–{2}); raise the setting to check it all' },
  largePaused: { zh: '文档超过 {0} 字符且可见部分过长，已暂停检查；可调大 speechDraft.maxDocumentChars', en: 'Over {0} characters and the visible part is too long: checking paused; raise speechDraft.maxDocumentChars' },
  disabled: { zh: '已停用（speechDraft.enable）', en: 'Disabled (speechDraft.enable)' },
  notesFile: { zh: '起草说明文件，不作为讲话稿检查', en: 'Drafting notes: not checked as a speech' },
  checkFailed: { zh: '检查出错，已跳过本次检查：{0}', en: 'Checking failed and was skipped: {0}' },
  jiebaFailed: { zh: '无法加载分词词典，暂不能检查：{0}', en: 'Could not load the segmentation dictionaries; nothing is checked: {0}' },
  settingProblem: { zh: '讲稿助手设置：{0}', en: 'Speech Draft settings: {0}' },
  ownFile: { zh: '不检查：这是讲稿助手自带的文件', en: 'Not checked: a file of the Speech Draft extension itself' },
  notProse: { zh: '不检查：未命名文档中没有中文正文', en: 'Not checked: an untitled document without Chinese prose' },
  logStarted: { zh: '讲稿助手语言服务器 {0} 已启动（{1}）', en: 'Speech Draft language server {0} started ({1})' },
  runtimeNode: { zh: 'Node {0}，{1}，进程 {2}', en: 'Node {0}, {1}, process {2}' },
  runtimeBrowser: { zh: '浏览器中的 Web Worker', en: 'a Web Worker in the browser' },
  logSegmenter: { zh: '分词词典（jieba）加载用时 {0} 毫秒', en: 'Segmentation dictionaries (jieba) loaded in {0} ms' },
  logSettings: { zh: '设置：消息语言 {0}，检查语言 {1}，防抖 {2} 毫秒，大文档上限 {3} 字符', en: 'Settings: messages in {0}, languages {1}, debounce {2} ms, large-document limit {3} characters' },
  logCheck: { zh: '检查 {0}（第 {1} 版）：{2} 字符，{3} 处问题，用时 {4} 毫秒', en: 'Checked {0} (version {1}): {2} characters, {3} findings, {4} ms' },
  // The minutes first: a long title is cut off at the end in a narrow Outline view.
  partName: { zh: '{1} 分钟 · {0}', en: '{1} min · {0}' },
  partDetail: { zh: '{0} 字', en: '{0} chars' },
  opening: { zh: '开场', en: 'Opening' },
  chartTitle: { zh: '各部分讲话时长（按每分钟 {0} 字）', en: 'Speaking time per part (at {0} characters a minute)' },
  chartUnit: { zh: '分钟', en: 'min' },
  chartTotal: { zh: '全文', en: 'Whole speech' },
  chartPlanned: { zh: '计划 {0} 分钟', en: 'Planned {0} min' },
  chartExport: { zh: '导出为图片', en: 'Export as image' },
  relatedPlace: { zh: '{0}（问题见第 {1} 行）', en: '{0} (see the finding on line {1})' },
} satisfies Record<string, LocalizedText>;

/** Fills {0}, {1}… in a localized string. */
export function say(text: LocalizedText, locale: Locale, ...args: (string | number)[]): string {
  return text[locale].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
