/**
 * In Excel, the add-in reads which cells are in italics in the getCellProperties call it already makes for fills and
 * indents (no sync more): a template's worked example left in, written in italics unlike the actions under it, is told
 * apart as the .xlsx reader tells it (holdout21 netherfold's guidance row and grey italic example).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createOfficeAdapter } from '../../addin/excel/office-adapter';
import { gridOfSheet } from '../../addin/preview/grid-of-sheet';
import { loadSheets } from '../../addin/preview/load-sheets';
import { checkPlan } from '../../shared/check-plan';
import { readWorkbook } from '../../shared/xlsx';
import { FakeWorkbook } from '../support/fake-excel';

const AS_AT = new Date(Date.UTC(2022, 2, 31));
const NETHERFOLD = 'tests/corpus/holdout21/holdout21-wdes-2019-20-netherfold.xlsx';
const setAside = (report: ReturnType<typeof checkPlan>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => [i.row, i.message]);

describe("a template's worked example written in italics", () => {
  it('is read with its italics in the one sync, and set aside with why', async () => {
    const book = new FakeWorkbook(['WDES plan']);
    book.activeSheet.setValues([
      ['Larchfield Hospitals NHS Trust – WDES action plan 2021/22'],
      ['Metric', 'Action', 'Lead', 'By when', 'Status'],
      ['4a', 'Example – run a bystander training session on each ward', 'Ward manager', 'Q3 2021/22', 'On track'],
      ['1', 'Run a declaration campaign with stories from disabled staff', 'Head of Workforce Information', 'Q2 2021/22', 'Complete'],
      ['2', 'Offer an interview to every disabled applicant who meets the essential criteria', 'Head of Resourcing', 'Q4 2021/22', 'On track'],
    ]);
    for (let c = 0; c < 5; c++) book.activeSheet.cell(2, c).italic = true;
    const grid = await createOfficeAdapter(book.excel, { supports: book.supports }).readGrid();
    expect(book.stats.syncs).toBe(1);
    expect(grid.italics?.[2]).toEqual([true, true, true, true, true]);
    const report = checkPlan(grid, { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([4, 5]);
    expect(setAside(report)).toEqual([
      [3, `Row 3: "4a | Example – run a bystander training session on each war…" is read as a template's example, not an action — its action 'Example – run a bystander training sessi…' labels it an example; it is written in italics, unlike the actions under it`],
    ]);
  });

  it('is read in the preview as in Excel: the italics come from the .xlsx', async () => {
    const bytes = await readFile(NETHERFOLD);
    const sheets = await loadSheets(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, 'netherfold.xlsx');
    const report = checkPlan(gridOfSheet(sheets[0]), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]);
    expect(setAside(report).map(([row]) => row)).toEqual([12, 13]);
    expect(setAside(report)[1][1]).toMatch(/it is written in grey \(#808080\) italics, unlike the actions under it/);
  });

  it('reads the italic cells from the .xlsx (Format Cells > Font > Italic), upright ones as none', async () => {
    const { sheets } = await readWorkbook(await readFile(NETHERFOLD));
    const italic = (row: number) => sheets[0].italics![row - 1].map((v) => v === true);
    expect(italic(12)).toEqual([true, true, true, true, true, true, true]);
    expect(italic(13)).toEqual([true, true, true, true, true, true, true]);
    expect(italic(14).some(Boolean)).toBe(false);
  });
});
