import type { PrintLines } from '../types';
import { readPrintLines } from './read-print-lines';

/**
 * A sheet's print header and footer as plain lines, from their sections as a source keeps them — the .xlsx file's
 * odd/first/even header strings, or Office.js's left/centre/right sections — each read by `readPrintLines`, each line
 * once. Null when neither holds a line. One reading for both sources, so the file and the open workbook agree.
 *
 * @example
 * readHeaderFooter(['&LQuorndale Community Healthcare NHS Trust&CWDES action plan 2021/22'], ['&CPage &P of &N', 'OFFICIAL']);
 * // { header: ['Quorndale Community Healthcare NHS Trust', 'WDES action plan 2021/22'], footer: ['OFFICIAL'] }
 */
export function readHeaderFooter(header: readonly (string | null | undefined)[], footer: readonly (string | null | undefined)[]): PrintLines | null {
  const lines = (codes: readonly (string | null | undefined)[]) => [...new Set(codes.flatMap((c) => readPrintLines(c)))];
  const read = { header: lines(header), footer: lines(footer) };
  return read.header.length || read.footer.length ? read : null;
}
