import { readOtherSheets } from '../../shared/grid';
import type { CellNote, CellValue, MergeArea } from '../../shared/types';
import { columnLetter, parseA1 } from '../excel/a1';
import { SMALL_SHEET } from '../excel/read-small-sheets';
import type { CellFormat, FormatBlock, ReportSheet, WorkbookAdapter } from '../excel/types';
import { el } from '../taskpane/dom';
import { drawChart, previewChart } from './draw-chart';
import { drawGrid } from './grid-view';
import { gridOfSheet } from './grid-of-sheet';

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
  /** Column widths, wrapping and page set-up of a report sheet, kept for the .xlsx download. */
  layout?: Pick<ReportSheet, 'columnWidths' | 'wrap' | 'print'>;
  /** Bold cells of a report sheet, as "row,column" keys. */
  bold?: string[];
  /** The cells' notes as the .xlsx gave them (`Grid.notes`): a plan may keep each action's lead in one. */
  notes?: CellNote[];
  /** The cells' indent levels as the .xlsx gave them (`Grid.indents`): a project plan indents each task by its outline level. */
  indents?: (number | null)[][];
  /** The cells in italics as the .xlsx gave them (`Grid.italics`): a template's guidance and worked example are written so. */
  italics?: (boolean | null)[][];
  /**
   * The rows the .xlsx hides and its AutoFilter's range (`Grid.hiddenRows`, `Grid.autoFilter`): a withdrawn action hidden
   * by hand is set aside, a filtered one is still read. They move with the rows put in or deleted, as in Excel.
   */
  hiddenRows?: number[];
  autoFilter?: MergeArea;
}

/** A chart as preview mode keeps it: the spec and the numbers read from its data range. */
export interface PreviewChart {
  name: string;
  title: string;
  dataRange: string;
  series: { name: string; colour: string }[];
  bars: { label: string; values: number[] }[];
}

/** Grows the rows of a sheet's grids to reach `row` (0-based). */
const reach = <T>(grid: T[][], row: number) => {
  while (grid.length <= row) grid.push([]);
  return grid[row];
};

/** Fills a report sheet's fill groups into a preview sheet. */
function paintReport(sheet: PreviewSheet, report: ReportSheet) {
  const bold = new Set<string>();
  for (const group of report.fills) {
    for (const part of group.address.split(',')) {
      const a = parseA1(part);
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          reach(sheet.fills, r)[c] = group.fill;
          if (group.font) reach(sheet.fonts, r)[c] = group.font;
          if (group.bold) bold.add(`${r},${c}`);
        }
      }
    }
  }
  sheet.bold = [...bold];
}

/**
 * A sheet's grids of one entry per cell (values, fills, text colours, indents, italics): rows put in or taken out move
 * in every one of them together, so a layer added to the sheet is added here once.
 */
function cellLayers(s: PreviewSheet): unknown[][][] {
  return [s.values, s.fills, s.fonts, ...(s.indents ? [s.indents] : []), ...(s.italics ? [s.italics] : [])] as unknown[][][];
}

/**
 * The WorkbookAdapter of preview mode: a workbook held in the page and drawn as an editable grid beside the pane,
 * so the real pane can be tried (and tested) outside Excel. Cell text is drawn with textContent only.
 *
 * @example
 * const adapter = createPreviewAdapter(document.getElementById('grid')!, sheetsFromWorkbook);
 */
export function createPreviewAdapter(host: HTMLElement, initial: PreviewSheet[], options: PreviewOptions = {}) {
  let sheets = options.restore?.sheets ?? initial;
  let active = 0;
  let selected: string | null = null;
  let workbookName = options.restore?.name ?? '';
  const state = new Map<string, string>(Object.entries(options.restore?.state ?? {}));
  /** What Excel keeps in the file (cells and the add-in's state), kept in the browser so a reload loses nothing. */
  const persist = () => options.persist?.({ name: workbookName, sheets, state: Object.fromEntries(state) });
  const handlers = new Set<(address: string) => void>();
  const changed = (address: string) => handlers.forEach((h) => h(address));

  let shown = -1;
  function render() {
    const sheet = sheets[active];
    // Another sheet starts at its top, as in Excel.
    if (shown !== active) host.scrollTop = 0;
    shown = active;
    const focusWasInGrid = host.contains(document.activeElement);
    const tabs = el('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Sheets' }, ...sheets.map((s, i) => {
      const tab = el('button', { type: 'button', role: 'tab', 'aria-selected': i === active ? 'true' : 'false', class: 'tab' }, s.name);
      tab.addEventListener('click', () => {
        active = i;
        selected = null;
        render();
      });
      return tab;
    }));
    const table = drawGrid(sheet, selected, {
      select: (address) => {
        selected = address;
        render();
        host.querySelector<HTMLElement>(`td[data-address="${address}"]`)?.focus();
      },
      write: (cells) => adapter.setCells(cells),
    });
    for (const key of sheet.bold ?? []) {
      const [r, c] = key.split(',').map(Number);
      table.querySelector<HTMLElement>(`td[data-address="${columnLetter(c)}${r + 1}"]`)?.classList.add('bold');
    }
    const charts = sheet.charts?.length ? el('div', { class: 'charts', 'aria-label': 'Charts' }, ...sheet.charts.map(drawChart)) : null;
    host.replaceChildren(tabs, el('div', { class: 'grid-scroll' }, charts, table));
    if (focusWasInGrid && selected) host.querySelector<HTMLElement>(`td[data-address="${selected}"]`)?.focus();
    persist();
  }

  const adapter: WorkbookAdapter & {
    load(next: PreviewSheet[], name?: string): void;
    edit(address: string, value: CellValue): void;
    setCells(cells: [number, number, string][]): void;
    notifyChanged(address: string): void;
    sheets(): PreviewSheet[];
    activeSheet(): PreviewSheet;
    workbookName(): string;
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
    /** Tells the pane the user changed the sheet (rows inserted or deleted from the preview's toolbar). */
    notifyChanged: changed,
    activeSheet: () => sheets[active],
    workbookName: () => workbookName,
    selected: () => selected,
    /** A user's edit of one cell (what typing in the grid does). */
    edit(address, value) {
      const a = parseA1(address);
      reach(sheets[active].values, a.top)[a.left] = value;
      render();
      changed(address);
    },
    /** A user's edit of several cells at once (a paste): one change event for the block. */
    setCells(cells) {
      if (!cells.length) return;
      const s = sheets[active];
      for (const [r, c, v] of cells) reach(s.values, r)[c] = v;
      render();
      const rows = cells.map((x) => x[0]);
      const cols = cells.map((x) => x[1]);
      const top = `${columnLetter(Math.min(...cols))}${Math.min(...rows) + 1}`;
      const bottom = `${columnLetter(Math.max(...cols))}${Math.max(...rows) + 1}`;
      changed(top === bottom ? top : `${top}:${bottom}`);
    },
    async readGrid(readOptions = {}) {
      const grid = gridOfSheet(sheets[active]);
      if (!readOptions.state) return grid;
      // The add-in's state asked for comes with the grid, as the Office adapter loads it in the same batch.
      return { ...grid, state: new Map(readOptions.state.filter((key) => state.has(key)).map((key) => [key, JSON.parse(state.get(key)!) as unknown])) };
    },
    async readFormats(ranges) {
      const s = sheets[active];
      return ranges.map((range) => {
        const a = parseA1(range);
        return Array.from({ length: a.bottom - a.top + 1 }, (_, i) => Array.from({ length: a.right - a.left + 1 }, (_, j): CellFormat => ({
          fill: s.fills[a.top + i]?.[a.left + j] ?? null,
          font: s.fonts[a.top + i]?.[a.left + j] ?? '#000000',
        })));
      });
    },
    async formatCells(blocks: FormatBlock[]) {
      const s = sheets[active];
      for (const block of blocks) {
        const start = parseA1(block.topLeft);
        const rows = block.cells ?? block.rows.map((f) => Array.from({ length: block.width }, () => f));
        rows.forEach((row, i) => row.forEach((f, j) => {
          if (!f) return;
          reach(s.fills, start.top + i)[start.left + j] = f.fill;
          // Automatic (black) text is kept as "no colour of its own", so the preview picks a readable one.
          reach(s.fonts, start.top + i)[start.left + j] = f.font && f.font !== '#000000' ? f.font : null;
        }));
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
      persist();
    },
    async writeCells(cells) {
      const s = sheets[active];
      for (const cell of cells) {
        const a = parseA1(cell.address);
        reach(s.values, a.top)[a.left] = cell.value;
      }
      render();
    },
    async writeColumn(column, cells, opts = {}) {
      const s = sheets[active];
      const c = parseA1(`${column}1`).left;
      for (const cell of cells) reach(s.values, cell.row - 1)[c] = cell.value;
      if (opts.hidden) s.hiddenColumns = [...new Set([...(s.hiddenColumns ?? []), c])];
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
      paintReport(sheet, report);
      sheet.charts = report.charts.map((spec) => previewChart(spec, values));
      if (report.columnWidths || report.wrap || report.print) sheet.layout = { columnWidths: report.columnWidths, wrap: report.wrap, print: report.print };
      // Refresh replaces the sheet in place (same tab, one set of charts); the sheet becomes the active one.
      const at = sheets.findIndex((s) => s.name === name);
      if (at >= 0) sheets[at] = sheet;
      else sheets.push(sheet);
      active = at >= 0 ? at : sheets.length - 1;
      selected = null;
      render();
    },
    async readWorkbookInfo() {
      const plan = sheets[active].name;
      // The sheets Excel would read for a key (small ones, as in the Office adapter), so the preview checks as Excel does.
      const small = sheets.filter((s) => s.values.length <= SMALL_SHEET.rows && Math.max(0, ...s.values.map((r) => r.length)) <= SMALL_SHEET.columns);
      const { keys, sheetTitles } = readOtherSheets(small.map((s) => ({ sheetName: s.name, values: s.values, fills: s.fills, merges: s.merges, origin: { row: 0, column: 0 } })), plan);
      return { fileName: workbookName || undefined, sheetNames: sheets.map((s) => s.name), properties: {}, ...(keys.length ? { keys } : {}), ...(sheetTitles.length ? { sheetTitles } : {}) };
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
      for (const grid of cellLayers(s)) {
        while (grid.length < at) grid.push([]);
        grid.splice(at, 0, ...Array.from({ length: count }, () => []));
      }
      s.merges = s.merges.map((m) => (m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : m.bottom >= at ? { ...m, bottom: m.bottom + count } : m));
      // A note stays on its cell, as in Excel.
      if (s.notes) s.notes = s.notes.map((n) => (n.row >= at ? { ...n, row: n.row + count } : n));
      // A hidden row stays hidden where it moves; the rows put in are shown; the filter's range grows over them.
      if (s.hiddenRows) s.hiddenRows = s.hiddenRows.map((r) => (r >= at ? r + count : r));
      if (s.autoFilter) s.autoFilter = s.autoFilter.top >= at ? { ...s.autoFilter, top: s.autoFilter.top + count, bottom: s.autoFilter.bottom + count } : s.autoFilter.bottom >= at ? { ...s.autoFilter, bottom: s.autoFilter.bottom + count } : s.autoFilter;
      render();
    },
    async deleteRows(rows) {
      const s = sheets[active];
      for (const row of [...new Set(rows)].sort((a, b) => b - a)) {
        const at = row - 1;
        for (const grid of cellLayers(s)) grid.splice(at, 1);
        s.merges = s.merges
          .filter((m) => !(m.top === at && m.bottom === at))
          .map((m) => (m.top > at ? { ...m, top: m.top - 1, bottom: m.bottom - 1 } : m.bottom >= at ? { ...m, bottom: m.bottom - 1 } : m));
        if (s.notes) s.notes = s.notes.filter((n) => n.row !== at).map((n) => (n.row > at ? { ...n, row: n.row - 1 } : n));
        if (s.hiddenRows) s.hiddenRows = s.hiddenRows.filter((r) => r !== at).map((r) => (r > at ? r - 1 : r));
        if (s.autoFilter) s.autoFilter = s.autoFilter.top > at ? { ...s.autoFilter, top: s.autoFilter.top - 1, bottom: s.autoFilter.bottom - 1 } : s.autoFilter.bottom >= at ? { ...s.autoFilter, bottom: s.autoFilter.bottom - 1 } : s.autoFilter;
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

export type PreviewAdapter = ReturnType<typeof createPreviewAdapter>;
