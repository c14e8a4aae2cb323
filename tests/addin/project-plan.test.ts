/**
 * In Excel, the add-in reads each cell's indent level (ExcelApi 1.9, in the getCellProperties call it already makes for
 * fills): a project plan exported from Microsoft Project indents each task's name by its outline level, and the pane reads
 * its summary tasks as headings and its project summary task as the plan's title, as the .xlsx reader does.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createOfficeAdapter } from '../../addin/excel/office-adapter';
import { gridOfSheet } from '../../addin/preview/grid-of-sheet';
import { loadSheets } from '../../addin/preview/load-sheets';
import { checkPlan } from '../../shared/check-plan';
import { readWorkbook } from '../../shared/xlsx';
import { FakeWorkbook } from '../support/fake-excel';

const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const AS_AT = D(2019, 1, 31);

describe('a project plan in Excel', () => {
  it('is read with its task names\' indents in the one sync, summary tasks as headings', async () => {
    const book = new FakeWorkbook(['Task_Table1']);
    const rows = [
      ['ID', 'Task Name', 'Start', 'Finish', 'Resource Names'],
      [0, 'Brackwell Mental Health NHS Trust – WRES action plan 2018/19', D(2018, 4, 2), D(2019, 3, 29), null],
      [1, 'Workstream 1: Data', D(2018, 4, 2), D(2018, 10, 31), null],
      [2, 'Cleanse ethnicity records on ESR', D(2018, 4, 2), D(2018, 6, 29), 'Workforce Information Manager[50%]'],
      [3, 'Publish band-by-ethnicity reports', D(2018, 7, 2), D(2018, 10, 31), 'Workforce Information Manager[50%]'],
      [4, 'Workstream 2: Progression', D(2018, 5, 1), D(2019, 3, 29), null],
      [5, 'Run a second Stepping Up cohort', D(2018, 5, 1), D(2019, 3, 29), 'OD Manager,BME Staff Network Chair'],
    ];
    book.activeSheet.setValues(rows);
    [0, 1, 2, 2, 1, 2].forEach((level, i) => level && (book.activeSheet.cell(i + 1, 1).indent = level));
    const grid = await createOfficeAdapter(book.excel, { supports: book.supports }).readGrid();
    expect(book.stats.syncs).toBe(1);
    expect(grid.indents?.[3]?.[1]).toBe(2);
    const report = checkPlan(grid, { asAt: AS_AT });
    expect(report.actions.map((a) => [a.row, a.theme, a.lead])).toEqual([
      [4, 'Workstream 1: Data', 'Workforce Information Manager'],
      [5, 'Workstream 1: Data', 'Workforce Information Manager'],
      [7, 'Workstream 2: Progression', 'OD Manager, BME Staff Network Chair'],
    ]);
    expect(report.identity.trust).toEqual({ value: 'Brackwell Mental Health NHS Trust', source: "the project's summary task (row 2)" });
  });

  it('is read in the preview as in Excel: the indents come from the .xlsx', async () => {
    const bytes = await readFile('tests/corpus/holdout20/holdout20-wres-2018-19-kestonbury.xlsx');
    const sheets = await loadSheets(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, 'kestonbury.xlsx');
    const report = checkPlan(gridOfSheet(sheets[0]), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([4, 5, 7, 8, 9, 11, 12, 14, 15, 17, 18]);
    expect(report.identity.trust.value).toBe('Kestonbury Heart and Chest Hospital NHS Foundation Trust');
  });

  it('reads the same indents from the .xlsx (Format Cells > Alignment > Indent)', async () => {
    const { sheets } = await readWorkbook(await readFile('tests/corpus/holdout20/holdout20-wres-2018-19-kestonbury.xlsx'));
    const names = sheets[0].indents!.slice(1, 5).map((row) => row[1] ?? 0);
    expect(names).toEqual([0, 1, 2, 2]);
  });
});
