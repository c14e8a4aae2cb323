import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, merges: [] }, { asAt: AS_AT });

const HEADER = ['Ref', 'WRES indicator', 'Action', 'Lead', 'Timescale', 'RAG'];
const BEFORE: CellValue[][] = [
  ['3.1', '3', 'Introduce a pre-investigation checklist signed off by a senior HR adviser.', 'Deputy Director of HR', 'Oct 2016', 'G'],
];
const AFTER: CellValue[][] = [
  ['5.1', '5', 'Launch a zero-tolerance poster campaign on abuse from patients.', 'Head of Security', 'Mar 2017', 'R'],
];

// A row saying no action is needed this year, its lead and timescale a dash, its status rating the need as met
// (holdout74 bramblewick 'Met' on green, as a template's instruction asks): a ref and a status, but no action.
describe("a 'no action required' row rated as met, in a plan with no rating column", () => {
  it("sets it aside, saying the status 'Met' says the need is met", () => {
    const report = read([HEADER, ...BEFORE, ['4.1', '4', 'No action required this year – the 2016 figure (1.09) is within the range the region agreed.', '—', '—', 'Met'], ...AFTER]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(report.issues.find((i) => i.rule === 'row-set-aside' && i.row === 3)?.message).toMatch(/says nothing is to be done, and the row names no lead or timescale, its status 'Met'/);
  });

  it("reads 'No further action needed – …' with 'Met' and empty lead and timescale the same", () => {
    const report = read([HEADER, ...BEFORE, ['6.1', '6', 'No further action needed – staff survey score better than the national average.', null, null, 'Met'], ...AFTER]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
  });

  it('keeps a row doing something, rated met, and a no-action row with a lead of its own', () => {
    const report = read([HEADER, ...BEFORE, ['4.1', '4', 'Confirm no further action is required after the 2017 audit.', '—', '—', 'Met'], ['4.2', '4', 'No action required this year.', 'Head of L&D', 'Mar 2017', 'Met'], ...AFTER]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 5]);
  });
});
