/**
 * A plan that keeps each action's lead in the note on its action cell (no lead column), read in Excel through the
 * Office adapter: the sheet's notes come in the same batch as its cells (one more round trip, for where they sit, only
 * when it has any), an older Excel gives its threaded comments or nothing (and never fails the read), and the pane,
 * the preview and the CLI read the same notes from the same plan.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createOfficeAdapter } from '../../addin/excel/office-adapter';
import { gridOfSheet } from '../../addin/preview/grid-of-sheet';
import { loadSheets } from '../../addin/preview/load-sheets';
import { workbookBytes } from '../../addin/preview/workbook-bytes';
import { checkPlan } from '../../shared/check-plan';
import type { CellValue } from '../../shared/types';
import { readWorkbook } from '../../shared/xlsx';
import { FakeWorkbook } from '../support/fake-excel';

const AS_AT = new Date(Date.UTC(2022, 0, 15));

const PLAN: CellValue[][] = [
  ['Ashcombe NHS Foundation Trust — WDES action plan 2021/22'],
  ['Ref', 'Metric', 'Action', 'Target date', 'Status'],
  ['A1', 'M1', 'Run a "Count me in" declaration campaign with the Disability Network.', '30/11/2021', 'Complete'],
  ['A2', 'M2', 'Check every advert offers the guaranteed interview scheme.', '31/01/2022', 'On track'],
  ['A3', 'M4a', 'Give community teams a route to report abuse by patients on Datix.', '31/03/2022', 'At risk'],
];
/** The notes as Excel gives their text: the author's line, then the lead; the third action has none, a status cell a remark. */
const NOTES: [number, number, string][] = [
  [2, 2, 'EDI Team:\nLead: Head of Workforce Information'],
  [3, 2, 'EDI Team:\nLead: Head of Resourcing\nSupported by: Recruitment team'],
  [3, 4, 'EDI Team:\nRated amber at the January review – was green in Q2.'],
];

const unreadNotice = (report: ReturnType<typeof checkPlan>) => report.issues.filter((i) => i.rule === 'notes-unread').map((i) => i.message);

function bookWithNotes(where: 'notes' | 'comments' = 'notes') {
  const book = new FakeWorkbook(['Plan']);
  book.activeSheet.setValues(PLAN);
  for (const [r, c, text] of NOTES) book.activeSheet[where].set(`${r},${c}`, text);
  return book;
}

describe("the Office adapter reads the sheet's notes", () => {
  it('in the same batch as the cells, and one more round trip for where they sit — a lead kept in a note is the action’s', async () => {
    const book = bookWithNotes();
    const grid = await createOfficeAdapter(book.excel, { supports: book.supports }).readGrid();
    expect(book.stats.syncs).toBe(2);
    expect(grid.notes).toEqual(NOTES.map(([row, column, text]) => ({ row, column, text })));
    const report = checkPlan(grid, { asAt: AS_AT });
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Workforce Information', 'Head of Resourcing', '']);
    expect(report.actions[1].sources.lead?.why).toBe("Lead: from the note on C4 ('Lead: Head of Resourcing')");
  });

  it('never costs a round trip per note or row: a 10,000-row plan with 2,000 notes in 2 syncs, one with none in 1', async () => {
    const book = new FakeWorkbook(['Plan']);
    book.activeSheet.setValues([['Ref', 'Action', 'Due', 'Status']]);
    book.activeSheet.setValues(Array.from({ length: 10_000 }, (_, i) => [String(i + 1), `Action ${i}`, 'March 2024', 'On track']), 1, 0);
    for (let i = 0; i < 2_000; i++) book.activeSheet.notes.set(`${i * 5 + 1},1`, `Lead: Lead ${i}`);
    const grid = await createOfficeAdapter(book.excel, { supports: book.supports }).readGrid();
    expect(book.stats.syncs).toBe(2);
    expect(grid.notes).toHaveLength(2_000);
    expect(grid.notes?.[1999]).toEqual({ row: 9_996, column: 1, text: 'Lead: Lead 1999' });

    book.activeSheet.notes.clear();
    book.resetStats();
    const plain = await createOfficeAdapter(book.excel, { supports: book.supports }).readGrid();
    expect(book.stats.syncs).toBe(1);
    expect(plain.notes).toBeUndefined();
  });

  it('in an Excel before ExcelApi 1.18, reads the threaded comments instead, and before 1.10 nothing, without failing the read — and says so', async () => {
    const older = bookWithNotes('comments');
    older.excelApi = 12;
    const grid = await createOfficeAdapter(older.excel, { supports: older.supports }).readGrid();
    expect(grid.notes?.map((n) => n.text)).toEqual(NOTES.map(([, , text]) => text));
    expect(grid.notesUnread).toBe('comments');
    // The third action names no lead, in a plan with no lead column: the user is told what this Excel could not read.
    expect(unreadNotice(checkPlan(grid, { asAt: AS_AT }))).toEqual([
      "This Excel gives the add-in the cells' threaded comments, read instead, but not their notes (that needs ExcelApi 1.18): a lead or status key kept in a note is not read here — check the plan in Excel on the web or a current Excel",
    ]);

    const oldest = bookWithNotes();
    oldest.excelApi = 9;
    const none = await createOfficeAdapter(oldest.excel, { supports: oldest.supports }).readGrid();
    expect(oldest.stats.syncs).toBe(1);
    expect(none.notes).toBeUndefined();
    const report = checkPlan(none, { asAt: AS_AT });
    expect(report.actions.map((a) => a.lead)).toEqual(['', '', '']);
    expect(unreadNotice(report)).toEqual([
      "This Excel cannot give the add-in the cells' notes (that needs ExcelApi 1.18): a lead or status key kept in a note is not read here — check the plan in Excel on the web or a current Excel",
    ]);
  });

  it('says nothing of notes where they were read, or where every action has its lead and timescale in columns', async () => {
    const book = bookWithNotes();
    expect(unreadNotice(checkPlan(await createOfficeAdapter(book.excel, { supports: book.supports }).readGrid(), { asAt: AS_AT }))).toEqual([]);
    const old = new FakeWorkbook(['Plan']);
    old.excelApi = 9;
    old.activeSheet.setValues([['Action', 'Lead', 'Due'], ['Run listening events.', 'Head of Inclusion', 'June 2022'], ['Audit shortlisting.', 'Head of Resourcing', 'March 2022']]);
    const grid = await createOfficeAdapter(old.excel, { supports: old.supports }).readGrid();
    expect(grid.notesUnread).toBe('none');
    expect(unreadNotice(checkPlan(grid, { asAt: AS_AT }))).toEqual([]);
  });

  it('outside Office (no requirement sets known), reads no notes and still reads the plan in one sync', async () => {
    const book = bookWithNotes();
    const grid = await createOfficeAdapter(book.excel).readGrid();
    expect(book.stats.syncs).toBe(1);
    expect(grid.notes).toBeUndefined();
    expect(grid.notesUnread).toBeUndefined();
    expect(grid.values).toHaveLength(PLAN.length);
  });
});

describe('the pane in Excel, the preview and the CLI read the same notes', () => {
  it('from one plan: the .xlsx edge, the preview sheet and the fake Excel give the same values and notes', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    for (const row of PLAN) ws.addRow(row);
    for (const [r, c, text] of NOTES) ws.getCell(r + 1, c + 1).note = text;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());

    const cli = (await readWorkbook(bytes)).sheets[0];
    const sheets = await loadSheets(bytes.buffer.slice(0) as ArrayBuffer, 'plan.xlsx');
    const preview = gridOfSheet(sheets[0]);
    const book = bookWithNotes();
    const excel = await createOfficeAdapter(book.excel, { supports: book.supports }).readGrid();

    expect(cli.notes).toEqual(excel.notes);
    expect(preview.notes).toEqual(excel.notes);
    expect(preview.values).toEqual(cli.values);
    const leads = (grid: typeof cli) => checkPlan(grid, { asAt: AS_AT }).actions.map((a) => [a.lead, a.sources.lead?.why ?? null]);
    expect(leads(preview)).toEqual(leads(cli));
    expect(leads(excel)).toEqual(leads(cli));
    // The preview's download keeps them on their cells.
    expect((await readWorkbook(await workbookBytes(sheets))).sheets[0].notes).toEqual(cli.notes);
  });
});
