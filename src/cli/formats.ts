import type * as sarif from 'sarif';
import { fillMessage, ruleTitle, type Finding, type RuleSpec, type Locale } from '../core/node';
import { findingContext, paragraphName, type FindingContext } from '../formats/docx/context';
import type { DocxText } from '../formats/docx/read';

export interface FileReport {
  path: string;
  /** The text that was checked (rdjson counts columns in its UTF-8 bytes). */
  text: string;
  findings: Finding[];
  /** Set for a Word document: offsets, lines and columns refer to its extracted text. */
  docx?: DocxText;
}

/** The finding in its paragraph, for a Word document (undefined for a text file). */
function contextOf(r: FileReport, f: Finding): FindingContext | undefined {
  return r.docx ? findingContext(r.docx, f) : undefined;
}

/** 「…前文，【笔者】认为…」 as one line: the finding between 「 」. */
function quote(c: FindingContext): string {
  return `${c.before}「${c.text}」${c.after}`.replace(/\s+/g, ' ');
}

export function formatText(reports: FileReport[], locale: Locale): string {
  const lines: string[] = [];
  let total = 0;
  let errors = 0;
  for (const r of reports) {
    if (r.findings.length === 0) continue;
    lines.push(r.path);
    for (const f of r.findings) {
      lines.push(`${r.path}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`);
      const c = contextOf(r, f);
      if (c) lines.push(`    ${paragraphName(c.paragraph, locale)}${locale === 'zh' ? '：' : ': '}${quote(c)}`);
      total++;
      if (f.severity === 'error') errors++;
    }
    lines.push('');
  }
  lines.push(
    locale === 'zh'
      ? `共 ${reports.length} 个文件，${total} 处问题（其中错误 ${errors} 处）。`
      : `${reports.length} file(s), ${total} finding(s) (${errors} error(s)).`,
  );
  return lines.join('\n') + '\n';
}

export function formatJson(reports: FileReport[]): string {
  const files = reports.map((r) => ({
    path: r.path,
    findings: r.findings.map((f) => {
      const base = {
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        message: f.message,
        offset: f.start,
        length: f.end - f.start,
        line: f.line,
        column: f.column,
        fixes: f.fixes.map((x) => ({ title: x.title, replacement: x.replacement, safe: x.safe })),
        related: f.related.map((p) => ({ message: p.message, offset: p.start, length: p.end - p.start, line: p.line, column: p.column })),
      };
      const c = contextOf(r, f);
      if (!c) return base;
      const p = c.paragraph;
      return {
        ...base,
        paragraph: p.index,
        ...(p.headingLevel !== undefined ? { headingLevel: p.headingLevel } : {}),
        ...(p.table ? { table: p.table } : {}),
        context: { before: c.before, text: c.text, after: c.after },
      };
    }),
    ...(r.docx ? { format: 'docx', paragraphs: r.docx.paragraphs.length, omitted: r.docx.omitted } : {}),
  }));
  return JSON.stringify({ version: 1, files }, null, 2) + '\n';
}

const SARIF_LEVEL: Record<Finding['severity'], sarif.Result.level> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/**
 * SARIF 2.1.0 for GitHub code scanning. Regions use line/column (GitHub reads those) plus
 * charOffset/charLength in UTF-16 code units, as declared in `columnKind`: offset and length
 * appear only here and in the JSON format, the core's spans are start/end.
 */
export function formatSarif(reports: FileReport[], rules: RuleSpec[], locale: Locale, version: string): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results: sarif.Result[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const region = { charOffset: f.start, charLength: f.end - f.start };
      const c = contextOf(r, f);
      // For a Word document the region names the paragraph and quotes it; offsets are in its extracted text.
      const docxRegion = c ? { snippet: { text: quote(c) }, message: { text: paragraphName(c.paragraph, locale) }, properties: { paragraph: c.paragraph.index, offsetsIn: 'extracted text' } } : {};
      results.push({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: toUri(r.path) },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, ...region, ...docxRegion },
          },
        }],
        relatedLocations: f.related.length ? f.related.map((place, id) => ({
          id,
          message: { text: place.message },
          physicalLocation: {
            artifactLocation: { uri: toUri(r.path) },
            region: { startLine: place.line, startColumn: place.column, endLine: place.endLine, endColumn: place.endColumn, charOffset: place.start, charLength: place.end - place.start },
          },
        })) : undefined,
        fixes: f.fixes.length && !c ? f.fixes.map((x) => ({
          description: { text: x.title },
          artifactChanges: [{ artifactLocation: { uri: toUri(r.path) }, replacements: [{ deletedRegion: region, insertedContent: { text: x.replacement } }] }],
        })) : undefined,
      });
    }
  }
  const log: sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'speech-draft',
          fullName: '讲稿助手 Speech Draft Assistant',
          version,
          rules: rules.map((rule) => ({
            id: rule.id,
            name: rule.id,
            shortDescription: { text: `${ruleTitle(rule, locale)}${locale === 'zh' ? '：' : ': '}${fillMessage(rule.message[locale])}` },
            fullDescription: { text: rule.guidance[locale] },
            defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
            properties: { category: rule.category, tags: [rule.category] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function toUri(p: string): string {
  return p === '-' ? 'stdin' : p.split(/[\\/]/).map(encodeURIComponent).join('/');
}

const GITHUB_LEVEL: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** Workflow-command escaping: the message escapes %, CR and LF; a property also : and ,. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions workflow commands, one annotation per finding
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`). Columns are 1-based
 * UTF-16 columns, the end exclusive; GitHub takes columns only on a one-line range.
 */
export function formatGithub(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const props = [`file=${escapeProperty(r.path)}`, `line=${f.line}`];
      if (f.endLine === f.line) props.push(`col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${Math.max(f.column, f.endColumn)}`);
      else props.push(`endLine=${f.endLine}`);
      props.push(`title=${escapeProperty(`讲稿助手 ${f.ruleId}`)}`);
      lines.push(`::${GITHUB_LEVEL[f.severity]} ${props.join(',')}::${escapeData(f.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

const RDJSON_SEVERITY: Record<Finding['severity'], string> = { error: 'ERROR', warning: 'WARNING', information: 'INFO', hint: 'INFO' };

/**
 * reviewdog's diagnostic format (rdjson: a DiagnosticResult). Its columns count UTF-8 bytes
 * from 1 and the end is exclusive; each fix is a suggestion (for a Word document none: its
 * offsets are in the extracted text, not the file).
 */
export function formatRdjson(reports: FileReport[]): string {
  const diagnostics: unknown[] = [];
  for (const r of reports) {
    const lineStarts = [0];
    for (let i = r.text.indexOf('\n'); i >= 0; i = r.text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    const position = (line: number, column: number) => {
      const start = lineStarts[line - 1] ?? 0;
      return { line, column: Buffer.byteLength(r.text.slice(start, start + column - 1), 'utf8') + 1 };
    };
    for (const f of r.findings) {
      const range = { start: position(f.line, f.column), end: position(f.endLine, f.endColumn) };
      diagnostics.push({
        message: f.message,
        location: { path: r.path, range },
        severity: RDJSON_SEVERITY[f.severity],
        code: { value: f.ruleId },
        ...(f.fixes.length && !r.docx ? { suggestions: f.fixes.map((x) => ({ range, text: x.replacement })) } : {}),
      });
    }
  }
  return JSON.stringify({ source: { name: 'speech-draft' }, diagnostics }, null, 2) + '\n';
}
