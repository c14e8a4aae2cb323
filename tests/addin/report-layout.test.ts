import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createOfficeAdapter } from '../../addin/excel/office-adapter';
import { checkPlan } from '../../shared/check-plan';
import { BOARD_SHEET, boardSummary } from '../../shared/report';
import { readWorkbook } from '../../shared/xlsx';
import { FakeWorkbook } from '../support/fake-excel';

describe('the Office adapter writes print-ready report sheets and reads the workbook around the plan', () => {
  it('writes the Board summary with column widths, wrapped text and A4 landscape, one page wide, in two syncs', async () => {
    const report = checkPlan((await readWorkbook(readFileSync('samples/somerset-wres-2020-21.xlsx'))).sheets[0], { asAt: new Date('2021-03-31T12:00:00Z') });
    const book = new FakeWorkbook(['WRES Action Plan 2020-21']);
    const adapter = createOfficeAdapter(book.excel);
    book.resetStats();
    await adapter.writeReport(BOARD_SHEET, { ...boardSummary(report, { asAt: new Date('2021-03-31T12:00:00Z') }), charts: [] });
    expect(book.stats.syncs).toBe(2);
    const sheet = book.sheets.find((s) => s.name === BOARD_SHEET)!;
    expect(book.activeSheet).toBe(sheet);
    expect(sheet.pageLayout).toEqual({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    expect(sheet.wrapped).toEqual(['A6:H15', 'A18:H22', 'A25:H30']); // the tables wrap; title, headings and sentences run across
    expect(sheet.columnWidths.get(2)).toBeGreaterThan(sheet.columnWidths.get(1)!); // the findings' column is the wide one
    expect(sheet.peek(2, 0)?.value).toBe('Not ready for the board: 5 must-fix items.');
    expect(sheet.peek(2, 0)?.fill).toBe('#D5281B');
  });

  it('reads the sheet names and document properties in one sync, and the other sheets\' sizes in one more (empty: no key to read), for the plan\'s identity', async () => {
    const book = new FakeWorkbook(['Cover', 'WRES plan']);
    book.properties = { title: 'WRES action plan 2023-24', company: 'Somerset NHS Foundation Trust' };
    const adapter = createOfficeAdapter(book.excel);
    book.resetStats();
    expect(await adapter.readWorkbookInfo()).toEqual({ sheetNames: ['Cover', 'WRES plan'], properties: { title: 'WRES action plan 2023-24', company: 'Somerset NHS Foundation Trust' } });
    expect(book.stats.syncs).toBe(2);
  });
});
