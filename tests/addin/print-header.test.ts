/**
 * In Excel, the add-in reads the sheet's print header and footer (ExcelApi 1.9) in the same round trip as its cells:
 * a plan whose trust and year are only there (holdout16 quorndale) is named in the pane as the .xlsx reader names it.
 */
import { describe, expect, it } from 'vitest';
import { createOfficeAdapter } from '../../addin/excel/office-adapter';
import { checkPlan } from '../../shared/check-plan';
import { FakeWorkbook } from '../support/fake-excel';

const AS_AT = new Date(Date.UTC(2024, 0, 31));

/** A plan with its header on row 1 and no title row, its print header and footer as given. */
function bookPrinted(sections: FakeWorkbook['activeSheet']['headersFooters'], excelApi = 18) {
  const book = new FakeWorkbook(['Action plan']);
  book.excelApi = excelApi;
  book.activeSheet.setValues([
    ['Metric', 'Action', 'Lead', 'Due', 'Status'],
    ['M4a', 'Run a disability declaration campaign across every site.', 'Head of Inclusion', 'Sep 2024', 'On track'],
    ['M9a', 'Set up a staff disability network with protected time.', 'Director of People', 'Dec 2024', 'Complete'],
  ]);
  book.activeSheet.headersFooters = sections;
  return book;
}

describe('the print header and footer in Excel', () => {
  it('are read with the cells in one sync, and name the trust and period', async () => {
    const book = bookPrinted({ leftHeader: '&"Arial,Bold"&11Brackwell Mental Health NHS Trust', centerHeader: '&14WDES action plan 2023/24', rightFooter: 'Page &P of &N' });
    const grid = await createOfficeAdapter(book.excel, { supports: book.supports }).readGrid();
    expect(book.stats.syncs).toBe(1);
    expect(grid.printLines).toEqual({ header: ['Brackwell Mental Health NHS Trust', 'WDES action plan 2023/24'], footer: [] });
    const { identity } = checkPlan(grid, { asAt: AS_AT });
    expect(identity.trust).toEqual({ value: 'Brackwell Mental Health NHS Trust', source: 'the print header' });
    expect(identity.period).toEqual({ value: '2023-24', source: 'the print header' });
  });

  it('name the trust from a footer beside its page number', async () => {
    const book = bookPrinted({ leftFooter: '&8Holmbury Hospitals NHS Foundation Trust – page &P', rightFooter: 'Printed &D' });
    const grid = await createOfficeAdapter(book.excel, { supports: book.supports }).readGrid();
    expect(checkPlan(grid, { asAt: AS_AT }).identity.trust).toEqual({ value: 'Holmbury Hospitals NHS Foundation Trust', source: 'the print footer' });
  });

  it('are not asked of an Excel before ExcelApi 1.9 (which would fail the whole read), and the cells are read as ever', async () => {
    const book = bookPrinted({ leftHeader: 'Brackwell Mental Health NHS Trust' }, 8);
    const grid = await createOfficeAdapter(book.excel, { supports: book.supports }).readGrid();
    expect(book.stats.syncs).toBe(1);
    expect(grid.printLines).toBeUndefined();
    expect(checkPlan(grid, { asAt: AS_AT }).actions).toHaveLength(2);
  });
});
