/**
 * Word documents in and out: plain TypeScript with no `vscode` import, shared by the CLI and the
 * extension. Reading uses fflate (unzip, with size caps) and @xmldom/xmldom (a real XML parser);
 * writing uses the `docx` library.
 */
export { readDocx, type DocxText, type DocxParagraph, type DocxOmissions, type ReadDocxOptions } from './docx/read';
export { DocxError, type DocxErrorCode } from './docx/errors';
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from './docx/zip';
export { docxToMarkdown } from './docx/markdown';
export { exportSpeechDocx, normalizeFontSize, bodyLineTwips, LAYOUT, FONTS, FONT_TABLE, type ExportOptions } from './docx/write';
export { parseSpeech, speechText, splitFrontMatter, plainText, type Speech, type SpeechBlock, type Inline } from './speech';
export { paragraphAt, paragraphName, findingContext, omissionNotes, type FindingContext } from './docx/context';

export { DOCX_EXTENSIONS, LEGACY_WORD_EXTENSIONS } from './wordFiles';
