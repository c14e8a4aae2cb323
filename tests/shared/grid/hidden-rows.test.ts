import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readHiddenRows } from '../../../shared/grid/read-hidden-rows';
import type { CellValue, Grid, PlanReport } from '../../../shared/types';
import { readWorkbook } from '../../../shared/xlsx';
import { CHANGES, STRAY_CHANGES, gridOf, layoutOf } from '../../support/vary-layout';

/**
 * Rows Excel hides, and why. A row HIDDEN BY HAND whose action the plan marks as taken out of it ('Withdrawn',
 * 'Superseded by action 4', a note 'Action C3 was removed') is not part of the plan a person reads: it is set aside and
 * named to the user. Everything else stays as it was read: a withdrawn action left in view (the corpus's golds count
 * every visible 'Superseded' row), a row the sheet's AutoFilter hides (a tracker saved filtered), a row of a collapsed
 * row group (an action's update log), and a hidden row nothing marks withdrawn.
 */
const AS_AT = new Date(Date.UTC(2023, 1, 1));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const asides = (report: PlanReport) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);
const rows = (report: PlanReport) => report.actions.map((a) => a.row);

/** An acute trust's WDES plan: status words in their own column, the third action withdrawn (row 5). */
const WDES: CellValue[][] = [
  ['Ashcombe Hospitals NHS Trust – WDES action plan 2022/23'],
  ['No.', 'Metric', 'Action', 'Action owner', 'Target date', 'RAG', 'Update'],
  [1, 'Metric 1', 'Remind all staff to update their disability status in ESR each year.', 'Workforce Systems Manager', 'Sep 2022', 'Complete', 'Reminders live.'],
  [2, 'Metric 2', 'Publish a guide for disabled applicants on asking for adjustments at interview.', 'Head of Recruitment', 'Nov 2022', 'On target', 'Guide drafted.'],
  [3, 'Metric 7', 'Commission an external review of how disabled staff feel their voice is heard.', 'Equality and Inclusion Manager', 'Mar 2023', 'Withdrawn', 'Withdrawn – replaced by action 4.'],
  [4, 'Metric 9a', 'Hold a focus group for disabled staff in each division and share what we learn.', 'Equality and Inclusion Manager', 'Feb 2023', 'On target', 'Three of five held.'],
  [5, 'Metric 10', 'Recruit a non-executive director with lived experience of disability.', 'Company Secretary', 'Next vacancy', 'Some risk', 'Search brief updated.'],
];

/**
 * A WRES tracker with another wording and order: the status column says 'Closed' and the update says why ('Superseded by
 * C4 – merged into the mentoring scheme'), the ref leads, the action comes before its indicator.
 */
const WRES: CellValue[][] = [
  ['Brackenford Community NHS Trust', null, null, null, null, null],
  ['WRES improvement plan 2021-22', null, null, null, null, null],
  ['Ref', 'What we will do', 'WRES indicator', 'Who', 'By when', 'Status', 'Progress'],
  ['C1', 'Publish a workforce profile by ethnicity and band for each care group every quarter.', 'Ind. 1', 'Head of Workforce Information', '30/06/2021', 'Complete', 'Published in June.'],
  ['C2', 'Put a trained BME panel member on every interview panel for Band 8a and above.', 'Ind. 2', 'Head of Recruitment', '31/10/2021', 'On track', '80% of panels.'],
  ['C3', 'Start a reverse mentoring pilot with the executive team.', 'Ind. 7', 'Head of OD', '31/12/2021', 'Closed', 'Superseded by C4 – merged into the mentoring scheme.'],
  ['C4', 'Launch a mentoring scheme pairing BME staff with senior leaders.', 'Ind. 7', 'Head of OD', '31/03/2022', 'On track', 'First pairs matched.'],
  ['C5', 'Report concerns of discrimination raised by BME staff to the Board twice a year.', 'Ind. 8', 'Freedom to Speak Up Guardian', '31/03/2022', 'Not started', ''],
];

describe('why a row is hidden', () => {
  const values: CellValue[][] = Array.from({ length: 12 }, () => ['x']);
  it('reads a hidden row under the AutoFilter as the filter’s, one in a row group as the group’s, any other as hidden by hand', () => {
    const why = readHiddenRows({ values, hiddenRows: [2, 4, 7, 10, 99], autoFilter: { top: 1, left: 0, bottom: 5, right: 3 }, rowOutline: { levels: [0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0] } });
    expect([...why]).toEqual([[2, 'filter'], [4, 'filter'], [7, 'group'], [10, 'hand']]);
  });
  it('reads the filter’s own row of buttons, hidden, as hidden by hand: the filter never hides it', () => {
    expect(readHiddenRows({ values, hiddenRows: [1], autoFilter: { top: 1, left: 0, bottom: 5, right: 3 } }).get(1)).toBe('hand');
  });
});

describe('a withdrawn action on a row hidden by hand', () => {
  it('sets the row aside and tells the user why: hidden by hand, and its status says Withdrawn', () => {
    const report = read({ values: WDES, hiddenRows: [4] });
    expect(rows(report)).toEqual([3, 4, 6, 7]);
    expect(asides(report)).toContain(
      `Row 5: "Commission an external review of how disabled staff feel th…" is read as a withdrawn action hidden in the workbook, not an action — the row is hidden by hand (not by a filter or a collapsed row group) and F5 says 'Withdrawn': the plan a person reads leaves it out`,
    );
  });

  it('reads the same row as an action when it is in view: a plan that shows its withdrawn action still lists it', () => {
    const report = read({ values: WDES });
    expect(rows(report)).toEqual([3, 4, 5, 6, 7]);
    expect(report.actions[2].status).toBe('Withdrawn');
  });

  it('reads the same row as an action when the sheet’s filter hides it, or a collapsed row group does', () => {
    expect(rows(read({ values: WDES, hiddenRows: [4], autoFilter: { top: 1, left: 0, bottom: 6, right: 6 } }))).toEqual([3, 4, 5, 6, 7]);
    expect(rows(read({ values: WDES, hiddenRows: [4], rowOutline: { levels: [0, 0, 0, 0, 1, 0, 0] } }))).toEqual([3, 4, 5, 6, 7]);
  });

  it('keeps a row hidden by hand that nothing marks withdrawn: hiding alone does not take an action out', () => {
    const report = read({ values: WDES, hiddenRows: [2, 3] });
    expect(rows(report)).toEqual([3, 4, 5, 6, 7]);
    expect(asides(report).filter((m) => m.includes('withdrawn action'))).toEqual([]);
  });

  it('reads another wording in another column: a closed action whose update opens "Superseded by C4"', () => {
    const report = read({ values: WRES, hiddenRows: [5] });
    expect(report.actions.map((a) => a.ref)).toEqual(['C1', 'C2', 'C4', 'C5']);
    expect(asides(report).find((m) => m.startsWith('Row 6:'))).toMatch(/hidden by hand .* G6 says 'Superseded by C4 – merged into the mentoring scheme\.'/);
  });

  it('reads a status closed without being done ("Closed – superseded"), but not "Closed" alone: many plans close a delivered action', () => {
    const closedAs = (status: string) => WRES.map((row, i) => (i === 5 ? [...row.slice(0, 5), status, ''] : row));
    expect(read({ values: closedAs('Closed – superseded'), hiddenRows: [5] }).actions.map((a) => a.ref)).toEqual(['C1', 'C2', 'C4', 'C5']);
    expect(read({ values: closedAs('Closed'), hiddenRows: [5] }).actions.map((a) => a.ref)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
  });

  it('keeps a hidden row whose update only mentions a replacement in passing, its status still live', () => {
    const values = WRES.map((row, i) => (i === 5 ? ['C3', row[1], row[2], row[3], row[4], 'Delayed', 'Pilot replaced by the national programme next year.'] : row));
    expect(read({ values, hiddenRows: [5] }).actions.map((a) => a.ref)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
  });

  it('reads a note under the plan naming the action by its number ("Action C3 was removed …")', () => {
    const values = [...WRES.map((row, i) => (i === 5 ? [...row.slice(0, 5), 'Closed', 'Pilot ended.'] : row)), [], ['Notes'], ['1. Action C3 was removed at the June committee and is hidden from this view.']];
    const report = read({ values, hiddenRows: [5] });
    expect(report.actions.map((a) => a.ref)).toEqual(['C1', 'C2', 'C4', 'C5']);
    expect(asides(report).find((m) => m.startsWith('Row 6:'))).toContain("row 11 says '1. Action C3 was removed at the June committee and is hidde…'");
    // The same note, the row in view: the plan still shows the action, so it is still read.
    expect(read({ values }).actions.map((a) => a.ref)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
  });

  it('reads the note on one of the row’s cells ("No longer required – …")', () => {
    const values = WDES.map((row, i) => (i === 4 ? [...row.slice(0, 5), 'Some risk', ''] : row));
    const report = read({ values, hiddenRows: [4], notes: [{ row: 4, column: 2, text: 'EDI Team:\nNo longer required – the staff survey now covers it.' }] });
    expect(rows(report)).toEqual([3, 4, 6, 7]);
    expect(asides(report).find((m) => m.startsWith('Row 5:'))).toContain("the note on C5 says 'No longer required – the staff survey now covers it.'");
  });
});

describe('hidden rows read from a workbook', () => {
  it('gives the rows hidden and the AutoFilter’s range: the filtered complete actions stay actions, the withdrawn one hidden by hand does not', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('WRES 21-22');
    const values = [...WRES, [], ['C6', 'Removed', null, null, null, null, null]];
    values.forEach((v) => ws.addRow(v));
    ws.autoFilter = 'A3:G8';
    ws.getRow(4).hidden = true; // 'Complete': the filter shows only the live statuses
    ws.getRow(6).hidden = true; // C3 'Closed', 'Superseded by C4 …'
    ws.getRow(10).hidden = true; // under the plan, hidden by hand: no action, nothing to set aside
    const { sheets } = await readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheets[0].hiddenRows).toEqual([3, 5, 9]);
    expect(sheets[0].autoFilter).toEqual({ top: 2, left: 0, bottom: 7, right: 6 });
    // The filter's range covers C3's row too: the filter is a view, so every hidden row in it is still an action.
    expect(checkPlan(sheets[0], { asAt: AS_AT }).actions.map((a) => a.ref)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
    ws.autoFilter = 'A3:G4';
    const again = await readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(checkPlan(again.sheets[0], { asAt: AS_AT }).actions.map((a) => a.ref)).toEqual(['C1', 'C2', 'C4', 'C5']);
  });

  it('reads a sheet with no hidden row and no filter as before: neither is given', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    WDES.forEach((v) => ws.addRow(v));
    const { sheets } = await readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheets[0].hiddenRows).toBeUndefined();
    expect(sheets[0].autoFilter).toBeUndefined();
  });
});

/**
 * A trust that lays such a plan out again (another column order, spacer rows, a key, notes and a sign-off under it) moves
 * each row's hidden state with it, as Excel does, and the filter's range with the rows it covers: the withdrawn action
 * hidden by hand stays set aside, a filtered one stays an action.
 */
describe('hidden rows under the layout changes trusts make', () => {
  const plans: Record<string, { grid: Grid; aside: number }> = {
    'WDES, withdrawn by status, hidden by hand; a complete action filtered out': {
      grid: { values: WDES, hiddenRows: [2, 4], autoFilter: { top: 1, left: 0, bottom: 3, right: 6 } },
      aside: 4,
    },
    'WRES, superseded in its update, hidden by hand': { grid: { values: WRES, hiddenRows: [5] }, aside: 5 },
  };

  it.each(Object.keys(plans))('sets aside the same row and reads the same actions: %s', (name) => {
    const { grid, aside } = plans[name];
    const before = read(grid);
    const changes = Object.keys(CHANGES);
    const strays = Object.keys(STRAY_CHANGES);
    fc.assert(
      fc.property(fc.shuffledSubarray(changes, { minLength: 1 }), fc.subarray(strays, { maxLength: 3 }), fc.array(fc.nat(), { minLength: 32, maxLength: 32 }), (chosen, added, dice) => {
        let i = 0;
        const pick = (n: number) => (n <= 1 ? 0 : dice[i++ % dice.length] % n);
        const layout = layoutOf(grid);
        for (const change of chosen) CHANGES[change](layout, before, pick);
        for (const change of added) STRAY_CHANGES[change](layout, before, pick);
        const changed = gridOf(layout);
        const label = [...chosen, ...added].join(', ');
        expect(changed.hiddenRows, label).toEqual(grid.hiddenRows!.map((r) => layout.rowOf[r]).sort((a, b) => a - b));
        const after = read(changed);
        expect(after.actions.map((a) => a.row), label).toEqual(before.actions.map((a) => layout.rowOf[a.row - 1] + 1));
        expect(asides(after).some((m) => m.startsWith(`Row ${layout.rowOf[aside] + 1}: `) && m.includes('withdrawn action hidden in the workbook')), label).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
