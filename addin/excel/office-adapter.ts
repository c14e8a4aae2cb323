/// <reference types="office-js" />
import { readOtherSheets } from '../../shared/grid';
import type { Grid } from '../../shared/types';
import { parseA1 } from './a1';
import { createKeySheetCache } from './key-sheet-cache';
import { normaliseColour } from './normalise-colour';
import { queueGridRead } from './queue-grid-read';
import { isPayloadTooLarge, queueShapeRead, readGridInBlocks } from './read-grid-in-blocks';
import { notesSource, queueNotesRead, type SupportsSet } from './queue-notes-read';
import { queuePrintLinesRead } from './queue-print-lines-read';
import { queueHiddenRowsRead } from './queue-hidden-rows-read';
import { readSmallSheets } from './read-small-sheets';
import type { FormatBlock, ReportSheet, WorkbookAdapter } from './types';

/**
 * Excel on the web caps one request at 5 MB; keep each batch of cell formats well under it so any
 * plan size fits (a 10,000-row status column is ~0.5 MB and goes in one operation).
 */
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;
const STATE_PREFIX = 'equalityPlans.';

/** The subset of the Excel namespace the adapter uses: the real `Excel` in Office, a fake in tests. */
export type ExcelHost = Pick<typeof Excel, 'run'>;

/** The requirement sets this Office supports; outside Office (no requirements to ask) nothing is known. */
const officeSupports = (): SupportsSet | undefined =>
  typeof Office !== 'undefined' && Office.context?.requirements ? (set, version) => Office.context.requirements.isSetSupported(set, version) : undefined;

/** Longest multi-area address sent in one getRanges call (Excel caps range addresses; stay well under). */
export const MAX_AREAS_ADDRESS_CHARS = 2_000;

/**
 * Splits a comma-separated multi-area address into pieces of at most MAX_AREAS_ADDRESS_CHARS.
 *
 * @example
 * splitAddress('D5,E6:F6'); // ['D5,E6:F6']
 */
export function splitAddress(address: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const part of address.split(',').map((p) => p.trim()).filter(Boolean)) {
    if (current && current.length + 1 + part.length > MAX_AREAS_ADDRESS_CHARS) {
      out.push(current);
      current = '';
    }
    current = current ? `${current},${part}` : part;
  }
  if (current) out.push(current);
  return out;
}

/**
 * A cell format as Excel's set*Properties take it. No fill means the fill pattern "None" (ExcelApi 1.9), not white,
 * so a plan's unfilled cells get their gridlines back.
 */
const cellProps = (f: { fill: string | null; font?: string } | null) =>
  f ? { format: { fill: f.fill ? { color: f.fill } : { pattern: 'None' }, ...(f.font ? { font: { color: f.font } } : {}) } } : {};

/** Excel's column width unit is points; a character of the default font is about 7 points wide (plus padding). */
const POINTS_PER_CHARACTER = 7;

/** Column widths, wrapped text and the page set-up of a report sheet (pageLayout is ExcelApi 1.9). */
function layOutForPrint(sheet: Excel.Worksheet, report: ReportSheet) {
  report.columnWidths?.forEach((chars, i) => (sheet.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = chars * POINTS_PER_CHARACTER + 5));
  const width = Math.max(1, ...report.rows.map((r) => r.length));
  // Table rows wrap; a lone title or sentence runs across the empty cells beside it. One range per run of table rows.
  const isTable = (r: number) => report.rows[r].filter((v) => v !== null && v !== '').length > 1;
  for (let r = 0; report.wrap && r < report.rows.length; r++) {
    if (!isTable(r)) continue;
    let end = r;
    while (end + 1 < report.rows.length && isTable(end + 1)) end++;
    const run = sheet.getRangeByIndexes(r, 0, end - r + 1, width);
    run.format.wrapText = true;
    run.format.verticalAlignment = 'Top';
    r = end;
  }
  if (report.print) {
    sheet.pageLayout.orientation = report.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    sheet.pageLayout.paperSize = 'A4';
    // One page wide, as many tall as it needs (0 = automatic, as Excel's "Fit to 1 page wide by [blank] tall").
    sheet.pageLayout.zoom = { horizontalFitToPages: report.print.fitToWidth, verticalFitToPages: 0 };
  }
}

/**
 * The active sheet as a Grid, with all the add-in reads beside its cells in the same batch: text colours, the cells'
 * notes, hidden rows and the filter's range, the print header and footer, and the add-in's own state asked for. `whole`
 * reads the cells in that one batch; otherwise (a sheet too large for one response on the web) the batch reads only the
 * range's shape and the cells follow in blocks of rows (`readGridInBlocks`).
 */
async function readActiveSheet(context: Excel.RequestContext, readOptions: { state?: string[] }, whole: boolean, supportsOption?: SupportsSet) {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  // Text colours too: a plan may colour its statuses by their text ('On track' in green), not their fill.
  const used = sheet.getUsedRange(false);
  const grid = whole ? queueGridRead(used, { fonts: true }) : null;
  const shape = whole ? null : queueShapeRead(used);
  // And the cells' notes, in the same batch: a plan may keep each action's lead in the note on its action cell.
  const supports = supportsOption ?? officeSupports();
  // And which rows are hidden, and the filter's range (ExcelApi 1.9), same batch: a withdrawn action hidden by hand is no action.
  const hidden = queueHiddenRowsRead(sheet, used, supports);
  const source = supports ? notesSource(supports) : 'none';
  const notes = queueNotesRead(sheet, source);
  // And the print header and footer (ExcelApi 1.9), same batch: a plan may name its trust and year only there.
  const print = queuePrintLinesRead(sheet, supports);
  // And the add-in's own state asked for (its kept colours), same batch: settings are ExcelApi 1.4.
  const items = (readOptions.state ?? []).map((key) => {
    const item = context.workbook.settings.getItemOrNullObject(STATE_PREFIX + key);
    item.load('value');
    return [key, item] as const;
  });
  await context.sync();
  const read = grid ? grid() : await readGridInBlocks(context, sheet, shape!());
  const printLines = print();
  const visibility = hidden(read.origin ?? { row: 0, column: 0 });
  const noted = await notes(context, read.origin ?? { row: 0, column: 0 }, read.values.length, read.values.reduce((w, r) => Math.max(w, r.length), 0));
  // An Excel that cannot give notes says so (the check tells the user a lead or status key kept in a note is not read there).
  const unread = supports && source !== 'notes' ? { notesUnread: source } : {};
  const state = readOptions.state ? { state: new Map(items.filter(([, item]) => !item.isNullObject).map(([key, item]) => [key, item.value as unknown])) } : {};
  return { sheetName: sheet.name, ...read, ...visibility, ...(noted.length ? { notes: noted } : {}), ...unread, ...(printLines ? { printLines } : {}), ...state } satisfies Grid & { sheetName: string };
}

/**
 * The one place that speaks Office.js. Each operation is one `Excel.run` with as few `context.sync()`
 * calls as it can: in Excel on the web every sync is a network round trip. `supports` answers which requirement sets
 * this Excel has (Office's own answer by default): cells' notes need ExcelApi 1.18; an older Excel gives its threaded
 * comments instead (1.10), or nothing.
 *
 * @example
 * const adapter = createOfficeAdapter(Excel);
 * const grid = await adapter.readGrid(); // one sync for values, fills, text colours, merged areas, hidden rows and the filter's range, the print header and footer and notes' texts (one more for where the notes sit, when there are any)
 */
export function createOfficeAdapter(excel: ExcelHost, options: { supports?: SupportsSet } = {}): WorkbookAdapter & { markOwnWrite(): void } {
  /** Events caused by our own writes are ignored until this time (ms since epoch, page clock). */
  let ownWritesUntil = 0;
  const markOwnWrite = () => {
    ownWritesUntil = Date.now() + 1_500;
  };
  const keySheets = createKeySheetCache<ReturnType<typeof readOtherSheets>>();

  return {
    markOwnWrite,

    async readGrid(readOptions = {}) {
      try {
        return await excel.run((context) => readActiveSheet(context, readOptions, true, options.supports));
      } catch (error) {
        // Excel on the web refuses a response over 5 MB: a sheet of thousands of long rows is read again in blocks of rows.
        if (!isPayloadTooLarge(error)) throw error;
        return excel.run((context) => readActiveSheet(context, readOptions, false, options.supports));
      }
    },

    async formatCells(blocks: FormatBlock[]) {
      if (blocks.length === 0) return;
      markOwnWrite();
      await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        let bytes = 0;
        for (const block of blocks) {
          const start = parseA1(block.topLeft);
          // One setRowProperties per block: operations grow with blocks (layout), never with rows.
          const props = block.cells ? block.cells.map((row) => row.map(cellProps)) : block.rows.map(cellProps);
          const size = JSON.stringify(props).length;
          // Past the payload cap, send what is queued first (only plans of ~40,000+ rows get here).
          if (bytes > 0 && bytes + size > MAX_BATCH_BYTES) {
            await context.sync();
            bytes = 0;
          }
          const range = sheet.getRangeByIndexes(start.top, start.left, block.cells?.length ?? block.rows.length, block.width);
          if (block.cells) range.setCellProperties(props as Excel.SettableCellProperties[][]);
          else range.setRowProperties(props as Excel.SettableRowProperties[]);
          bytes += size;
        }
        await context.sync();
      });
    },

    async readFormats(ranges) {
      if (ranges.length === 0) return [];
      return excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        const results = ranges.map((a) => sheet.getRange(a).getCellProperties({ format: { fill: { color: true }, font: { color: true } } }));
        await context.sync();
        return results.map((r) => r.value.map((row) => row.map((cell) => {
          const fill = normaliseColour(cell.format?.fill?.color);
          return { fill: fill === '#FFFFFF' ? null : fill, font: normaliseColour(cell.format?.font?.color) ?? undefined };
        })));
      });
    },

    async selectCell(address) {
      await excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange(address).select();
        await context.sync();
      });
    },

    async setListValidation(address, choices) {
      markOwnWrite();
      await excel.run(async (context) => {
        const range = context.workbook.worksheets.getActiveWorksheet().getRange(address);
        range.dataValidation.clear();
        // A comma inside a status would split it: Excel's list source has no escaping, so drop commas.
        range.dataValidation.rule = { list: { inCellDropDown: true, source: choices.map((c) => c.replace(/,/g, ' ')).join(',') } };
        range.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: 'Status', message: `Pick one of: ${choices.join(' / ')}` };
        await context.sync();
      });
    },

    async writeCells(cells) {
      if (cells.length === 0) return;
      markOwnWrite();
      await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        for (const cell of cells) {
          const range = sheet.getRange(cell.address);
          range.numberFormat = [['@']];
          range.values = [[cell.value]];
        }
        await context.sync();
      });
    },

    async insertRows(beforeRow, count) {
      if (count <= 0) return;
      markOwnWrite();
      await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange(`A${beforeRow}:A${beforeRow + count - 1}`).getEntireRow().insert('Down');
        await context.sync();
      });
    },

    async deleteRows(rows) {
      if (rows.length === 0) return;
      markOwnWrite();
      await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        // Bottom-up, one range per run of adjacent rows, so earlier deletions never shift later ones; one sync.
        const sorted = [...new Set(rows)].sort((a, b) => b - a);
        for (let i = 0; i < sorted.length; ) {
          let top = sorted[i];
          const bottom = top;
          while (i + 1 < sorted.length && sorted[i + 1] === top - 1) top = sorted[++i];
          i += 1;
          sheet.getRange(`A${top}:A${bottom}`).getEntireRow().delete('Up');
        }
        await context.sync();
      });
    },

    async writeColumn(column, cells, options = {}) {
      if (cells.length === 0 && !options.hidden) return;
      markOwnWrite();
      await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        const rows = cells.map((c) => c.row);
        if (rows.length) {
          const first = Math.min(...rows);
          const last = Math.max(...rows);
          const byRow = new Map(cells.map((c) => [c.row, c.value]));
          // One block from the first to the last cell: the column is the add-in's own (row ids), so the
          // rows in between (headings, blank rows) are written blank. Text format first: ids stay text.
          const range = sheet.getRange(`${column}${first}:${column}${last}`);
          range.numberFormat = Array.from({ length: last - first + 1 }, () => ['@']);
          range.values = Array.from({ length: last - first + 1 }, (_, i) => [byRow.get(first + i) ?? '']);
        }
        if (options.hidden) sheet.getRange(`${column}1`).getEntireColumn().columnHidden = true;
        await context.sync();
      });
    },

    async writeSheet(name, rows) {
      markOwnWrite();
      await excel.run(async (context) => {
        const existing = context.workbook.worksheets.getItemOrNullObject(name);
        await context.sync();
        if (!existing.isNullObject) existing.delete();
        const sheet = context.workbook.worksheets.add(name);
        if (rows.length) {
          const width = Math.max(...rows.map((r) => r.length));
          const range = sheet.getRangeByIndexes(0, 0, rows.length, width);
          // Text format first, so '=SUM(…)' or '+44…' from a cell stays text and is never evaluated.
          range.numberFormat = rows.map(() => Array.from({ length: width }, () => '@'));
          range.values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
        }
        sheet.activate();
        await context.sync();
      });
    },

    // API sets: charts, setPosition, series fill, clear, activate are ExcelApi 1.1; autofitColumns 1.2;
    // getRanges (RangeAreas) 1.9 — all within the manifest's ExcelApi 1.9 minimum, so no runtime check is needed.
    async writeReport(name, report) {
      markOwnWrite();
      await excel.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        const existing = worksheets.getItemOrNullObject(name);
        await context.sync(); // 1: does the sheet exist?
        let sheet: Excel.Worksheet;
        if (existing.isNullObject) {
          sheet = worksheets.add(name);
        } else {
          // Refresh in place: keep the sheet (its position, anything pointing at it), drop what we drew.
          sheet = existing;
          sheet.charts.load('items/name');
          await context.sync(); // 2 (refresh only): which charts to remove
          for (const chart of sheet.charts.items) chart.delete();
          sheet.getRange().clear('All');
        }
        const rows = report.rows;
        if (rows.length) {
          const width = Math.max(1, ...rows.map((r) => r.length));
          const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
          const range = sheet.getRangeByIndexes(0, 0, rows.length, width);
          // Text format first for every string, so '=…', '+…', '-…', '@…' from the service stay text; numbers stay numbers (charts plot them).
          range.numberFormat = rows.map((r) => Array.from({ length: width }, (_, c) => (isNumber(r[c]) ? 'General' : '@')));
          range.values = rows.map((r) => Array.from({ length: width }, (_, c) => (isNumber(r[c]) ? r[c] : typeof r[c] === 'string' ? r[c] : '')));
        }
        // One multi-area range per look (colour), split only if its address gets long.
        for (const group of report.fills) {
          for (const address of splitAddress(group.address)) {
            const areas = sheet.getRanges(address);
            if (group.fill) areas.format.fill.color = group.fill;
            else areas.format.fill.clear();
            if (group.font) areas.format.font.color = group.font;
            if (group.bold) areas.format.font.bold = true;
          }
        }
        for (const spec of report.charts) {
          const chart = sheet.charts.add('BarStacked', sheet.getRange(spec.dataRange), 'Columns');
          chart.name = spec.name;
          chart.title.text = spec.title;
          chart.legend.position = 'Bottom';
          const [start, end = start] = spec.position.split(':');
          chart.setPosition(start, end);
          spec.seriesColours.forEach((colour, i) => chart.series.getItemAt(i).format.fill.setSolidColor(colour));
        }
        if (report.autofit) sheet.getRange(report.autofit).format.autofitColumns();
        layOutForPrint(sheet, report);
        sheet.activate();
        await context.sync();
      });
    },

    async readWorkbookInfo() {
      return excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        const active = sheets.getActiveWorksheet();
        active.load(['name', 'id']);
        // Document properties are ExcelApi 1.7, inside the manifest's 1.9.
        const props = context.workbook.properties;
        props.load(['title', 'subject', 'company', 'keywords', 'category', 'comments']);
        keySheets.watch(context);
        await context.sync();
        const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
        const properties = { title: text(props.title), subject: text(props.subject), company: text(props.company), keywords: text(props.keywords), category: text(props.category), comments: text(props.comments) };
        // A key kept on a sheet of its own ("Key", a cover sheet): the adapter reads cells, the core says what a key is.
        // Read again only when another sheet has changed since (or the sheets are not the same ones).
        const signature = JSON.stringify([active.name, sheets.items.map((s) => s.name)]);
        const others = keySheets.keysFor(signature, active.id) ?? keySheets.remember(signature, readOtherSheets(await readSmallSheets(context, sheets.items, active.name), active.name));
        return { sheetNames: sheets.items.map((s) => s.name), properties: Object.fromEntries(Object.entries(properties).filter(([, v]) => v)), ...(others.keys.length ? { keys: others.keys } : {}), ...(others.sheetTitles.length ? { sheetTitles: others.sheetTitles } : {}) };
      });
    },

    async readState<T>(key: string) {
      return excel.run(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject(STATE_PREFIX + key);
        item.load('value');
        await context.sync();
        return item.isNullObject ? null : (item.value as T);
      });
    },

    async writeState(key, value) {
      await excel.run(async (context) => {
        context.workbook.settings.add(STATE_PREFIX + key, value as never);
        await context.sync();
      });
    },

    async onChanged(handler) {
      return excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        const registration = sheet.onChanged.add(async (event) => {
          // Excel 1.14+ says who changed the cells: then a user's edit made just after one of ours is still theirs.
          // Older hosts do not; there our own writes are known only by the time they were made.
          const source = (event as { triggerSource?: string }).triggerSource;
          const own = source !== undefined ? source === 'ThisLocalAddin' : Date.now() < ownWritesUntil;
          if (!own) handler(event.address);
        });
        await context.sync();
        return async () => {
          await excel.run(registration.context, async (ctx) => {
            registration.remove();
            await ctx.sync();
          });
        };
      });
    },
  };
}
