/// <reference types="office-js" />
import { readHeaderFooter } from '../../shared/identity/read-header-footer';
import type { PrintLines } from '../../shared/types';
import type { SupportsSet } from './queue-notes-read';

const SECTIONS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;

/**
 * Queues the read of the sheet's print header and footer (Page Layout > Header & Footer, the one used for every page:
 * `pageLayout.headersFooters.defaultForAllPages`, ExcelApi 1.9) with the rest of the sheet's read, no sync of its own.
 * Some trusts name the plan only there. Each section comes as Excel keeps it, with its font and page codes, and is read
 * into plain lines by `readHeaderFooter`, as the .xlsx reader does. An Excel before 1.9, or no answer on what it supports,
 * reads none (null). Call the returned function after the sync.
 *
 * @example
 * const print = queuePrintLinesRead(sheet, supports);
 * await context.sync();
 * print(); // { header: ['Quorndale Community Healthcare NHS Trust', 'WDES action plan 2021-22'], footer: ['OFFICIAL'] }
 */
export function queuePrintLinesRead(sheet: Excel.Worksheet, supports: SupportsSet | undefined): () => PrintLines | null {
  if (!supports?.('ExcelApi', '1.9')) return () => null;
  const page = sheet.pageLayout.headersFooters.defaultForAllPages;
  page.load([...SECTIONS]);
  return () => readHeaderFooter([page.leftHeader, page.centerHeader, page.rightHeader], [page.leftFooter, page.centerFooter, page.rightFooter]);
}
