import { readCsv, readWorkbook, WorkbookError } from '../../shared/xlsx';
import type { PreviewSheet } from './preview-adapter';

/**
 * Reads an .xlsx or a .csv into preview sheets (exceljs is loaded only in preview, as its own chunk).
 * Anything else is refused by name, saying which files work.
 *
 * @example
 * const sheets = await loadSheets(await file.arrayBuffer(), file.name);
 */
export async function loadSheets(data: ArrayBuffer, fileName = 'plan.xlsx'): Promise<PreviewSheet[]> {
  const sheet = (name: string, values: PreviewSheet['values'], fills: PreviewSheet['fills'] = [], merges: PreviewSheet['merges'] = []): PreviewSheet =>
    ({ name, values, fills, fonts: [], merges, validations: [] });
  if (/\.csv$/i.test(fileName)) {
    const text = new TextDecoder('utf-8').decode(data);
    const grid = readCsv(text, fileName.replace(/\.csv$/i, '').slice(0, 31) || 'CSV');
    return [sheet(grid.sheetName, grid.values.map((r) => [...r]))];
  }
  if (!/\.xlsx$/i.test(fileName)) throw new WorkbookError(`${fileName} is not a plan the preview can open: choose an Excel workbook (.xlsx) or a CSV file (.csv).`);
  const workbook = await readWorkbook(new Uint8Array(data));
  return workbook.sheets.map((g) => {
    const read = sheet(g.sheetName ?? 'Sheet', g.values.map((r) => [...r]), (g.fills ?? []).map((r) => [...r]), [...(g.merges ?? [])]);
    // The cells' own text colours, as Excel keeps them: a plan may colour a status, or each action, by its text.
    if (g.fonts) read.fonts = g.fonts.map((r) => [...r]);
    // Each task's indent, as Excel keeps it: a project plan's summary tasks are told from its tasks by it.
    if (g.indents) read.indents = g.indents.map((r) => [...r]);
    // The cells in italics, as Excel keeps them: a template's guidance and worked example left in are written so.
    if (g.italics) read.italics = g.italics.map((r) => [...r]);
    // The cells' notes, as the CLI reads them: a plan may keep each action's lead in the note on its action cell.
    // And the rows it hides, with the filter's range: a withdrawn action hidden by hand is set aside, as the CLI does.
    const hidden = g.hiddenRows?.length ? { hiddenRows: [...g.hiddenRows], ...(g.autoFilter ? { autoFilter: { ...g.autoFilter } } : {}) } : {};
    return { ...read, ...(g.notes?.length ? { notes: g.notes.map((n) => ({ ...n })) } : {}), ...hidden };
  });
}
