import type { ReviewData } from '../protocol';
import { minutesChartSvg } from './minutesChart';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The review's content: figures, then the findings by group with a link to each place. */
export function reviewBody(data: ReviewData): string {
  const groups = data.groups
    .map((g) => {
      const items = g.findings
        .map((f) => `<li><a href="#" data-line="${f.line}" data-column="${f.column}" data-end-line="${f.endLine}" data-end-column="${f.endColumn}">${escapeHtml(f.where)}</a> <strong title="${escapeHtml(f.ruleId)}">${escapeHtml(f.title)}</strong> ${f.quote ? `<q>${escapeHtml(f.quote)}</q> ` : ''}— ${escapeHtml(f.message)}</li>`)
        .join('\n');
      return `<h2>${escapeHtml(g.name)} <span class="count">${g.findings.length}</span></h2>\n<ul>\n${items}\n</ul>`;
    })
    .join('\n');
  const overview = data.groups.map((g) => `<li>${escapeHtml(g.name)}：${g.findings.length}</li>`).join('');
  const chart = data.chart
    ? `<figure id="chart">${minutesChartSvg(data.chart)}</figure>\n<p><button id="export-chart" type="button">${escapeHtml(data.chart.exportLabel)}</button></p>`
    : '';
  return `<h1>${escapeHtml(data.title)}</h1>
${data.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('\n')}
${chart}
${data.total ? `<p><strong>${escapeHtml(data.total)}</strong></p>` : ''}
${overview ? `<ul>${overview}</ul>` : ''}
${groups}`;
}

/**
 * The review summary page. No network: the content security policy allows only our inline
 * style, images from data: URLs (the chart drawn as PNG for saving) and the one script (by
 * nonce), which asks the extension to show a place in the draft or to save the chart, puts in a
 * refreshed body when the draft is checked again, and draws the chart as PNG when asked.
 */
export function reviewPage(data: ReviewData, nonce: string): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; img-src data:;">
<style>
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); line-height: 1.6; padding: 0 1.5em; }
a { color: var(--vscode-textLink-foreground); cursor: pointer; }
q { quotes: "“" "”"; }
.count { font-weight: normal; opacity: 0.7; }
figure { margin: 1em 0; }
#chart svg { max-width: 100%; height: auto; }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 4px 12px; cursor: pointer; }
</style></head>
<body>
<main id="review">
${reviewBody(data)}
</main>
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  if (event.target.closest('#export-chart')) return vscode.postMessage({ type: 'exportChart' });
  const link = event.target.closest('a[data-line]');
  if (!link) return;
  event.preventDefault();
  vscode.postMessage({ line: Number(link.dataset.line), column: Number(link.dataset.column), endLine: Number(link.dataset.endLine), endColumn: Number(link.dataset.endColumn) });
});
window.addEventListener('message', (event) => {
  if (typeof event.data?.body === 'string') document.getElementById('review').innerHTML = event.data.body;
  // The extension saves SVG itself; for PNG the page draws the chart on a canvas.
  if (event.data?.type !== 'renderPng') return;
  const svg = document.querySelector('#chart svg');
  if (!svg) return vscode.postMessage({ type: 'pngFailed', reason: 'no chart' });
  const scale = event.data.scale;
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = svg.width.baseVal.value * scale;
    canvas.height = svg.height.baseVal.value * scale;
    const context = canvas.getContext('2d');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    vscode.postMessage({ type: 'png', base64: canvas.toDataURL('image/png').split(',')[1] });
  };
  image.onerror = () => vscode.postMessage({ type: 'pngFailed', reason: 'the chart could not be drawn' });
  image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
});
</script>
</body></html>`;
}
