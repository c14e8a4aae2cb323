/**
 * In Excel, the add-in reads which rows are hidden and the range of the sheet's AutoFilter (ExcelApi 1.9) in the same
 * round trip as the cells: an action withdrawn and hidden by hand is set aside as the .xlsx reader sets it aside, and a
 * tracker saved filtered keeps its hidden actions.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createOfficeAdapter } from '../../addin/excel/office-adapter';
import { gridOfSheet } from '../../addin/preview/grid-of-sheet';
import { loadSheets } from '../../addin/preview/load-sheets';
import { checkPlan } from '../../shared/check-plan';
import { FakeWorkbook } from '../support/fake-excel';

const AS_AT = new Date(Date.UTC(2023, 1, 1));

/** A plan with a title on row 2 (row 1 empty: the used range starts below the sheet's top), header on row 3. */
function bookOf(excelApi = 18) {
  const book = new FakeWorkbook(['WDES 22-23']);
  book.excelApi = excelApi;
  book.activeSheet.setValues([
    ['Dunholm Hospitals NHS Trust – WDES action plan 2022/23'],
    ['No.', 'Metric', 'Action', 'Action owner', 'Target date', 'RAG', 'Update'],
    [1, 'Metric 1', 'Remind all staff to update their disability status in ESR each year.', 'Workforce Systems Manager', 'Sep 2022', 'Complete', 'Reminders live.'],
    [2, 'Metric 2', 'Publish a guide for disabled applicants on asking for adjustments at interview.', 'Head of Recruitment', 'Nov 2022', 'On target', 'Guide drafted.'],
    [3, 'Metric 7', 'Commission an external review of how disabled staff feel their voice is heard.', 'Equality and Inclusion Manager', 'Mar 2023', 'Removed', 'Superseded by action 4.'],
    [4, 'Metric 9a', 'Hold a focus group for disabled staff in each division and share what we learn.', 'Equality and Inclusion Manager', 'Feb 2023', 'On target', 'Three of five held.'],
  ], 1, 0);
  return book;
}

describe('hidden rows in Excel', () => {
  it('are read with the cells in one sync: the withdrawn action hidden by hand is set aside, with why', async () => {
    const book = bookOf();
    book.activeSheet.hiddenRows.add(5);
    const grid = await createOfficeAdapter(book.excel, { supports: book.supports }).readGrid();
    expect(book.stats.syncs).toBe(1);
    expect(grid.origin).toEqual({ row: 1, column: 0 });
    expect(grid.hiddenRows).toEqual([4]);
    expect(grid.autoFilter).toBeUndefined();
    const report = checkPlan(grid, { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([4, 5, 7]);
    expect(report.issues.find((i) => i.rule === 'row-set-aside' && i.row === 6)?.message).toContain("the row is hidden by hand (not by a filter or a collapsed row group) and F6 says 'Removed'");
  });

  it('keep the rows the sheet’s filter hides as actions: the filter’s range comes with them', async () => {
    const book = bookOf();
    book.activeSheet.autoFilter = 'A3:G7';
    book.activeSheet.hiddenRows.add(3).add(5);
    const grid = await createOfficeAdapter(book.excel, { supports: book.supports }).readGrid();
    expect(book.stats.syncs).toBe(1);
    expect(grid.hiddenRows).toEqual([2, 4]);
    expect(grid.autoFilter).toEqual({ top: 1, left: 0, bottom: 5, right: 6 });
    expect(checkPlan(grid, { asAt: AS_AT }).actions.map((a) => a.row)).toEqual([4, 5, 6, 7]);
  });

  it('are not asked of an Excel before ExcelApi 1.9 (which would fail the whole read): every row is read as shown', async () => {
    const book = bookOf(8);
    book.activeSheet.hiddenRows.add(5);
    const grid = await createOfficeAdapter(book.excel, { supports: book.supports }).readGrid();
    expect(grid.hiddenRows).toBeUndefined();
    expect(checkPlan(grid, { asAt: AS_AT }).actions).toHaveLength(4);
  });
});

describe('hidden rows in the preview', () => {
  it('come from the .xlsx as the CLI reads them: the withdrawn action hidden by hand is set aside, the filtered one kept', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('WDES 22-23');
    const book = bookOf();
    for (let r = 0; r <= 6; r++) ws.addRow(Array.from({ length: 7 }, (_, c) => book.activeSheet.peek(r, c)?.value ?? null));
    ws.getRow(6).hidden = true; // action 3, 'Removed', hidden by hand
    const sheets = await loadSheets((await wb.xlsx.writeBuffer()) as ArrayBuffer, 'plan.xlsx');
    const grid = gridOfSheet(sheets[0]);
    expect(grid.hiddenRows).toEqual([5]);
    expect(checkPlan(grid, { asAt: AS_AT }).actions.map((a) => a.row)).toEqual([4, 5, 7]);
  });
});
