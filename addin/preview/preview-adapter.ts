import type { CellValue, Grid, MergeArea } from '../../shared/types';
import { columnLetter, parseA1 } from '../excel/a1';
import type { ChartSpec, FormatBlock, WorkbookAdapter } from '../excel/types';
import { el } from '../taskpane/dom';

/** A preview workbook as kept between page loads. */
export interface SavedPreview {
  name: string;
  sheets: PreviewSheet[];
  state: Record<string, string>;
}

export interface PreviewOptions {
  /** A workbook saved by an earlier page load, to open instead of `initial`. */
  restore?: SavedPreview;
  /** Called after every change with the workbook to keep. */
  persist?: (saved: SavedPreview) => void;
}

export interface PreviewSheet {
  name: string;
  values: CellValue[][];
  fills: (string | null)[][];
  fonts: (string | null)[][];
  merges: MergeArea[];
  validations: { address: string; choices: string[] }[];
  /** 0-based columns hidden from view (the add-in's row-id column). */
  hiddenColumns?: number[];
  /** Charts of a report sheet (writeReport), drawn above the grid as simple stacked bars. */
  charts?: PreviewChart[];
}

/** A chart as preview mode keeps it: the spec and the numbers read from its data range. */
export interface PreviewChart {
  name: string;
  title: string;
  dataRange: string;
  series: { name: string; colour: string }[];
  bars: { label: string; values: number[] }[];
}

const display = (v: CellValue) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

/** Reads a chart's data block from the sheet's values: first row series names, first column categories. */
function previewChart(spec: ChartSpec, values: CellValue[][]): PreviewChart {
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

/** Black or white, whichever reads on the colour (relative luminance). */
function readableOn(hex: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return '#000000';
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.179 ? '#000000' : '#FFFFFF';
}

/** Draws a chart as horizontal stacked bars with DOM elements (text through textContent only). */
function drawChart(chart: PreviewChart): HTMLElement {
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
    return el('div', { class: 'chart-row' }, el('span', { class: 'chart-label' }, bar.label), el('span', { class: 'chart-bar', 'aria-label': `${bar.label}: ${total}` }, ...segments));
  });
  const legend = el('ul', { class: 'chart-legend' }, ...chart.series.map((s) => {
    const swatch = el('span', { class: 'chart-swatch' });
    swatch.style.backgroundColor = s.colour;
    return el('li', {}, swatch, s.name);
  }));
  return el('figure', { class: 'chart', 'data-chart': chart.name, 'data-range': chart.dataRange }, el('figcaption', {}, chart.title), ...bars, legend);
}

/**
 * The WorkbookAdapter of preview mode: a workbook held in the page and drawn as a grid beside the pane,
 * so the real pane can be used (and tested) outside Excel. Cell text is drawn with textContent only.
 *
 * @example
 * const adapter = createPreviewAdapter(document.getElementById('grid')!, sheetsFromWorkbook);
 */
export function createPreviewAdapter(host: HTMLElement, initial: PreviewSheet[], options: PreviewOptions = {}) {
  let sheets = initial;
  let active = 0;
  let selected: string | null = null;
  let workbookName = options.restore?.name ?? '';
  const state = new Map<string, string>(Object.entries(options.restore?.state ?? {}));
  if (options.restore) sheets = options.restore.sheets;
  /** What Excel keeps in the file (cells and the add-in's state), kept in the browser so a reload loses nothing. */
  const persist = () => options.persist?.({ name: workbookName, sheets, state: Object.fromEntries(state) });
  const handlers = new Set<(address: string) => void>();

  function render() {
    const sheet = sheets[active];
    const tabs = el('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Sheets' }, ...sheets.map((s, i) => {
      const tab = el('button', { type: 'button', role: 'tab', 'aria-selected': i === active ? 'true' : 'false', class: 'tab' }, s.name);
      tab.addEventListener('click', () => {
        active = i;
        render();
      });
      return tab;
    }));
    const width = Math.max(1, ...sheet.values.map((r) => r.length));
    const hiddenColumns = new Set(sheet.hiddenColumns ?? []);
    const hidden = new Set<string>();
    const spans = new Map<string, MergeArea>();
    for (const m of sheet.merges) {
      spans.set(`${m.top},${m.left}`, m);
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) hidden.add(`${r},${c}`);
    }
    const table = el('table', { class: 'grid', 'aria-label': `Sheet ${sheet.name}` },
      el('thead', {}, el('tr', {}, el('th', {}), ...Array.from({ length: width }, (_, c) => (hiddenColumns.has(c) ? null : el('th', { scope: 'col' }, columnLetter(c)))))));
    const body = el('tbody');
    sheet.values.forEach((row, r) => {
      const tr = el('tr', {}, el('th', { scope: 'row' }, String(r + 1)));
      for (let c = 0; c < width; c++) {
        if (hidden.has(`${r},${c}`) || hiddenColumns.has(c)) continue;
        const address = `${columnLetter(c)}${r + 1}`;
        const td = el('td', { 'data-address': address, tabindex: '-1' }, display(row[c] ?? null));
        const span = spans.get(`${r},${c}`);
        // A report's lone title text runs across the empty cells to its right, as in Excel.
        if (sheet.charts && c === 0 && row.length === 1 && display(row[0] ?? null)) {
          td.colSpan = width;
          td.classList.add('overflow');
          tr.append(td);
          break;
        }
        if (span) {
          td.rowSpan = span.bottom - span.top + 1;
          td.colSpan = span.right - span.left + 1;
        }
        const fill = sheet.fills[r]?.[c];
        if (fill) td.style.backgroundColor = fill;
        const font = sheet.fonts[r]?.[c];
        if (font) td.style.color = font;
        if (address === selected) td.setAttribute('aria-selected', 'true');
        tr.append(td);
      }
      body.append(tr);
    });
    table.append(body);
    // Charts of a report sheet are drawn above its cells, so they are seen at a glance.
    const charts = sheet.charts?.length ? el('div', { class: 'charts', 'aria-label': 'Charts' }, ...sheet.charts.map(drawChart)) : null;
    host.replaceChildren(tabs, el('div', { class: 'grid-scroll' }, charts, table));
    persist();
  }

  const adapter: WorkbookAdapter & {
    load(next: PreviewSheet[], name?: string): void;
    edit(address: string, value: CellValue): void;
    sheets(): PreviewSheet[];
    activeSheet(): PreviewSheet;
    selected(): string | null;
  } = {
    load(next, name = '') {
      sheets = next;
      workbookName = name;
      state.clear();
      active = 0;
      selected = null;
      render();
    },
    sheets: () => sheets,
    activeSheet: () => sheets[active],
    selected: () => selected,
    edit(address, value) {
      const a = parseA1(address);
      const sheet = sheets[active];
      while (sheet.values.length <= a.top) sheet.values.push([]);
      sheet.values[a.top][a.left] = value;
      render();
      handlers.forEach((h) => h(address));
    },
    async readGrid() {
      const s = sheets[active];
      return { sheetName: s.name, values: s.values.map((r) => [...r]), fills: s.fills.map((r) => [...r]), merges: [...s.merges], origin: { row: 0, column: 0 } } satisfies Grid & { sheetName: string };
    },
    async formatCells(blocks: FormatBlock[]) {
      const s = sheets[active];
      for (const block of blocks) {
        const start = parseA1(block.topLeft);
        block.rows.forEach((f, i) => {
          if (!f) return;
          const r = start.top + i;
          s.fills[r] ??= [];
          s.fonts[r] ??= [];
          for (let c = start.left; c < start.left + block.width; c++) {
            s.fills[r][c] = f.fill;
            s.fonts[r][c] = f.font ?? null;
          }
        });
      }
      render();
    },
    async selectCell(address) {
      selected = address;
      render();
      const cell = host.querySelector<HTMLElement>(`td[data-address="${address}"]`);
      cell?.scrollIntoView({ block: 'center', inline: 'nearest' });
      cell?.focus();
    },
    async setListValidation(address, choices) {
      sheets[active].validations.push({ address, choices });
    },
    async writeCells(cells) {
      const s = sheets[active];
      for (const cell of cells) {
        const a = parseA1(cell.address);
        while (s.values.length <= a.top) s.values.push([]);
        s.values[a.top][a.left] = cell.value;
      }
      render();
    },
    async writeColumn(column, cells, options = {}) {
      const s = sheets[active];
      const c = parseA1(`${column}1`).left;
      for (const cell of cells) {
        while (s.values.length < cell.row) s.values.push([]);
        s.values[cell.row - 1][c] = cell.value;
      }
      if (options.hidden) s.hiddenColumns = [...new Set([...(s.hiddenColumns ?? []), c])];
      render();
    },
    async writeSheet(name, rows) {
      const sheet: PreviewSheet = { name, values: rows.map((r) => [...r]), fills: [], fonts: [], merges: [], validations: [] };
      const at = sheets.findIndex((s) => s.name === name);
      if (at >= 0) sheets[at] = sheet;
      else sheets.push(sheet);
      render();
    },
    async writeReport(name, report) {
      const values: CellValue[][] = report.rows.map((r) => r.map((v) => (v === null ? '' : v)));
      const sheet: PreviewSheet = { name, values, fills: [], fonts: [], merges: [], validations: [] };
      for (const group of report.fills) {
        for (const part of group.address.split(',')) {
          const a = parseA1(part);
          for (let r = a.top; r <= a.bottom; r++) {
            sheet.fills[r] ??= [];
            sheet.fonts[r] ??= [];
            for (let c = a.left; c <= a.right; c++) {
              sheet.fills[r][c] = group.fill;
              if (group.font) sheet.fonts[r][c] = group.font;
            }
          }
        }
      }
      sheet.charts = report.charts.map((spec) => previewChart(spec, values));
      // Refresh replaces the sheet in place (same tab, one set of charts); the sheet becomes the active one.
      const at = sheets.findIndex((s) => s.name === name);
      if (at >= 0) sheets[at] = sheet;
      else sheets.push(sheet);
      active = at >= 0 ? at : sheets.length - 1;
      render();
    },
    async readState<T>(key: string) {
      const v = state.get(key);
      return v === undefined ? null : (JSON.parse(v) as T);
    },
    async writeState(key, value) {
      state.set(key, JSON.stringify(value));
      persist();
    },
    async insertRows(beforeRow, count) {
      const s = sheets[active];
      const at = beforeRow - 1;
      for (const grid of [s.values, s.fills, s.fonts] as unknown[][][]) {
        while (grid.length < at) grid.push([]);
        grid.splice(at, 0, ...Array.from({ length: count }, () => []));
      }
      s.merges = s.merges.map((m) => (m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : m.bottom >= at ? { ...m, bottom: m.bottom + count } : m));
      render();
    },
    async deleteRows(rows) {
      const s = sheets[active];
      for (const row of [...new Set(rows)].sort((a, b) => b - a)) {
        const at = row - 1;
        for (const grid of [s.values, s.fills, s.fonts] as unknown[][][]) grid.splice(at, 1);
        s.merges = s.merges
          .filter((m) => !(m.top === at && m.bottom === at))
          .map((m) => (m.top > at ? { ...m, top: m.top - 1, bottom: m.bottom - 1 } : m.bottom >= at ? { ...m, bottom: m.bottom - 1 } : m));
      }
      render();
    },
    async onChanged(handler) {
      handlers.add(handler);
      return async () => void handlers.delete(handler);
    },
  };
  render();
  return adapter;
}
