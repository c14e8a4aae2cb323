import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const GREEN = '#00B050';
const LIGHT_GREEN = '#92D050';
const AMBER = '#FFC000';
const RED = '#FF0000';

/** A grid from rows, each cell's fill given as 'row,column' → colour (0-based). */
function gridOf(values: CellValue[][], at: Record<string, string> = {}): Grid {
  const width = Math.max(...values.map((row) => row.length));
  const full = values.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  return { values: full, fills: full.map((row, r) => row.map((_, c) => at[`${r},${c}`] ?? null)), merges: [] };
}

const HEADER = ['Ref', 'WRES indicator', 'Action', 'Lead', 'Due', 'Status', 'Progress'];
const ACTIONS: CellValue[][] = [
  ['R1', '1', 'Publish the workforce profile by band and ethnicity for each division.', 'Head of Workforce Information', 'Sep 2022', 'Complete', 'Published in September.'],
  ['R2', '2', 'Put a trained BME panel member on every interview panel for Band 7 and above.', 'Recruitment Manager', 'Dec 2022', 'On track', '40 panel members trained.'],
  ['R3', '3', 'Review every formal disciplinary case for BME staff before it starts.', 'Head of Employee Relations', 'Jan 2023', 'Delayed', 'Reviewer post vacant.'],
  ['R4', '5', 'Launch a zero tolerance campaign on racist abuse from patients.', 'Head of Security', 'Mar 2023', 'Not started'],
];
const rowsRead = (grid: Grid) => checkPlan(grid, { asAt: AS_AT }).actions.map((a) => a.row);

// A colour key under the plan, titled only by what its colours rate ('RAG:', 'Status colours:'), its status words
// filled in their colours along the row under the plan's own columns (holdout73 brindlecote, marshwood).
describe('a colour key titled by what it rates, under the plan', () => {
  it("reads 'RAG:' beside four filled status words as a key, not an action", () => {
    const grid = gridOf([['Trust WRES action plan 2022-23'], HEADER, ...ACTIONS, [], ['RAG:', null, 'Complete', 'On track', 'Delayed', 'Not started']], { '7,2': GREEN, '7,3': LIGHT_GREEN, '7,4': AMBER, '7,5': RED });
    expect(rowsRead(grid)).toEqual([3, 4, 5, 6]);
  });

  it("reads 'Status colours:' the same, wherever the title sits", () => {
    const grid = gridOf([['Trust WRES action plan 2023-24'], HEADER, ...ACTIONS, [], [null, 'Status colours:', 'Complete', 'On track', 'At risk', 'Not started']], { '7,2': GREEN, '7,3': LIGHT_GREEN, '7,4': AMBER, '7,5': RED });
    expect(rowsRead(grid)).toEqual([3, 4, 5, 6]);
  });

  it("keeps an action whose progress opens 'Progress:' beside one filled status", () => {
    const grid = gridOf([['Trust WRES action plan 2023-24'], HEADER, ...ACTIONS, ['R5', '7', 'Progress:', 'Head of OD', 'Mar 2023', 'On track']], { '6,5': LIGHT_GREEN });
    expect(rowsRead(grid)).toContain(7);
  });
});

// The captions over a small table counting the plan's actions by status, as COUNTIF formulas under a plan write it
// (holdout73 rushmere 'RAG summary' | 'No.'): a summary's header, as the counts under it are summaries.
describe("the captions over a count of the plan's actions", () => {
  const counts = (caption: CellValue[]): CellValue[][] => [caption, [null, null, null, 'Complete', null, 1], [null, null, null, 'On track', null, 1], [null, null, null, 'Delayed', null, 1], [null, null, null, 'Not started', null, 1]];

  it("sets 'RAG summary' | 'No.' aside, with the counts under it", () => {
    const report = checkPlan(gridOf([['Trust WRES action plan 2025-26'], HEADER, ...ACTIONS, [], ...counts([null, null, null, 'RAG summary', null, 'No.'])]), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5, 6]);
    expect(report.issues.find((i) => i.rule === 'row-set-aside' && i.row === 8)?.message).toMatch(/head the counts of the plan's actions under it \(row 9/);
  });

  it("sets 'Status' | 'Number of actions' aside the same", () => {
    expect(rowsRead(gridOf([['Trust WRES action plan 2025-26'], HEADER, ...ACTIONS, [], ...counts([null, null, null, 'Status', null, 'Number of actions'])]))).toEqual([3, 4, 5, 6]);
  });

  it('keeps a short action with a count-like lead when no counts follow', () => {
    const grid = gridOf([['Trust WRES action plan 2025-26'], HEADER, ...ACTIONS, ['R5', '9', 'Board diversity', 'Total', null, 'On track'], ['R6', '7', 'Reverse mentoring', 'Head of OD', 'Mar 2023', 'On track']]);
    expect(rowsRead(grid)).toContain(7);
  });
});
