import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A header naming no field ('Col A' … 'Col H', 'Column1' … 'Column8'), its columns read by their contents, printed again
 * at a page's top is that header again, no action: it was read as one ('Col C' its text) under the stray-rows
 * property's page header (holdout75 lathwaite). Its copies are named as the header is.
 */
const AS_AT = new Date(Date.UTC(2026, 8, 30));

function plan(names: string[]): CellValue[][] {
  const row = (...cells: CellValue[]) => cells;
  return [
    ['Lathwaite University Hospitals NHS Foundation Trust – WDES action plan 2026/27'],
    names,
    row('LUH-WD-01', '1', 'Run a declaration week in each clinical division to close the gap between ESR and the staff survey.', 'Head of Workforce Information', 'Q2 26/27', 'On track', 'Week planned for September.'),
    row('LUH-WD-02', '2', 'Show shortlisters what an applicant needs at interview, in place of the guaranteed-interview tick box.', 'Head of Resourcing', 'Q1 26/27', 'Complete', 'Live on Trac since May.'),
    ['WDES action plan 2026/27 – continued'],
    names,
    row('LUH-WD-03', '3', 'Check at the start of every capability process that reasonable adjustments have been offered.', 'Deputy Director of People', 'Q3 26/27', 'Not started', 'Audit tool drafted.'),
    row('LUH-WD-04', '4', 'Add a disability field to the incident form for abuse from patients and the public.', 'Head of Patient Safety', 'Q4 26/27', 'On track', 'Form change agreed.'),
  ];
}

describe('a header naming no field, printed again', () => {
  for (const names of [['Col A', 'Col B', 'Col C', 'Col D', 'Col E', 'Col F', 'Col G'], ['Column1', 'Column2', 'Column3', 'Column4', 'Column5', 'Column6', 'Column7']]) {
    it(`is no action: '${names[0]}' …`, () => {
      const report = checkPlan({ values: plan(names) }, { asAt: AS_AT });
      expect(report.actions.map((a) => a.row)).toEqual([3, 4, 7, 8]);
      expect(report.actions.map((a) => a.lead)).toEqual(['Head of Workforce Information', 'Head of Resourcing', 'Deputy Director of People', 'Head of Patient Safety']);
    });
  }
});
