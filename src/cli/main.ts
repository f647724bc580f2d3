import { parseArgs } from 'node:util';
import { DictionaryError, problemOfFile, type ConfigProblem, type Locale, type Settings } from '../core/node';
import { requireBundle } from '../core/packageFiles';
import { documentKindOfFile } from './fileKind';
import { readInput } from './readInput';
import { DOCX_EXTENSIONS, LEGACY_WORD_EXTENSIONS } from '../formats/wordFiles';
import { omissionNotes } from '../formats/docx/context';
import type { DocxText } from '../formats/docx/read';
import { UsageError, loadSettings, warn } from './usage';
import { formatGithub, formatJson, formatRdjson, formatSarif, formatText, type FileReport } from './formats';
import { formatRules } from './rulesList';
import { runOutline } from './outlineCommand';
import { isNotesFile, notesPatternOf, runNotes } from './notesCommand';
import { CheckerForFile } from './checkers';
import { runFix } from './fix';
import { runInit } from './init';

const VERSION: string = require('../../package.json').version;

const USAGE = `讲稿助手 speech-draft ${VERSION}

用法 Usage:
  speech-draft check [--format text|json|sarif|github|rdjson] [--config FILE] [--locale zh|en] FILE…   检查讲话稿（"-" 读标准输入）
  speech-draft fix [--dry-run] [--config FILE] FILE…        自动修复标点、数字、错别字和乱码（与编辑器“一键修复”相同），原地写回
  speech-draft fix --stdin [--stdin-filename NAME.md]       修复标准输入，结果写到标准输出
  speech-draft outline [--format text|json] [--config FILE] [--locale zh|en] FILE…      列出讲话各部分的字数和时长
  speech-draft notes [--format text|json] [--config FILE] [--locale zh|en] FILE…        列出讲话稿的起草说明
  speech-draft init [FOLDER] [--force]                      写一个带说明的 .speechdraftrc.json 项目配置
  speech-draft export [--font-size PT] [--config FILE] [-o OUT.docx] [--force] FILE.md     导出 Word 讲话稿
  speech-draft rules [--format text|json] [--locale zh|en]                              列出全部规则

配置 Config: 不加 --config 时，每个文件使用从它所在文件夹向上找到的 .speechdraftrc.json
  （或 package.json 里的 "speechDraft"）。 Without --config each file uses the nearest project file.
.docx 文稿 Word documents: check 读取正文、标题和表格（批注、修订删除不计，修订插入保留），
  每处问题注明段落并引用上下文；偏移量指提取出的文本。 Offsets refer to the extracted text.
  speech-draft --help | --version

退出码 Exit codes: 0 无错误级问题 no error-level finding；1 有错误级问题 some；2 用法或输入错误 usage or input error.
`;


function localeFrom(value: string | undefined): Locale {
  const v = value ?? process.env.SPEECH_DRAFT_LOCALE ?? 'zh';
  return /^en/i.test(v) ? 'en' : 'zh';
}



function run(argv: string[]): number | Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      config: { type: 'string', short: 'c' },
      locale: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      output: { type: 'string', short: 'o' },
      'font-size': { type: 'string' },
      force: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      stdin: { type: 'boolean' },
      'stdin-filename': { type: 'string' },
    },
  });
  const locale = localeFrom(values.locale);
  if (values.help) return void process.stdout.write(USAGE), 0;
  if (values.version) return void process.stdout.write(VERSION + '\n'), 0;
  const [command, ...files] = positionals;

  if (command === 'init') return runInit(files, values.force ?? false, locale);

  if (command === 'outline' || command === 'notes') {
    if (files.length === 0) throw new UsageError(locale === 'zh' ? '没有指定文件' : 'no file given');
    const settings = loadSettings(values.config, locale) ?? {};
    return (command === 'outline' ? runOutline : runNotes)(files, values.format ?? 'text', settings, locale, (p) => warn(p, locale));
  }
  const explicit = values.config ? { settings: loadSettings(values.config, locale) as Settings } : undefined;
  if (command === 'export') {
    // The export reports its settings' problems itself; a draft it cannot check is still exported.
    const quiet = new CheckerForFile(explicit, locale, () => {});
    const errorsIn = (text: string, file: string) => {
      try {
        return quiet.for(file).check(text, documentKindOfFile(file)).findings.filter((f) => f.severity === 'error').length;
      } catch (e) {
        if (e instanceof DictionaryError) return 0;
        throw e;
      }
    };
    return wordParts().runExport(files, { output: values.output, fontSize: values['font-size'], force: values.force ?? false, config: values.config }, locale, errorsIn);
  }
  // Problems of a --config file name it, as those of a project file do.
  const configFile = values.config;
  const fromConfig = (problems: ConfigProblem[]) => (configFile ? problems.map((p) => problemOfFile(configFile, p)) : problems);
  const checkers = new CheckerForFile(explicit, locale, (problems) => warn(fromConfig(problems), locale));
  const notesPattern = notesPatternOf(explicit?.settings ?? {}, (p) => warn(fromConfig(p), locale));
  const options = { format: values.format, dryRun: values['dry-run'] ?? false, stdin: values.stdin ?? false, stdinFilename: values['stdin-filename'], notesPattern };
  try {
    return runChecking(command, files, options, checkers, locale);
  } catch (e) {
    if (!(e instanceof DictionaryError)) throw e;
    // jieba itself would abort on such a file: nothing is checked.
    process.stderr.write(`speech-draft: ${locale === 'zh' ? '无法加载分词词典，未检查' : 'cannot load the dictionaries; nothing checked'}: ${e.text(locale)}\n`);
    return 2;
  }
}

interface CheckingOptions {
  format?: string;
  dryRun: boolean;
  stdin: boolean;
  stdinFilename?: string;
  /** Files named like drafting notes are not checked as speeches. */
  notesPattern: string;
}

/** The commands that check drafts: `rules`, `fix` and `check`. */
function runChecking(command: string | undefined, files: string[], values: CheckingOptions, checkers: CheckerForFile, locale: Locale): number {
  if (command === 'rules') {
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(locale === 'zh' ? `--format ${format}：rules 只支持 text|json` : `--format ${format}: rules supports text|json`);
    process.stdout.write(formatRules(checkers.for('-').rules, format, locale));
    return 0;
  }
  if (command === 'fix') {
    if (values.stdin ? files.length > 0 : files.length === 0 || files.includes('-')) throw new UsageError(locale === 'zh' ? 'fix 需要文件，或用 --stdin 读标准输入（二者不能同时使用）' : 'fix takes files, or --stdin (not both)');
    return runFix(files, values, checkers, locale);
  }
  if (command !== 'check') {
    if (locale === 'zh') throw new UsageError(command ? `没有“${command}”这个命令` : '缺少命令（check、fix、outline、notes、init、export、rules）');
    throw new UsageError(command ? `unknown command "${command}"` : 'missing command (check, fix, outline, notes, init, export, rules)');
  }
  const format = values.format ?? 'text';
  if (!['text', 'json', 'sarif', 'github', 'rdjson'].includes(format)) throw new UsageError(locale === 'zh' ? `--format ${format}：可用 text、json、sarif、github 或 rdjson` : `--format ${format}: use text, json, sarif, github or rdjson`);
  if (files.length === 0) throw new UsageError(locale === 'zh' ? '没有指定要检查的文件' : 'no file to check');

  let inputFailed = false;
  let anyError = false;
  const reports: FileReport[] = [];
  for (const file of files) {
    if (isNotesFile(file, values.notesPattern)) {
      const skipped = { zh: '是起草说明文件，不作为讲话稿检查（speech-draft notes 可查看）', en: 'is a drafting-notes file, not checked as a speech (see speech-draft notes)' };
      process.stderr.write(`speech-draft: ${file}: ${skipped[locale]}
`);
      continue;
    }
    const word = file !== '-' && (DOCX_EXTENSIONS.test(file) || LEGACY_WORD_EXTENSIONS.test(file));
    const input: { text: string; docx?: DocxText } | { error: { zh: string; en: string } } = word ? docxInput(file) : readInput(file);
    if ('error' in input) {
      process.stderr.write(`speech-draft: ${file}: ${input.error[locale]}\n`);
      inputFailed = true;
      continue;
    }
    if (input.docx) {
      const note = omissionNotes(input.docx.omitted);
      if (note) process.stderr.write(`speech-draft: ${file}: ${note[locale]}\n`);
    }
    // One file the checker fails on must not cost the others their results.
    let result;
    try {
      // A Word document's text is one paragraph a line, checked as plain text.
      result = checkers.for(file).check(input.text, documentKindOfFile(file));
    } catch (e) {
      if (e instanceof DictionaryError) throw e;
      process.stderr.write(`speech-draft: ${file}: ${locale === 'zh' ? '检查出错（内部错误，请报告）' : 'checking failed (internal error, please report)'}: ${(e as Error).message}\n`);
      inputFailed = true;
      continue;
    }
    reports.push({ path: file, text: input.text, findings: result.findings, docx: input.docx });
    if (result.findings.some((f) => f.severity === 'error')) anyError = true;
  }

  if (format === 'json') process.stdout.write(formatJson(reports));
  else if (format === 'sarif') process.stdout.write(formatSarif(reports, checkers.rules(), locale, VERSION));
  else if (format === 'github') process.stdout.write(formatGithub(reports));
  else if (format === 'rdjson') process.stdout.write(formatRdjson(reports));
  // Every file failed: each was named on stderr, and a count of none would only mislead.
  else if (reports.length > 0 || !inputFailed) process.stdout.write(formatText(reports, locale));
  return inputFailed ? 2 : anyError ? 1 : 0;
}

/** The Word parts (dist/cli-docx.js), loaded for a .docx or an export only. */
const wordParts = () => requireBundle<typeof import('./docx')>('cli-docx.js');

function docxInput(file: string): { text: string; docx: DocxText } | { error: { zh: string; en: string } } {
  const r = wordParts().readDocxInput(file);
  return 'error' in r ? r : { text: r.doc.text, docx: r.doc };
}

/** The language asked for on the command line, for messages about a command line that did not parse. */
function localeOfArgs(argv: string[]): Locale {
  const i = argv.indexOf('--locale');
  return localeFrom(i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--locale='))?.slice('--locale='.length));
}

function failed(e: unknown, locale: Locale): number {
  // Usage mistakes point to --help; anything else is our error, and --help would not help.
  if ((e as Error).name === 'UsageError' || (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`speech-draft: ${(e as Error).message}\n${locale === 'zh' ? '用法见 speech-draft --help' : 'see speech-draft --help'}\n`);
  } else {
    process.stderr.write(`speech-draft: internal error (please report): ${(e as Error).message}\n`);
  }
  return 2;
}

export function main(argv: string[]): Promise<number> {
  try {
    return Promise.resolve(run(argv)).catch((e) => failed(e, localeOfArgs(argv)));
  } catch (e) {
    return Promise.resolve(failed(e, localeOfArgs(argv)));
  }
}

void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
