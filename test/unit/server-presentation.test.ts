import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { builtInRules, createChecker } from '../../src/core/node';
import { toDiagnostic, SOURCE } from '../../src/server/diagnostics';
import { hoverMarkdown } from '../../src/server/hover';
import { groupFindings, reviewData } from '../../src/server/review';
import { reviewPage } from '../../src/extension/reviewHtml';
import { statusText } from '../../src/extension/statusText';
import { segmenter } from './support/project';

const identity = (message: string, ...args: (string | number)[]) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));

// What the editor shows for a finding: the diagnostic's range and link, the hover, the review.
describe('server: diagnostics, hovers and the review summary', () => {
  const { checker } = createChecker(undefined, segmenter());
  const specs = new Map(builtInRules().map((r) => [r.id, r]));

  it('a diagnostic covers the exact characters after astral characters and CRLF', () => {
    const text = '𠮷𠮷同志们：\r\n😀笔者认为这项工作很重要。\r\n';
    const doc = TextDocument.create('file:///d.txt', 'plaintext', 1, text);
    const finding = checker.check(text, 'plaintext').findings.find((f) => f.ruleId === 'author-pronoun')!;
    const d = toDiagnostic(finding, 'file:///ext/docs/rules.md#{rule}', 'file:///d.txt');
    assert.deepEqual(d.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 4 } });
    assert.equal(doc.getText(d.range), '笔者');
    assert.equal(d.source, SOURCE);
    assert.equal(d.code, 'author-pronoun');
    assert.equal(d.codeDescription?.href, 'file:///ext/docs/rules.md#author-pronoun');
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.equal(toDiagnostic(finding, undefined, 'file:///d.txt').codeDescription, undefined, 'no link rather than one that is not a URI');
  });

  it("a hover gives the rule's name, the reason, a wrong → right example and the doc link, not the message again", () => {
    const spec = specs.get('author-pronoun')!;
    const zh = hoverMarkdown(spec, 'zh', 'file:///r.md#{rule}');
    assert.ok(zh.startsWith('**作者自称** · `author-pronoun` · 起草人自称与草稿痕迹'));
    assert.ok(zh.includes(`为什么：${spec.guidance.zh.slice(0, 10)}`));
    assert.ok(zh.includes(`✗ ${spec.examples.bad[0]}`) && zh.includes(`→ ✓ ${spec.examples.good[0]}`));
    assert.ok(zh.includes('[规则说明](file:///r.md#author-pronoun)'));
    assert.ok(!zh.includes(spec.message.zh.slice(0, 12)), 'the editor shows the message above the hover already');
    const en = hoverMarkdown(spec, 'en', undefined);
    assert.ok(en.includes(`Why: ${spec.guidance.en.slice(0, 10)}`) && en.includes('Example: ✗'));
    assert.ok(!/(Why|Example)：/.test(en), 'English hovers use ASCII colons');
    assert.ok(!en.includes(']('), 'no link without one to give');
  });

  it('the review groups findings by category with counts and a link to each place', () => {
    const text = '同志们：\n\n笔者认为,安全生产是发展的底线.\n';
    const result = checker.check(text, 'markdown');
    const groups = groupFindings(result.findings, () => false);
    assert.deepEqual(groups.map((g) => [g.group, g.findings.length]), [['self-reference', 1], ['punctuation', 2]]);
    const data = reviewData({ name: 'd.md', findings: result.findings, stats: result.stats, partial: false, specs }, 'zh');
    assert.equal(data.total, '共 3 处问题');
    assert.deepEqual(data.groups.map((g) => [g.name, g.findings.length]), [['起草人自称与草稿痕迹', 1], ['标点符号', 2]]);
    assert.deepEqual(data.groups[0].findings[0], { where: '第 3 行第 1 列', line: 3, column: 1, endLine: 3, endColumn: 3, ruleId: 'author-pronoun', title: '作者自称', quote: '笔者', message: result.findings[0].message });
    const html = reviewPage(data, 'n0nce');
    assert.ok(html.includes('<a href="#" data-line="3" data-column="5" data-end-line="3" data-end-column="6">第 3 行第 5 列</a>'));
    assert.ok(html.includes("default-src 'none'"), 'the page can load nothing from the network');
  });

  it('the review lists the checks against the intent card together, not under a category such as overstepping', () => {
    const text = '---\n时长（分钟）: 30\n要点:\n  - 做好应急值守\n---\n\n同志们：\n\n笔者认为，今天的会议很重要。\n';
    const result = checker.check(text, 'markdown');
    const data = reviewData({ name: 'd.md', findings: result.findings, stats: result.stats, partial: false, specs }, 'zh');
    assert.deepEqual(data.groups.map((g) => [g.name, g.findings.map((f) => f.ruleId).sort()]), [
      ['对照意图卡（篇幅、要点、称呼、讲话人）', ['draft-length', 'key-point-missing']],
      ['起草人自称与草稿痕迹', ['author-pronoun']],
    ]);
  });

  it('the review page escapes the draft text it quotes', () => {
    const html = reviewPage({ title: 't', notes: [], total: '1', groups: [{ name: 'g', findings: [{ where: 'w', line: 1, column: 1, endLine: 1, endColumn: 9, ruleId: 'r', title: 'r', quote: '<script>x', message: 'm&' }] }] }, 'n');
    assert.ok(html.includes('&#60;script&#62;x') && html.includes('m&#38;'));
    assert.equal(html.match(/<script/g)?.length, 1);
  });

  it('the status bar shows characters, minutes against the plan, and findings', () => {
    const base = { uri: 'u', characters: 3600, minutes: 20, range: { slow: 24, medium: 20, fast: 16.4 }, speakingRate: 180, findings: 7, coverage: 'full' as const, parts: [] };
    assert.equal(statusText(base, identity), '$(mic) 3,600 chars · ~20 min · 7 findings');
    assert.equal(statusText({ ...base, targetMinutes: 15 }, identity), '$(mic) 3,600 chars · ~20/15 min · 7 findings');
    assert.match(statusText({ ...base, coverage: 'paused' }, identity), /paused/);
    assert.match(statusText({ ...base, coverage: 'beginning' }, identity), /beginning only$/);
  });
});
