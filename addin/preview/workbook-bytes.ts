import ExcelJS from 'exceljs';
import type { PreviewSheet } from './preview-adapter';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** Puts one preview sheet into an exceljs worksheet: values (text stays text), fills, text colours, notes, merges, hidden columns, print set-up. */
function writeSheet(ws: ExcelJS.Worksheet, sheet: PreviewSheet) {
  const bold = new Set(sheet.bold ?? []);
  const height = Math.max(sheet.values.length, sheet.fills.length);
  for (let r = 0; r < height; r++) {
    const width = Math.max(sheet.values[r]?.length ?? 0, sheet.fills[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const value = sheet.values[r]?.[c];
      const fill = sheet.fills[r]?.[c];
      const font = sheet.fonts[r]?.[c];
      if ((value === null || value === undefined || value === '') && !fill) continue;
      const cell = ws.getCell(r + 1, c + 1);
      // A string is written as a string: '=SUM(…)' typed in the preview never becomes a formula.
      if (value !== null && value !== undefined && value !== '') cell.value = value;
      if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(fill) } };
      if (font || bold.has(`${r},${c}`)) cell.font = { ...(font ? { color: { argb: argb(font) } } : {}), ...(bold.has(`${r},${c}`) ? { bold: true } : {}) };
      if (sheet.layout?.wrap && (sheet.values[r] ?? []).filter((v) => v !== null && v !== undefined && v !== '').length > 1) cell.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  // A note goes back on its cell (exceljs keeps only those on cells with a value).
  for (const n of sheet.notes ?? []) ws.getCell(n.row + 1, n.column + 1).note = n.text;
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const c of sheet.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
  sheet.layout?.columnWidths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  if (sheet.layout?.print) ws.pageSetup = { ...ws.pageSetup, paperSize: 9, orientation: sheet.layout.print.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  for (const v of sheet.validations) {
    const [a, b = a] = v.address.split(':');
    const from = /^([A-Z]+)(\d+)$/.exec(a)!;
    const to = /^([A-Z]+)(\d+)$/.exec(b)!;
    for (let r = Number(from[2]); r <= Number(to[2]); r++) {
      ws.getCell(`${from[1]}${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${v.choices.map((x) => x.replace(/[",]/g, ' ')).join(',')}"`] };
    }
  }
}

/**
 * The preview workbook as .xlsx bytes, with its colours: what "Download .xlsx" saves, to open in Excel.
 *
 * @example
 * const bytes = await workbookBytes(adapter.sheets());
 */
export async function workbookBytes(sheets: PreviewSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const sheet of sheets) {
    // Excel sheet names: 31 characters, no []:*?/\ and unique (a CSV's name may break these).
    let name = sheet.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${name.slice(0, 28)} ${i}`;
    used.add(name.toLowerCase());
    writeSheet(wb.addWorksheet(name), sheet);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
