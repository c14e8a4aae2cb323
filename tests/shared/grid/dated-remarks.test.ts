import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A remark a meeting made on the action above, typed on a line of its own in the action column and signed with who and
 * when ('Committee 19/12/17: asked for the completion rate by division …', holdout66 stourmere): a note on that action,
 * not a heading over the actions below. Their theme and indicators stay the heading above them.
 */
const AS_AT = new Date(Date.UTC(2018, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'WRES 17-18' }, { asAt: AS_AT });
const fields = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.theme, a.indicators]);

describe('a dated remark under an action', () => {
  it("'Committee 19/12/17:' under an indicator heading", () => {
    const report = read([
      ['Indicator', 'Action', 'Lead officer', 'Completion', 'Status'],
      ['Indicator 2 – Appointment from shortlisting'],
      ['', 'Require recruiting managers to complete fair recruitment training', 'Recruitment Manager', 'Mar 2018', 'Partially achieved'],
      ['', 'Committee 19/12/17: asked for the training completion rate to be reported by division at the next meeting.'],
      ['', 'Include a BME panel member for all interviews for Band 7 and above', 'Divisional HR Business Partners', 'Mar 2018', 'Ongoing'],
    ]);
    expect(fields(report)).toEqual([
      [3, 'Indicator 2 – Appointment from shortlisting', ['2']],
      [5, 'Indicator 2 – Appointment from shortlisting', ['2']],
    ]);
    expect(report.issues.map((i) => i.message)).toContainEqual(expect.stringContaining("Row 4: \"Committee 19/12/17: asked for"));
  });

  it("'People Committee 4 March 2024:' first in the row, under a theme, with a ref column", () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'RAG'],
      ['Theme 1 – Fair recruitment'],
      ['1.1', 'Put a trained inclusion adviser on every Band 8a and above panel', 'Head of Resourcing', 'Jun 2024', 'Green'],
      ['People Committee 4 March 2024: the network to be asked to comment on the adviser guidance.'],
      ['1.2', 'Publish shortlisting-to-appointment ratios by ethnicity every quarter', 'Workforce Information Manager', 'Sep 2024', 'Amber'],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([[3, 'Theme 1 – Fair recruitment'], [5, 'Theme 1 – Fair recruitment']]);
  });

  it('NEGATIVE: a heading with a year and a colon still heads its actions', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'RAG'],
      ['Priority 2 2023/24: Bullying and harassment'],
      ['2.1', 'Launch a speak-up route for racist abuse from patients', 'Director of Nursing', 'Jul 2024', 'Green'],
      ['2.2', 'Review every disciplinary case involving a BME colleague', 'Head of Employee Relations', 'Dec 2024', 'Red'],
    ]);
    expect(report.actions.map((a) => a.theme)).toEqual(['Priority 2 2023/24: Bullying and harassment', 'Priority 2 2023/24: Bullying and harassment']);
  });
});
