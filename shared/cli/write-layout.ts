import type ExcelJS from 'exceljs';
import type { SheetLayout } from '../report';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** Every cell of a multi-area address ("A5,C7:D7"), as [row, column] 1-based. */
function cellsOf(address: string): [number, number][] {
  const out: [number, number][] = [];
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  for (const part of address.split(',')) {
    const [a, b = a] = part.trim().split(':');
    const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(a)!;
    const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(b)!;
    for (let r = Number(r1); r <= Number(r2); r++) for (let c = col(c1); c <= col(c2); c++) out.push([r, c]);
  }
  return out;
}

/**
 * Writes a laid-out sheet with exceljs: strings as text (never formulas), fills and bold, column widths,
 * wrapped text, and the page set-up (A4 landscape, one page wide).
 *
 * @example
 * writeLayout(workbook.addWorksheet('Board summary'), boardSummary(report, { asAt }));
 */
export function writeLayout(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  layout.rows.forEach((cells, r) => {
    const table = cells.filter((v) => v !== null && v !== '').length > 1;
    cells.forEach((value, c) => {
      if (value === null || value === '') return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value;
      if (layout.wrap && table) cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  for (const group of layout.fills) {
    for (const [r, c] of cellsOf(group.address)) {
      const cell = ws.getCell(r, c);
      if (group.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(group.fill) } };
      if (group.font || group.bold) cell.font = { ...(group.font ? { color: { argb: argb(group.font) } } : {}), ...(group.bold ? { bold: true } : {}) };
    }
  }
  layout.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.pageSetup = { ...ws.pageSetup, paperSize: 9 /* A4 */, orientation: layout.print.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}
