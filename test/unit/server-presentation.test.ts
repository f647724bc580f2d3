import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { builtInRules, createChecker } from '../../src/core';
import { toDiagnostic, SOURCE } from '../../src/server/diagnostics';
import { hoverMarkdown } from '../../src/server/hover';
import { groupByCategory, reviewData } from '../../src/server/review';
import { reviewHtml } from '../../src/extension/reviewHtml';
import { statusText } from '../../src/extension/statusText';
import { segmenter } from './support/project';

const identity = (message: string, ...args: (string | number)[]) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));

// What the editor shows for a finding: the diagnostic's range and link, the hover, the review.
describe('server: diagnostics, hovers and the review summary', () => {
  const { checker } = createChecker(undefined, segmenter());

  it('a diagnostic covers the exact characters after astral characters and CRLF', () => {
    const text = '𠮷𠮷同志们：\r\n😀笔者认为这项工作很重要。\r\n';
    const doc = TextDocument.create('file:///d.txt', 'plaintext', 1, text);
    const finding = checker.check(text, 'plaintext').findings.find((f) => f.ruleId === 'author-pronoun')!;
    const d = toDiagnostic(finding, 'file:///ext/docs/rules.md');
    assert.deepEqual(d.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 4 } });
    assert.equal(doc.getText(d.range), '笔者');
    assert.equal(d.source, SOURCE);
    assert.equal(d.code, 'author-pronoun');
    assert.equal(d.codeDescription?.href, 'file:///ext/docs/rules.md#author-pronoun');
    assert.equal(d.severity, DiagnosticSeverity.Error);
  });

  it('a hover gives the reason with its source, a wrong → right example and the rule id', () => {
    const spec = builtInRules().find((r) => r.id === 'author-pronoun')!;
    const zh = hoverMarkdown(spec, spec.message.zh, 'zh', 'file:///r.md');
    assert.ok(zh.includes(spec.guidance.zh.slice(0, 10)));
    assert.ok(zh.includes(`✗ ${spec.examples.bad[0]}`) && zh.includes(`→ ✓ ${spec.examples.good[0]}`));
    assert.ok(zh.includes('[`author-pronoun`](file:///r.md#author-pronoun)'));
    assert.ok(hoverMarkdown(spec, spec.message.en, 'en', 'file:///r.md').includes(`Why：${spec.guidance.en.slice(0, 10)}`));
  });

  it('the review groups findings by category with counts and a link to each place', () => {
    const text = '同志们：\n\n笔者认为,安全生产是发展的底线.\n';
    const result = checker.check(text, 'markdown');
    const groups = groupByCategory(result.findings);
    assert.deepEqual(groups.map((g) => [g.category, g.findings.length]), [['self-reference', 1], ['punctuation', 2]]);
    const data = reviewData({ name: 'd.md', findings: result.findings, stats: result.stats, partial: false }, 'zh');
    assert.equal(data.total, '共 3 处问题');
    assert.deepEqual(data.groups.map((g) => [g.name, g.findings.length]), [['起草人自称与草稿痕迹', 1], ['标点符号', 2]]);
    assert.deepEqual(data.groups[0].findings[0], { where: '第 3 行第 1 列', line: 3, column: 1, endLine: 3, endColumn: 3, ruleId: 'author-pronoun', quote: '笔者', message: result.findings[0].message });
    const html = reviewHtml(data, 'n0nce');
    assert.ok(html.includes('<a href="#" data-line="3" data-column="5" data-end-line="3" data-end-column="6">第 3 行第 5 列</a>'));
    assert.ok(html.includes("default-src 'none'"), 'the page can load nothing from the network');
  });

  it('the review page escapes the draft text it quotes', () => {
    const html = reviewHtml({ title: 't', notes: [], total: '1', groups: [{ name: 'g', findings: [{ where: 'w', line: 1, column: 1, endLine: 1, endColumn: 9, ruleId: 'r', quote: '<script>x', message: 'm&' }] }] }, 'n');
    assert.ok(html.includes('&#60;script&#62;x') && html.includes('m&#38;'));
    assert.equal(html.match(/<script/g)?.length, 1);
  });

  it('the status bar shows characters, minutes against the plan, and findings', () => {
    const base = { uri: 'u', characters: 3600, minutes: 20, range: { slow: 24, medium: 20, fast: 16.4 }, speakingRate: 180, findings: 7, coverage: 'full' as const };
    assert.equal(statusText(base, identity), '$(mic) 3,600 chars · ~20 min · 7 findings');
    assert.equal(statusText({ ...base, targetMinutes: 15 }, identity), '$(mic) 3,600 chars · ~20/15 min · 7 findings');
    assert.match(statusText({ ...base, coverage: 'paused' }, identity), /paused/);
  });
});
