import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A column grading what each row assesses (holdout56 sallowmere: 'Grade agreed', EDS2 outcomes graded Undeveloped,
 * Developing or Achieving on red, yellow and green fills, beside the action that should improve each): the grade rates
 * the outcome, not how far the action has got — no status, and its colours are no RAG.
 */
const AS_AT = new Date(Date.UTC(2019, 5, 30));
const YELLOW = '#FFEB9C';
const GREEN = '#C6EFCE';
const RED = '#FFC7CE';
const read = (values: CellValue[][], fills?: (string | null)[][]) => checkPlan({ values, fills }, { asAt: AS_AT });
const statuses = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.status]);
const paint = (n: number, c: number, colours: (string | null)[]) => colours.map((f) => Array.from({ length: n }, (_, k) => (k === c ? f : null)));

describe('a grade column beside the actions', () => {
  it("'Grade agreed' on coloured fills, EDS2 outcomes before the actions", () => {
    const values: CellValue[][] = [
      ['EDS2 goal', 'Outcome', 'Grade agreed', 'Improvement action', 'WDES metric', 'Lead', 'By'],
      ['Goal 3: A representative and supported workforce', '3.1 Fair recruitment', 'Developing', 'Use the guaranteed interview scheme for disabled applicants', '2', 'Recruitment Lead', 'Oct 2019'],
      ['', '3.3 Training fairly accessed', 'Achieving', 'Monitor funded CPD by disability status each year', '5', 'Education Lead', 'Mar 2020'],
      ['', '3.4 Free from harassment', 'Undeveloped', 'Set up a disabled staff network with an executive sponsor', '9', 'Director of Workforce', 'Nov 2019'],
    ];
    const report = read(values, [[], ...paint(7, 2, [YELLOW, GREEN, RED])]);
    expect(statuses(report)).toEqual([[2, ''], [3, ''], [4, '']]);
    expect(report.columnEvidence.find((e) => e.column === 'C')?.field).not.toBe('status');
  });

  it("'EDS2 grade' last, after the action, on its colours", () => {
    const report = read([
      ['Ref', 'Action', 'Owner', 'Deadline', 'EDS2 grade'],
      ['1', 'Publish the disability declaration guide', 'Head of HR', 'Dec 2019', 'Developing'],
      ['2', 'Offer disability awareness training to all managers', 'OD Lead', 'Mar 2020', 'Excelling'],
      ['3', 'Review the attendance policy with staff side', 'HR Policy Lead', 'Jan 2020', 'Undeveloped'],
    ], [[], ...paint(5, 4, [YELLOW, '#9BC2E6', RED])]);
    expect(statuses(report)).toEqual([[2, ''], [3, ''], [4, '']]);
  });

  it("NEGATIVE: a 'RAG rating' column on the same fills stays each action's status", () => {
    const values: CellValue[][] = [
      ['Action', 'Lead', 'By', 'RAG rating'],
      ['Use the guaranteed interview scheme for disabled applicants', 'Recruitment Lead', 'Oct 2019', 'Amber'],
      ['Monitor funded CPD by disability status each year', 'Education Lead', 'Mar 2020', 'Green'],
      ['Set up a disabled staff network with an executive sponsor', 'Director of Workforce', 'Nov 2019', 'Red'],
    ];
    const report = read(values, [[], ...paint(4, 3, [YELLOW, GREEN, RED])]);
    expect(statuses(report)).toEqual([[2, 'Amber'], [3, 'Green'], [4, 'Red']]);
  });
});
