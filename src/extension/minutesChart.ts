import type { MinutesChart } from '../protocol';

/** Colours that stay apart for colour-blind readers and in print (Tableau 10). */
const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
const OVER_PLAN = '#c0392b';
const FONT = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";

const WIDTH = 720;
const LABEL_WIDTH = 232;
const BAR_LEFT = 248;
const BAR_RIGHT = WIDTH - 96;
const ROW = 26;
const BAR = 16;
const TOP = 56;
const MAX_LABEL = 16;

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const round1 = (n: number) => Math.round(n * 10) / 10;

/** 1, 2 or 5 times a power of ten, so that about five ticks span `max`. */
function tickStep(max: number): number {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((k) => k * power).find((step) => step >= rough)!;
}

const label = (text: string) => (text.length > MAX_LABEL ? text.slice(0, MAX_LABEL - 1) + '…' : text);

/**
 * The chart as a standalone SVG (white background, fixed colours, no external resources), so the
 * review shows it and "export as image" saves exactly it: a bar per part, the whole speech as
 * the parts stacked, and the intent card's plan as a dashed line across.
 */
export function minutesChartSvg(chart: MinutesChart): string {
  const max = Math.max(chart.total.minutes, chart.planned?.minutes ?? 0, 0.5) * 1.05;
  const x = (minutes: number) => BAR_LEFT + (minutes / max) * (BAR_RIGHT - BAR_LEFT);
  const totalY = TOP + chart.parts.length * ROW + 12;
  const axisY = totalY + ROW + 4;
  const height = axisY + 40;
  const over = chart.planned !== undefined && chart.total.minutes > chart.planned.minutes * 1.1;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${escapeXml(FONT)}" font-size="13" role="img" aria-label="${escapeXml(chart.title)}">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="28" font-size="15" font-weight="bold" fill="#222222">${escapeXml(chart.title)}</text>`,
  ];
  const step = tickStep(max);
  for (let t = 0; t <= max; t += step) {
    const tx = x(t).toFixed(1);
    out.push(`<line x1="${tx}" y1="${TOP - 8}" x2="${tx}" y2="${axisY}" stroke="#e3e3e3"/>`, `<text x="${tx}" y="${axisY + 16}" text-anchor="middle" fill="#666666">${round1(t)}</text>`);
  }
  out.push(`<text x="${BAR_RIGHT}" y="${axisY + 32}" text-anchor="end" fill="#666666">${escapeXml(chart.unit)}</text>`);
  let stacked = 0;
  chart.parts.forEach((part, i) => {
    const y = TOP + i * ROW;
    const colour = PALETTE[i % PALETTE.length];
    out.push(
      `<text x="${LABEL_WIDTH}" y="${y + BAR - 3}" text-anchor="end" fill="#222222">${escapeXml(label(part.label))}<title>${escapeXml(part.label)}</title></text>`,
      `<rect x="${BAR_LEFT}" y="${y}" width="${(x(part.minutes) - BAR_LEFT).toFixed(1)}" height="${BAR}" fill="${colour}"/>`,
      `<text x="${(x(part.minutes) + 6).toFixed(1)}" y="${y + BAR - 3}" fill="#222222">${part.minutes} ${escapeXml(chart.unit)}</text>`,
      `<rect x="${x(stacked).toFixed(1)}" y="${totalY}" width="${(x(stacked + part.minutes) - x(stacked)).toFixed(1)}" height="${BAR}" fill="${colour}"/>`,
    );
    stacked += part.minutes;
  });
  out.push(
    `<line x1="${BAR_LEFT}" y1="${totalY - 6}" x2="${BAR_RIGHT}" y2="${totalY - 6}" stroke="#bbbbbb"/>`,
    `<text x="${LABEL_WIDTH}" y="${totalY + BAR - 3}" text-anchor="end" font-weight="bold" fill="#222222">${escapeXml(chart.total.label)}</text>`,
    `<text x="${(x(chart.total.minutes) + 6).toFixed(1)}" y="${totalY + BAR - 3}" font-weight="bold" fill="${over ? OVER_PLAN : '#222222'}">${chart.total.minutes} ${escapeXml(chart.unit)}</text>`,
  );
  if (chart.planned) {
    const px = x(chart.planned.minutes).toFixed(1);
    out.push(
      `<line x1="${px}" y1="${TOP - 8}" x2="${px}" y2="${totalY + BAR + 4}" stroke="${OVER_PLAN}" stroke-width="1.5" stroke-dasharray="5 3"/>`,
      `<text x="${px}" y="${TOP - 12}" text-anchor="middle" fill="${OVER_PLAN}">${escapeXml(chart.planned.label)}</text>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
}
