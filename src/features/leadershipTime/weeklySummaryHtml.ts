// The weekly summary's page: the week by day against the target, the trend over recent weeks,
// the notes from blocks, and the actions. Charts are inline SVG coloured by the theme; the CSP
// allows nothing but this page's own style and script, which carry a fresh nonce per render.
import { rhythmLabel } from '../../core/dateWords';
import { escapeHtml } from '../../core/plainText';
import { formatMinutes } from '../../core/timeOfDay';
import type { WeekSummaryModel } from '../../core/weekSummary';
import type { Localizer } from '../../shared/localizer';

/** The page for the week `m`, worded through `l10n`; `language` is the display language (`vscode.env.language`). */
export function weeklySummaryHtml(m: WeekSummaryModel, nonce: string, l10n: Localizer, language: string): string {
  const csp = ["default-src 'none'", `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`].join('; ');
  const workingDays = m.days.filter((d) => d.rhythm !== 'off').length || 7;
  const dailyShare = m.targetMinutes / workingDays;
  const notes = m.notes.length
    ? `<ul class="notes">${m.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`
    : `<p class="muted">${escapeHtml(l10n.t('No notes yet. When a block ends you can add a line about what it went to; it lands here and in your weekly self-check.'))}</p>`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(l10n.t('Leadership Time'))}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main>
  <header>
    <h1>${escapeHtml(l10n.t('Leadership time'))} <span class="muted">· ${escapeHtml(m.week)} · ${escapeHtml(m.range)}</span></h1>
    <p class="summary" id="summary">${escapeHtml(m.summaryLine)}</p>
    ${m.splitLine ? `<p class="muted" id="split">${escapeHtml(m.splitLine)}</p>` : ''}
    ${progressSvg(m.minutes, m.targetMinutes, l10n)}
  </header>
  <section aria-labelledby="by-day">
    <h2 id="by-day">${escapeHtml(l10n.t('By day'))}</h2>
    ${dayChart(m, dailyShare, l10n)}
    ${dayTable(m, l10n)}
  </section>
  <section aria-labelledby="notes">
    <h2 id="notes">${escapeHtml(l10n.t('What the time went to'))}</h2>
    ${notes}
  </section>
  <section aria-labelledby="trend">
    <h2 id="trend">${escapeHtml(l10n.t('Recent weeks'))}</h2>
    ${trendChart(m, l10n)}
  </section>
  <section class="actions" aria-label="${escapeHtml(l10n.t('Actions'))}">
    <button type="button" data-action="writeSelfCheck" class="primary">${escapeHtml(l10n.t('Write weekly self-check'))}</button>
    <button type="button" data-action="startBlock" class="secondary">${escapeHtml(l10n.t('Start a block'))}</button>
    <button type="button" data-action="logTime" class="secondary">${escapeHtml(l10n.t('Log time'))}</button>
    <button type="button" data-action="openSettings" class="secondary">${escapeHtml(l10n.t('Settings'))}</button>
  </section>
  <p class="muted">${escapeHtml(l10n.t('The question for the week: what did you do that only a leader could do?'))}</p>
</main>
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  for (const b of document.querySelectorAll('button[data-action]')) {
    b.addEventListener('click', () => vscode.postMessage({ type: 'action', action: b.dataset.action }));
  }
</script>
</body>
</html>`;
}

function progressSvg(minutes: number, target: number, l10n: Localizer): string {
  const max = Math.max(target, minutes, 1);
  const w = 600;
  const fill = Math.round((minutes / max) * w);
  const mark = target > 0 ? Math.round((target / max) * w) : -1;
  const label = target > 0 ? l10n.t('Progress: {0} of {1}', formatMinutes(minutes, l10n), formatMinutes(target, l10n)) : l10n.t('Progress: {0}', formatMinutes(minutes, l10n));
  return `<svg class="progress" viewBox="0 0 ${w} 14" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(label)}">
<rect class="track" x="0" y="0" width="${w}" height="14" rx="3"></rect>
<rect class="${target > 0 && minutes >= target ? 'bar met' : 'bar'}" x="0" y="0" width="${fill}" height="14" rx="3"></rect>
${mark >= 0 ? `<rect class="target-mark" x="${Math.max(0, mark - 2)}" y="0" width="2" height="14"></rect>` : ''}
</svg>`;
}

function dayChart(m: WeekSummaryModel, dailyShare: number, l10n: Localizer): string {
  const W = 700, H = 200, top = 24, bottom = 40, plot = H - top - bottom;
  const max = Math.max(60, dailyShare, ...m.days.map((d) => d.minutes));
  const col = W / 7;
  const y = (v: number) => top + plot - (v / max) * plot;
  const bars = m.days.map((d, i) => {
    const x = i * col + col * 0.2;
    const bw = col * 0.6;
    const h = Math.max(d.minutes > 0 ? 2 : 0, (d.minutes / max) * plot);
    const cls = ['bar', d.rhythm, d.today ? 'today' : ''].filter(Boolean).join(' ');
    return `<g><rect class="${cls}" x="${x.toFixed(1)}" y="${(top + plot - h).toFixed(1)}" width="${bw.toFixed(1)}" height="${h.toFixed(1)}" rx="2"></rect>
<text class="value" x="${(x + bw / 2).toFixed(1)}" y="${(top + plot - h - 6).toFixed(1)}" text-anchor="middle">${d.minutes > 0 ? escapeHtml(formatMinutes(d.minutes, l10n)) : ''}</text>
<text class="${d.today ? 'label today-label' : 'label'}" x="${(x + bw / 2).toFixed(1)}" y="${H - bottom + 16}" text-anchor="middle">${escapeHtml(d.label)}</text>
<text class="rhythm" x="${(x + bw / 2).toFixed(1)}" y="${H - bottom + 32}" text-anchor="middle">${escapeHtml(rhythmLabel(d.rhythm, l10n))}</text></g>`;
  });
  const share = dailyShare > 0 ? `<line class="share" x1="0" x2="${W}" y1="${y(dailyShare).toFixed(1)}" y2="${y(dailyShare).toFixed(1)}"></line>
<text class="share-label" x="${W - 4}" y="${(y(dailyShare) - 4).toFixed(1)}" text-anchor="end">${escapeHtml(l10n.t('daily share of the target: {0}', formatMinutes(Math.round(dailyShare), l10n)))}</text>` : '';
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(l10n.t('Leadership time by day this week; the table below has the same figures'))}">${bars.join('')}${share}</svg>`;
}

function dayTable(m: WeekSummaryModel, l10n: Localizer): string {
  const rows = m.days.map((d) => `<tr><th scope="row">${escapeHtml(d.today ? l10n.t('{0} (today)', d.label) : d.label)}</th><td>${escapeHtml(rhythmLabel(d.rhythm, l10n))}</td><td>${escapeHtml(formatMinutes(d.minutes, l10n))}</td></tr>`).join('');
  return `<table class="visually-hidden"><caption>${escapeHtml(l10n.t('Leadership time by day'))}</caption><tr><th scope="col">${escapeHtml(l10n.t('Day'))}</th><th scope="col">${escapeHtml(l10n.t('Rhythm'))}</th><th scope="col">${escapeHtml(l10n.t('Time'))}</th></tr>${rows}</table>`;
}

function trendChart(m: WeekSummaryModel, l10n: Localizer): string {
  const W = 700, H = 140, top = 24, bottom = 24, plot = H - top - bottom;
  const max = Math.max(60, m.targetMinutes, ...m.trend.map((w) => w.minutes));
  const col = W / m.trend.length;
  const bars = m.trend.map((w, i) => {
    const h = Math.max(w.minutes > 0 ? 2 : 0, (w.minutes / max) * plot);
    const x = i * col + col * 0.25;
    const cls = ['bar', w.current ? 'today' : '', m.targetMinutes > 0 && w.minutes >= m.targetMinutes ? 'met' : ''].filter(Boolean).join(' ');
    return `<g><title>${escapeHtml(w.label)}: ${escapeHtml(formatMinutes(w.minutes, l10n))}</title><rect class="${cls}" x="${x.toFixed(1)}" y="${(top + plot - h).toFixed(1)}" width="${(col * 0.5).toFixed(1)}" height="${h.toFixed(1)}" rx="2"></rect>
<text class="label" x="${(x + col * 0.25).toFixed(1)}" y="${H - 6}" text-anchor="middle">${escapeHtml(w.label.slice(5))}</text></g>`;
  });
  const ty = top + plot - (m.targetMinutes / max) * plot;
  const target = m.targetMinutes > 0 ? `<line class="share" x1="0" x2="${W}" y1="${ty.toFixed(1)}" y2="${ty.toFixed(1)}"></line>
<text class="share-label" x="${W - 4}" y="${(ty - 4).toFixed(1)}" text-anchor="end">${escapeHtml(l10n.t('weekly target: {0}', formatMinutes(m.targetMinutes, l10n)))}</text>` : '';
  const described = m.trend.map((w) => `${w.label} ${formatMinutes(w.minutes, l10n)}`).join(', ');
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(l10n.t('Weekly totals, oldest first: {0}', described))}">${bars.join('')}${target}</svg>`;
}

const STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 20px 24px; }
main { max-width: 760px; }
h1 { font-size: 1.4em; font-weight: 600; margin: 18px 0 6px; }
h2 { font-size: 1.05em; font-weight: 600; margin: 22px 0 8px; }
.muted { color: var(--vscode-descriptionForeground); font-weight: normal; }
.summary { margin: 4px 0 10px; }
svg.progress { width: 100%; height: 14px; display: block; }
svg.chart { width: 100%; height: auto; display: block; }
.track { fill: var(--vscode-editorWidget-border, var(--vscode-panel-border)); opacity: .5; }
.bar { fill: var(--vscode-charts-blue); }
.bar.lead { fill: var(--vscode-charts-purple, var(--vscode-charts-blue)); }
.bar.off { fill: var(--vscode-descriptionForeground); opacity: .6; }
.bar.today { stroke: var(--vscode-focusBorder); stroke-width: 2; }
.bar.met { fill: var(--vscode-charts-green); }
.target-mark { fill: var(--vscode-foreground); }
.share { stroke: var(--vscode-descriptionForeground); stroke-dasharray: 4 4; stroke-width: 1; }
text { fill: var(--vscode-foreground); font-size: 12px; font-family: var(--vscode-font-family); }
text.rhythm, text.share-label { fill: var(--vscode-descriptionForeground); font-size: 11px; }
text.today-label { font-weight: 700; }
.notes { padding-left: 18px; margin: 0; }
.notes li { margin: 4px 0; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 24px 0 12px; }
button { font-family: inherit; font-size: inherit; padding: 5px 12px; border-radius: 2px; border: 1px solid var(--vscode-button-border, transparent); cursor: pointer; }
button.primary { color: var(--vscode-button-foreground); background: var(--vscode-button-background); }
button.primary:hover { background: var(--vscode-button-hoverBackground); }
button.secondary { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
button.secondary:hover { background: var(--vscode-button-secondaryHoverBackground); }
button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
