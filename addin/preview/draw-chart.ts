import type { CellValue } from '../../shared/types';
import { parseA1 } from '../excel/a1';
import type { ChartSpec } from '../excel/types';
import { el } from '../taskpane/dom';
import { display } from './grid-view';
import type { PreviewChart } from './preview-adapter';
import { readableOn } from './readable-on';

/**
 * Reads a chart's data block from the sheet's values: first row series names, first column categories.
 *
 * @example
 * previewChart(spec, sheet.values).bars[0] // { label: 'RXT', values: [1, 2, 0, 0, 1] }
 */
export function previewChart(spec: ChartSpec, values: CellValue[][]): PreviewChart {
  const a = parseA1(spec.dataRange);
  const cell = (r: number, c: number) => values[r]?.[c] ?? null;
  const series = [];
  for (let c = a.left + 1; c <= a.right; c++) series.push({ name: display(cell(a.top, c)), colour: spec.seriesColours[c - a.left - 1] ?? '#768692' });
  const bars = [];
  for (let r = a.top + 1; r <= a.bottom; r++) {
    bars.push({ label: display(cell(r, a.left)), values: series.map((_, i) => Number(cell(r, a.left + 1 + i)) || 0) });
  }
  return { name: spec.name, title: spec.title, dataRange: spec.dataRange, series, bars };
}

/**
 * Draws a chart as horizontal stacked bars with DOM elements (text through textContent only).
 *
 * @example
 * host.append(drawChart(sheet.charts[0]));
 */
export function drawChart(chart: PreviewChart): HTMLElement {
  const max = Math.max(1, ...chart.bars.map((b) => b.values.reduce((n, v) => n + v, 0)));
  const bars = chart.bars.map((bar) => {
    const total = bar.values.reduce((n, v) => n + v, 0);
    const segments = bar.values.map((v, i) => {
      if (!v) return null;
      const s = chart.series[i];
      const seg = el('span', { class: 'chart-seg', title: `${bar.label} — ${s.name}: ${v}` }, String(v));
      seg.style.width = `${(v / max) * 100}%`;
      seg.style.backgroundColor = s.colour;
      seg.style.color = readableOn(s.colour);
      return seg;
    });
    return el('div', { class: 'chart-row' }, el('span', { class: 'chart-label' }, bar.label), el('span', { class: 'chart-bar', role: 'img', 'aria-label': `${bar.label}: ${total}` }, ...segments));
  });
  const legend = el('ul', { class: 'chart-legend' }, ...chart.series.map((s) => {
    const swatch = el('span', { class: 'chart-swatch' });
    swatch.style.backgroundColor = s.colour;
    return el('li', {}, swatch, s.name);
  }));
  return el('figure', { class: 'chart', 'data-chart': chart.name, 'data-range': chart.dataRange }, el('figcaption', {}, chart.title), ...bars, legend);
}
