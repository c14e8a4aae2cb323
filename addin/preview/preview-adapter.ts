import type { CellValue, Grid, MergeArea } from '../../shared/types';
import { columnLetter, parseA1 } from '../excel/a1';
import type { FormatBlock, WorkbookAdapter } from '../excel/types';
import { el } from '../taskpane/dom';

export interface PreviewSheet {
  name: string;
  values: CellValue[][];
  fills: (string | null)[][];
  fonts: (string | null)[][];
  merges: MergeArea[];
  validations: { address: string; choices: string[] }[];
  /** 0-based columns hidden from view (the add-in's row-id column). */
  hiddenColumns?: number[];
}

const display = (v: CellValue) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

/**
 * The WorkbookAdapter of preview mode: a workbook held in the page and drawn as a grid beside the pane,
 * so the real pane can be used (and tested) outside Excel. Cell text is drawn with textContent only.
 *
 * @example
 * const adapter = createPreviewAdapter(document.getElementById('grid')!, sheetsFromWorkbook);
 */
export function createPreviewAdapter(host: HTMLElement, initial: PreviewSheet[]) {
  let sheets = initial;
  let active = 0;
  let selected: string | null = null;
  const state = new Map<string, string>();
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
    host.replaceChildren(tabs, el('div', { class: 'grid-scroll' }, table));
  }

  const adapter: WorkbookAdapter & {
    load(next: PreviewSheet[]): void;
    edit(address: string, value: CellValue): void;
    sheets(): PreviewSheet[];
    activeSheet(): PreviewSheet;
    selected(): string | null;
  } = {
    load(next) {
      sheets = next;
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
    async readState<T>(key: string) {
      const v = state.get(key);
      return v === undefined ? null : (JSON.parse(v) as T);
    },
    async writeState(key, value) {
      state.set(key, JSON.stringify(value));
    },
    async onChanged(handler) {
      handlers.add(handler);
      return async () => void handlers.delete(handler);
    },
  };
  render();
  return adapter;
}
