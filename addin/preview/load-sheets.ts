import { readWorkbook } from '../../shared/xlsx';
import type { PreviewSheet } from './preview-adapter';

/**
 * Reads an .xlsx into preview sheets (exceljs is loaded only in preview, as its own chunk).
 *
 * @example
 * const sheets = await loadSheets(await file.arrayBuffer());
 */
export async function loadSheets(data: ArrayBuffer): Promise<PreviewSheet[]> {
  const workbook = await readWorkbook(new Uint8Array(data));
  return workbook.sheets.map((g) => ({
    name: g.sheetName ?? 'Sheet',
    values: g.values.map((r) => [...r]),
    fills: (g.fills ?? []).map((r) => [...r]),
    fonts: [],
    merges: [...(g.merges ?? [])],
    validations: [],
  }));
}
