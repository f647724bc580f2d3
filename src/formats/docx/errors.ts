import type { LocalizedText } from '../../core';

/** Why a file could not be read as a .docx; `message` is one line, for the CLI and the editor alike. */
export type DocxErrorCode = 'doc' | 'wps' | 'encrypted' | 'ole' | 'rtf' | 'not-zip' | 'not-word' | 'corrupt' | 'too-large';

const MESSAGES: Record<DocxErrorCode, LocalizedText> = {
  doc: {
    zh: '是 Word 97-2003 格式（.doc），无法直接读取，请在 Word 或 WPS 中“另存为” .docx 后再检查',
    en: 'is a Word 97-2003 document (.doc) and cannot be read; save it as .docx in Word or WPS first',
  },
  wps: {
    zh: '是 WPS 文字格式（.wps），无法直接读取，请在 WPS 中“另存为” .docx 后再检查',
    en: 'is a WPS Writer document (.wps) and cannot be read; save it as .docx in WPS first',
  },
  encrypted: {
    zh: '设有打开密码（已加密），无法读取；请在 Word 中取消密码（文件 → 信息 → 保护文档）后另存一份再检查',
    en: 'is password-protected (encrypted) and cannot be read; remove the password in Word (File → Info → Protect Document) and save a copy',
  },
  ole: {
    zh: '是旧式 Office 复合文档，不是 .docx，请在 Word 或 WPS 中“另存为” .docx 后再检查',
    en: 'is an old-style Office compound file, not a .docx; save it as .docx in Word or WPS first',
  },
  rtf: {
    zh: '是 RTF 格式，不是 .docx，请在 Word 或 WPS 中“另存为” .docx 后再检查',
    en: 'is an RTF file, not a .docx; save it as .docx in Word or WPS first',
  },
  'not-zip': {
    zh: '不是有效的 .docx 文件（.docx 应为 ZIP 压缩包），文件可能已损坏或扩展名有误',
    en: 'is not a valid .docx file (a .docx is a ZIP package); it may be damaged or misnamed',
  },
  'not-word': {
    zh: '不是 Word 文档：压缩包中没有 Word 正文（可能是 Excel、PowerPoint 或其他 ZIP 文件）',
    en: 'is not a Word document: the package holds no Word body (it may be an Excel, PowerPoint or other ZIP file)',
  },
  corrupt: {
    zh: '已损坏，无法读取（压缩包或其中的 XML 不完整）；请在 Word 中打开修复后另存一份再检查',
    en: 'is damaged and cannot be read (the package or its XML is incomplete); open and repair it in Word, then save a copy',
  },
  'too-large': {
    zh: '过大或解压后体积异常（可能是“压缩炸弹”），未读取',
    en: 'is too large or expands to an abnormal size (possibly a zip bomb); not read',
  },
};

export class DocxError extends Error {
  readonly text: LocalizedText;

  constructor(
    readonly code: DocxErrorCode,
    detail?: string,
  ) {
    super(MESSAGES[code].en + (detail ? ` (${detail})` : ''));
    this.name = 'DocxError';
    this.text = MESSAGES[code];
  }
}
