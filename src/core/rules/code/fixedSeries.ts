import type { ParagraphContext } from '../../paragraph';
import type { CompiledRule, Match } from '../../model';

/** A fixed series (提法) whose items have a set order in central documents. */
interface FixedSeries {
  name: string;
  items: string[];
  /** A word each item may carry (政治意识 or 政治…意识). */
  suffix?: string;
  /** How many items a list must share with the series before its order is checked. */
  minItems: number;
}

// Sources: 四个意识/四个自信 (2016, 党的十九大报告), 新发展理念 (十八届五中全会, 2015),
// 五位一体 (十八大报告, 2012), 乡村五个振兴 (2018), 新四化 (十八大报告).
const SERIES: FixedSeries[] = [
  { name: '四个意识', items: ['政治', '大局', '核心', '看齐'], suffix: '意识', minItems: 3 },
  { name: '四个自信', items: ['道路', '理论', '制度', '文化'], suffix: '自信', minItems: 3 },
  { name: '新发展理念', items: ['创新', '协调', '绿色', '开放', '共享'], suffix: '发展', minItems: 4 },
  { name: '“五位一体”总体布局', items: ['经济', '政治', '文化', '社会', '生态文明'], suffix: '建设', minItems: 4 },
  { name: '乡村“五个振兴”', items: ['产业', '人才', '文化', '生态', '组织'], suffix: '振兴', minItems: 4 },
  { name: '“新四化”', items: ['新型工业化', '信息化', '城镇化', '农业现代化'], minItems: 3 },
];

const SEPARATOR = '(?:、|和|及|以及|与)';

const compiled = SERIES.map((s) => {
  const item = `(?:${[...s.items].sort((a, b) => b.length - a.length).join('|')})${s.suffix ? `(?:${s.suffix})?` : ''}`;
  return { series: s, run: new RegExp(`${item}(?:${SEPARATOR}${item}){${s.minItems - 1},}`, 'gu') };
});

/** Lists of a fixed series' items (四个意识, 四个自信 …) in an order other than the standard one. */
export function fixedSeriesOrder(ctx: ParagraphContext, rule: CompiledRule): Match[] {
  const out: Match[] = [];
  for (const { series, run } of compiled) {
    run.lastIndex = 0;
    for (let m = run.exec(ctx.text); m; m = run.exec(ctx.text)) {
      // A longer list that merely holds some of the series' items is another list (安全领域, 学科门类).
      const before = ctx.text.slice(Math.max(0, m.index - 1), m.index);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 1);
      if (before === '、' || after === '、' || /^[和及与]/.test(after)) continue;
      // 把X和A、B、C并列: adding an item to a list, not reciting the series.
      if (/^[^、]*[和及与][^、]*、/u.test(m[0])) continue;
      const parts = m[0].split(new RegExp(SEPARATOR, 'u'));
      const order = parts.map((p) => series.items.findIndex((it) => p === it || p === it + (series.suffix ?? '')));
      if (order.some((i) => i < 0) || new Set(order).size !== order.length) continue;
      if (order.every((v, i) => i === 0 || order[i - 1] < v)) continue;
      const standard = series.items.map((it) => it + (series.suffix ?? '')).join('、');
      const allFull = series.suffix !== undefined && parts.every((p) => p.endsWith(series.suffix!));
      const sorted = parts.map((p, i) => ({ p, k: order[i] })).sort((a, b) => a.k - b.k).map((x) => x.p);
      const sameSeparators = /^[^和及与]*$/u.test(m[0]);
      out.push({
        rule,
        start: m.index,
        end: m.index + m[0].length,
        message: { zh: `“${series.name}”的规范顺序是：${standard}。`, en: `The standard order of ${series.name} is: ${standard}.` },
        fixes: (allFull || series.suffix === undefined) && sameSeparators
          ? [{ title: { zh: '按规范顺序排列', en: 'Put in the standard order' }, replacement: sorted.join('、') }]
          : [],
      });
    }
  }
  return out;
}
