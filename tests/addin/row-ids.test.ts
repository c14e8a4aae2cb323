import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../shared/check-plan';
import { ROW_ID_HEADER } from '../../shared/types';
import { createOfficeAdapter } from '../../addin/excel/office-adapter';
import { assignRowIds, ensureRowIds } from '../../addin/row-ids';
import { checkSheet } from '../../addin/taskpane/check-sheet';
import type { CellValue } from '../../shared/types';
import { FakeWorkbook } from '../support/fake-excel';

const AS_AT = new Date(Date.UTC(2024, 0 /* Jan */, 31));
let counter = 0;
const nextId = () => `id${++counter}`;

function planBook() {
  const book = new FakeWorkbook(['Plan']);
  book.activeSheet.setValues([
    ['WRES action plan 2023/24'],
    ['Indicator', 'Action', 'Lead', 'Timescale', 'Status'],
    ['1', 'Reverse mentoring for the board', 'CPO', 'Mar-24', 'In Progress'],
    ['2', 'Diverse interview panels', 'Head of Resourcing', 'Q3 23/24', 'Completed'],
    ['3', 'Review disciplinary cases by ethnicity', 'ER lead', 'Dec-23', 'Not Started'],
  ]);
  return book;
}

async function check(book: FakeWorkbook) {
  const adapter = createOfficeAdapter(book.excel);
  const grid = await adapter.readGrid();
  return { adapter, grid, report: checkPlan(grid, { asAt: AS_AT }) };
}

describe('stable row ids', () => {
  it('gives new ids to rows without one and to copies, keeping the first occurrence', () => {
    expect(assignRowIds([{ row: 7, id: 'a' }, { row: 5, id: 'a' }, { row: 6, id: null }, { row: 8, id: 'bad id!' }], () => `n${++counter}`).map((u) => u.row)).toEqual([6, 7, 8]);
  });

  it('adds a hidden id column the first time, in one sync, and reads the ids back', async () => {
    const book = planBook();
    const { adapter, grid, report } = await check(book);
    book.resetStats();
    const { ids } = await ensureRowIds(adapter, report, grid, nextId);
    expect(book.stats.syncs).toBe(1);
    expect(book.activeSheet.peek(1, 5)?.value).toBe(ROW_ID_HEADER);
    expect(book.activeSheet.hiddenColumns.has(5)).toBe(true);
    const again = await check(book);
    expect(again.report.columns.id).toBe('F');
    expect(again.report.actions.map((a) => a.id)).toEqual([ids.get(3), ids.get(4), ids.get(5)]);
  });

  it('keeps each action\'s id through a sort, and gives a pasted copy a new one', async () => {
    const book = planBook();
    const first = await check(book);
    await ensureRowIds(first.adapter, first.report, first.grid, nextId);
    const before = new Map((await check(book)).report.actions.map((a) => [a.action, a.id]));
    // Sort rows 3–5 by lead (Z→A), moving whole rows as Excel does.
    const rows = [2, 3, 4].map((r) => Array.from({ length: 6 }, (_, c) => book.activeSheet.peek(r, c)?.value ?? ''));
    rows.sort((a, b) => String(b[2]).localeCompare(String(a[2])));
    book.activeSheet.setValues(rows, 2, 0);
    // Paste a copy of the first row below the plan.
    book.activeSheet.setValues([rows[0]], 5, 0);
    const after = await check(book);
    for (const a of after.report.actions.slice(0, 3)) expect(a.id).toBe(before.get(a.action));
    const { ids } = await ensureRowIds(after.adapter, after.report, after.grid, nextId);
    expect(ids.get(6)).not.toBe(ids.get(3));
    expect(new Set(ids.values()).size).toBe(4);
  });

  // A plan that repeats its header above each section (one table per indicator, as Somerset's does) has the
  // add-in's id column header only above the first section: the ids below every header are still the plan's.
  const HEADER = ['Indicator', 'Action', 'Lead', 'Timescale', 'Status'];
  const sectioned = (sections: CellValue[][][], between: CellValue[][] = []) => {
    const book = new FakeWorkbook(['Plan']);
    const rows: CellValue[][] = [['WRES action plan 2023/24']];
    sections.forEach((actions, i) => rows.push(...(i ? between : []), HEADER, ...actions));
    book.activeSheet.setValues(rows);
    return book;
  };
  const plans: [string, FakeWorkbook][] = [
    ['a header above each indicator\'s actions', sectioned([
      [['1', 'Reverse mentoring for the board', 'CPO', 'Mar-24', 'In Progress'], ['', 'Board development day', 'CPO', 'Jun-24', 'Not Started']],
      [['2', 'Diverse interview panels', 'Head of Resourcing', 'Q3 23/24', 'Completed']],
      [['3', 'Review disciplinary cases by ethnicity', 'ER lead', 'Dec-23', 'Not Started'], ['', 'Just culture training', 'ER lead', 'Mar-24', 'In Progress']],
    ])],
    ['a section title and a header above each part', sectioned([
      [['5', 'Zero tolerance campaign on abuse from patients', 'Head of Security', 'Sep-24', 'In Progress']],
      [['6', 'Freedom to Speak Up guardians in every division', 'FTSU Guardian', 'Dec-24', 'Not Started'], ['7', 'Talent panels for bands 6-8a', 'Head of OD', 'Mar-25', 'Not Started']],
    ], [[''], ['Part 2: staff experience']])],
  ];
  it.each(plans)('keeps every action\'s id from one check to the next in a plan with %s', async (_, book) => {
    const adapter = createOfficeAdapter(book.excel);
    const checkOnce = async () => (await checkSheet(adapter, { asAt: AS_AT, newId: nextId })).report;
    const first = await checkOnce();
    const idColumn = book.activeSheet.hiddenColumns.values().next().value!;
    const inSheet = () => first.actions.map((a) => book.activeSheet.peek(a.row - 1, idColumn)?.value);
    expect(first.actions.length).toBeGreaterThanOrEqual(3);
    expect(inSheet()).toEqual(first.actions.map((a) => a.id));
    for (let i = 0; i < 2; i++) {
      const again = await checkOnce();
      expect(again.actions.map((a) => a.id)).toEqual(first.actions.map((a) => a.id));
    }
    expect(inSheet()).toEqual(first.actions.map((a) => a.id));
  });
});
