import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { createChecker } from '../../src/core/node';
import { reviewData } from '../../src/server/review';
import { partStatuses } from '../../src/server/outline';
import { minutesChartSvg } from '../../src/extension/minutesChart';
import { reviewPage } from '../../src/extension/reviewHtml';
import { partsAtLine, statusText, statusTooltip } from '../../src/extension/statusText';
import type { DocumentStatus } from '../../src/protocol';
import { ROOT, segmenter } from './support/project';

const identity = (message: string, ...args: (string | number)[]) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
const chinese = (message: string, ...args: (string | number)[]) => identity(bundle[message] ?? message, ...args);

// What the drafter sees of the speaking time: the current part beside the whole in the status
// bar, and the chart of minutes per part in the review, which is also what "export" saves.
describe('speaking time: status bar and chart', () => {
  const { checker } = createChecker(undefined, segmenter());
  const text = '---\n时长（分钟）: 20\n---\n\n# 讲话\n\n同志们：今天开会。\n\n## 一、提高认识\n\n' + '要'.repeat(360) + '。\n\n## 二、狠抓<落实>&\n\n' + '干'.repeat(180) + '。\n';
  const result = checker.check(text, 'markdown');
  const status: DocumentStatus = { uri: 'u', characters: result.stats.characters, minutes: result.stats.minutes, range: result.stats.range, speakingRate: 180, findings: 0, targetMinutes: 20, coverage: 'full', parts: partStatuses(result.outline) };

  it("the status bar shows the current part's time beside the whole, and the path of parts in the tooltip", () => {
    assert.deepEqual(partsAtLine(status.parts, 10).map((p) => p.title), ['讲话', '一、提高认识']);
    assert.equal(statusText(status, identity, 10), '$(mic) 559 chars · part ~2 / all ~3.1/20 min · 0 findings');
    assert.equal(statusText(status, chinese, 14), '$(mic) 559 字 · 本部分约 1 分钟 / 全文约 3.1/20 分钟 · 0 处问题');
    assert.equal(statusText(status, identity, 1), '$(mic) 559 chars · ~3.1/20 min · 0 findings', 'on the intent card, the whole only');
    assert.match(statusTooltip(status, chinese, 10), /^讲话：约 3\.1 分钟\n一、提高认识：约 2 分钟\n/);
    assert.equal(statusText({ ...status, coverage: 'notes' }, chinese), '$(note) 讲稿助手：起草说明（不作讲话稿检查）');
  });

  it('the chart is a standalone SVG: a bar per part, the whole, and the plan as a dashed line; text escaped', () => {
    const data = reviewData({ name: 'd.md', findings: result.findings, stats: result.stats, targetMinutes: 20, partial: false, outline: result.outline, specs: new Map() }, 'zh');
    const chart = data.chart!;
    assert.deepEqual(chart.parts.map((p) => [p.label, p.minutes]), [['开场', 0.1], ['一、提高认识', 2], ['二、狠抓<落实>&', 1]]);
    assert.deepEqual([chart.total, chart.planned, chart.unit, chart.title], [{ label: '全文', minutes: 3.1 }, { label: '计划 20 分钟', minutes: 20 }, '分钟', '各部分讲话时长（按每分钟 180 字）']);
    const svg = minutesChartSvg(chart);
    const errors: string[] = [];
    const parsed = new DOMParser({ onError: (level, message) => level !== 'warning' && errors.push(message) }).parseFromString(svg, 'image/svg+xml');
    assert.deepEqual(errors, []);
    assert.equal(parsed.documentElement?.getAttribute('xmlns'), 'http://www.w3.org/2000/svg');
    assert.ok(svg.includes('二、狠抓&#60;落实&#62;&#38;') && svg.includes('计划 20 分钟') && svg.includes('stroke-dasharray'));
    assert.equal(parsed.getElementsByTagName('rect').length, 1 + 2 * chart.parts.length, 'the background, a bar per part and its share of the whole');
    assert.doesNotMatch(svg, /(?:href|src)=|url\(|@import/, 'nothing to fetch');
    const html = reviewPage(data, 'n0nce');
    assert.ok(html.includes(svg) && html.includes('<button id="export-chart" type="button">导出为图片</button>'));
    assert.match(html, /content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-n0nce'; img-src data:;"/);
  });

  it('the English chart, and none for a draft without parts', () => {
    const en = reviewData({ name: 'd.md', findings: [], stats: result.stats, partial: false, outline: result.outline, specs: new Map() }, 'en').chart!;
    assert.deepEqual([en.parts[0].label, en.total.label, en.planned, en.exportLabel], ['Opening', 'Whole speech', undefined, 'Export as image']);
    const flat = checker.check('同志们：今天开会。\n', 'plaintext');
    assert.equal(reviewData({ name: 'd.txt', findings: [], stats: flat.stats, partial: false, outline: flat.outline, specs: new Map() }, 'zh').chart, undefined);
  });
});
