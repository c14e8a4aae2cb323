/**
 * A header row one column out of step with its columns (holdout75 bowerleigh): a cell inserted into the header row
 * alone moves every heading from one column on over its neighbour's contents — a blank heading over the actions,
 * 'Action' over job titles, 'Lead' over dates, 'By when' over RAG letters, 'RAG' over progress, 'Progress' over an empty
 * column. The contents overrule the headings: each heading is read one column over, and the evidence says why. A
 * header whose headings fit their columns, a blank-headed column among them, is read as it stands.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 0, 15));
const read = (values: CellValue[][]): PlanReport => checkPlan({ values, sheetName: 'Sheet1' }, { asAt: AS_AT });
const evidence = (r: PlanReport, field: string) => r.columnEvidence.find((e) => e.field === field)?.reason ?? '';
const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

const ROWS: CellValue[][] = [
  [1, 'Set divisional targets for BME representation at Band 8a and above', 'Deputy Chief People Officer', d(2023, 10, 31), 'G', 'Targets agreed with four divisions.'],
  [2, 'Add a check at shortlisting on every vacancy with no BME applicant shortlisted', 'Head of Recruitment', d(2023, 11, 30), 'A', 'Check designed; system change pending.'],
  [3, 'Make the pre-formal review panel permanent for all disciplinary cases', 'Head of Employee Relations', d(2023, 9, 30), 'G', 'Panel in place; cases reviewed.'],
  [4, 'Report access to non-mandatory training by ethnicity every quarter', 'Head of Education', d(2024, 1, 31), 'R', 'Data not yet extracted.'],
];

describe('a header row out of step with its columns', () => {
  it('reads each heading one column left when a cell was inserted into the header row alone', () => {
    const r = read([['Ravensholme Teaching Hospitals – WRES action plan 2023/24'], [], ['No.', null, 'Action', 'Lead', 'By when', 'RAG', 'Progress'], ...ROWS]);
    expect(r.actions.map((a) => [a.action.slice(0, 20), a.lead, a.status])).toEqual([
      ['Set divisional targe', 'Deputy Chief People Officer', 'G'],
      ['Add a check at short', 'Head of Recruitment', 'A'],
      ['Make the pre-formal ', 'Head of Employee Relations', 'G'],
      ['Report access to non', 'Head of Education', 'R'],
    ]);
    expect(r.actions[1].progress).toBe('Check designed; system change pending.');
    expect(evidence(r, 'lead')).toContain("one column out of step with its columns from column B, a cell inserted into it alone: each heading is read one column left; 'Lead' stands over dates in column D");
  });

  it('reads each heading one column right when a cell was deleted from the header row alone', () => {
    const r = read([['Ravensholme Teaching Hospitals – WRES action plan 2023/24'], [], ['No.', 'Action', 'Lead', 'By when', 'RAG', 'Progress', null], ...ROWS.map((row, i) => [row[0], String([1, 2, 3, 4][i]), ...row.slice(1)])]);
    expect(r.actions.map((a) => [a.action.slice(0, 20), a.lead, a.status])).toEqual([
      ['Set divisional targe', 'Deputy Chief People Officer', 'G'],
      ['Add a check at short', 'Head of Recruitment', 'A'],
      ['Make the pre-formal ', 'Head of Employee Relations', 'G'],
      ['Report access to non', 'Head of Education', 'R'],
    ]);
    expect(evidence(r, 'action')).toContain("a cell deleted from it alone: each heading is read one column right; 'Action' stands over other cells in column B");
  });

  it('NEGATIVE: headings that fit their columns, a blank-headed column of notes beside them, are read as they stand', () => {
    const r = read([['Ravensholme Teaching Hospitals – WRES action plan 2023/24'], [], ['No.', 'Action', 'Lead', 'By when', 'RAG', null], ...ROWS]);
    expect(r.actions.map((a) => a.lead)).toEqual(['Deputy Chief People Officer', 'Head of Recruitment', 'Head of Employee Relations', 'Head of Education']);
    expect(r.columnEvidence.some((e) => e.reason.includes('out of step'))).toBe(false);
  });
});
