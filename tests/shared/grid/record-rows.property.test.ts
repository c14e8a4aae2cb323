/**
 * Plans printed as records (every action over two or three rows under a header of as many rows, each record tied by
 * cells merged over exactly its rows) hold under the layout changes and the rows that are no actions, as the corpus's
 * plans do (`layout-invariance.property.test.ts`, `stray-rows.property.test.ts`): two plans of other wordings than the
 * corpus's, one of three-row records with only its first header cell merged down, one of two-row records with no header
 * cell merged at all and its status on the upper line alone. Each must be read exactly as before, field by field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid, MergeArea, PlanReport } from '../../../shared/types';
import { seenAction } from '../../support/learnt-plans';
import { CHANGES, STRAY_CHANGES, gridOf, layoutOf, type Layout } from '../../support/vary-layout';

const AS_AT = new Date(Date.UTC(2022, 2, 31));
const down = (top: number, c: number, size: number): MergeArea => ({ top, left: c, bottom: top + size - 1, right: c });

/**
 * Fernhollow: WDES, each action over three rows, its progress on the third; only 'Metric' merged down the header ('Status'
 * written on its first row alone), each record tied by its metric and status.
 */
function threeRowPlan(): Grid {
  const header: CellValue[][] = [
    ['Metric', 'Action', 'Owner', 'Begins', 'Status'],
    [null, 'Success measure', 'Sponsor', 'Due date', null],
    [null, 'Progress this year', 'Supported by', 'Review date', null],
  ];
  const records: CellValue[][][] = [
    [['1', 'Publish the disability declaration rate of every directorate each quarter.', 'Head of Workforce Intelligence', 'April 2021', 'Green'], [null, 'Declaration rate above 5% in every directorate.', 'Director of People', 'March 2022', null], [null, 'Two quarters published.', 'Disability Staff Network', 'October 2021', null]],
    [['4a', 'Launch a zero-tolerance campaign on abuse of disabled staff by patients.', 'Head of Security', 'June 2021', 'Amber'], [null, 'Fewer disabled staff reporting abuse in the survey.', 'Chief Nurse', 'January 2022', null], [null, 'Posters printed; launch delayed.', 'Communications team', 'November 2021', null]],
    [['5', 'Offer every disabled applicant a guaranteed interview.', 'Head of Recruitment', 'May 2021', 'Blue'], [null, 'Relative likelihood of appointment at 1.0.', 'Director of People', 'September 2021', null], [null, 'In place since July.', 'Recruitment team', 'August 2021', null]],
    [['9a', 'Hold listening events with disabled staff at every site.', 'Head of Engagement', 'September 2021', 'Red'], [null, 'Themes reported to the Board.', 'Chief Executive', 'February 2022', null], [null, 'First event cancelled.', 'Disability Staff Network', 'December 2021', null]],
  ];
  const values: CellValue[][] = [['Fernhollow NHS Foundation Trust'], ['Workforce Disability Equality Standard action plan 2021/22'], [], ...header, ...records.flat(), [], ['Status key: Green = on track; Amber = some delay; Red = significant delay; Blue = complete']];
  const tops = records.map((_, i) => 6 + 3 * i);
  return { values, merges: [down(3, 0, 3), ...tops.flatMap((t) => [down(t, 0, 3), down(t, 4, 3)])], sheetName: 'WDES 2021-22' };
}

/** Ashgrove: WRES, each action over two rows; no header cell merged, each record tied by its number, indicator and progress. */
function twoRowPlan(): Grid {
  const header: CellValue[][] = [
    ['No.', 'Indicator', 'What we will do', 'Lead officer', 'Start date', 'RAG', 'Progress'],
    [null, null, 'What success looks like', 'Working with', 'End date', null, null],
  ];
  const records: CellValue[][][] = [
    [['1', '2', 'Put a trained inclusion adviser on every interview panel for Band 8a and above.', 'Head of Resourcing', 'April 2022', 'Green', 'Twelve advisers trained.'], [null, null, 'Relative likelihood of appointment below 1.25.', 'BME Staff Network', 'March 2023', null, null]],
    [['2', '3', 'Review every case before a formal disciplinary investigation starts.', 'Deputy Director of HR', 'May 2022', 'Amber', 'Review panel agreed; not yet meeting.'], [null, null, 'Relative likelihood of entering a formal process at 1.0.', 'Employee Relations', 'December 2022', null, null]],
    [['3', '5, 6', 'Run a campaign against racist abuse of staff by patients and the public.', 'Director of Nursing', 'June 2022', 'Red', 'Campaign paused over the summer.'], [null, null, 'Fewer BME staff reporting abuse in the staff survey.', 'Communications', 'February 2023', null, null]],
    [['4', '9', 'Mentor BME staff for non-executive roles with partner boards.', 'Trust Secretary', 'July 2022', 'Green', 'Four mentees matched.'], [null, null, 'Two BME staff appointed to partner boards.', 'Chair', 'March 2023', null, null]],
  ];
  const values: CellValue[][] = [['Ashgrove Partnership NHS Trust – Workforce Race Equality Standard action plan 2022-23'], ...header, ...records.flat()];
  const tops = records.map((_, i) => 3 + 2 * i);
  return { values, merges: tops.flatMap((t) => [down(t, 0, 2), down(t, 1, 2), down(t, 6, 2)]), sheetName: 'WRES' };
}

/** Every action of `before` read at its new row with the same fields, no more actions, the same standard. */
function expectReadAsBefore(before: PlanReport, after: PlanReport, layout: Layout, what: string): void {
  for (const a of before.actions) expect(seenAction(after, layout.rowOf[a.row - 1] + 1), `row ${a.row} ${what}`).toEqual(seenAction(before, a.row));
  expect(after.actions, what).toHaveLength(before.actions.length);
  expect(after.standard, what).toBe(before.standard);
}

const plans: [string, () => Grid, number][] = [['three-row records (Fernhollow)', threeRowPlan, 4], ['two-row records (Ashgrove)', twoRowPlan, 4]];
// As in stray-rows.property.test.ts: these changes are not combined with rows that are no actions.
const LAYOUT_NOT_WITH_STRAYS = new Set(['reorderColumns', 'addUnrelatedColumn']);

describe.each(plans)('a plan printed as %s', (_name, planOf, count) => {
  const grid = planOf();
  const before = checkPlan(grid, { asAt: AS_AT });

  it('is read as one action per record, each with its lower lines\' fields', () => {
    expect(before.actions).toHaveLength(count);
    expect(before.actions.every((a) => a.action && a.lead && a.due.text && a.outcome && a.progress && a.statusRag)).toBe(true);
  });

  it('reads the same after any combination of layout changes', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(Object.keys(CHANGES), { minLength: 1 }), fc.array(fc.nat(), { minLength: 64, maxLength: 64 }), (chosen, dice) => {
        let i = 0;
        const pick = (n: number) => (n <= 1 ? 0 : dice[i++ % dice.length] % n);
        const layout = layoutOf(grid);
        for (const name of chosen) CHANGES[name](layout, before, pick);
        expectReadAsBefore(before, checkPlan(gridOf(layout), { asAt: AS_AT }), layout, `after ${chosen.join(', ')}`);
      }),
      { numRuns: Number(process.env.LAYOUT_RUNS ?? 30), ...(process.env.LAYOUT_SEED ? { seed: Number(process.env.LAYOUT_SEED) } : {}) },
    );
  });

  it('reads none of the rows that are no actions as one, and its own as before', () => {
    const changes = Object.keys(CHANGES).filter((n) => !LAYOUT_NOT_WITH_STRAYS.has(n));
    fc.assert(
      fc.property(fc.shuffledSubarray(Object.keys(STRAY_CHANGES), { minLength: 1, maxLength: 4 }), fc.subarray(changes), fc.array(fc.nat(), { minLength: 64, maxLength: 64 }), (added, changed, dice) => {
        let i = 0;
        const pick = (n: number) => (n <= 1 ? 0 : dice[i++ % dice.length] % n);
        const layout = layoutOf(grid);
        for (const name of changed) CHANGES[name](layout, before, pick);
        for (const name of added) STRAY_CHANGES[name](layout, before, pick);
        const after = checkPlan(gridOf(layout), { asAt: AS_AT });
        const what = `after ${[...changed, ...added].join(', ')}`;
        expect(after.actions.filter((a) => layout.strays.includes(a.row - 1)).map((a) => `row ${a.row}: ${a.action.slice(0, 80)}`), `rows added ${what} read as actions`).toEqual([]);
        expectReadAsBefore(before, after, layout, what);
      }),
      { numRuns: Number(process.env.STRAY_RUNS ?? 30), ...(process.env.STRAY_SEED === 'random' ? {} : { seed: Number(process.env.STRAY_SEED ?? 20261203) }) },
    );
  });
});
