import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A sign-off table under the plan: who prepared it and who approved it, each with a name, a role and a date
 * ("Prepared by | A. Boateng | EDI Lead | 01/07/2025"), often under a small header of its own ("Sign-off | Name | Role |
 * Date"). Its cells fall under the plan's action, lead and timescale columns, but it records who did something to the
 * plan, not something to do: no action, and the user is told why (`row-set-aside`). Shown in two plans laid out
 * differently.
 */
const AS_AT = new Date(Date.UTC(2025, 8, 30));
const read = (values: CellValue[][]) => checkPlan({ values } as Grid, { asAt: AS_AT });
const setAside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('a sign-off table under the plan', () => {
  it("reads 'Sign-off | Name | Role | Date' and its 'Prepared by' / 'Approved by' rows as no actions, in a plan whose action comes first", () => {
    const report = read([
      ['Tarnwick Health NHS Trust – WRES Action Plan 2025/26'],
      ['Action', 'WRES Ind.', 'Lead', 'Due', 'Status'],
      ['Use a diverse panel for every post at Band 8a and above.', 'W2', 'Head of Resourcing', 'Q2 25/26', 'On track'],
      ['Report access to non-mandatory training by ethnicity every six months.', 'W4', 'Education Board', 'By Dec 2025', 'Not started'],
      ['Publish the ethnicity pay gap report with agreed actions.', 'n/a', 'People Committee', 'Mar 26', 'Not started'],
      [],
      ['Sign-off', 'Name', 'Role', 'Date'],
      ['Prepared by', 'A. Boateng', 'EDI Lead', '01/07/2025'],
      ['Approved by', 'People Committee', 'Chair: R. Dunmore', '17/07/2025'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(setAside(report)).toEqual([
      expect.stringMatching(/^Row 7: "Sign-off \| Name \| Role \| Date" is read as a sign-off, not an action — 'Sign-off' heads the table/),
      expect.stringMatching(/^Row 8: .* is read as a sign-off, not an action — 'Prepared by' records who prepared or approved the plan/),
      expect.stringMatching(/^Row 9: .* is read as a sign-off, not an action — 'Approved by' records who/),
    ]);
  });

  it("reads 'Signed off by:' and 'Reviewed by:' rows with no header, labels after the names, as no actions; an action that approves something stays one", () => {
    const report = read([
      ['Ref', 'Action', 'Metric', 'Owner', 'Target date', 'RAG'],
      ['1.1', 'Guarantee an interview to disabled applicants who meet the essential criteria.', 'M2', 'Head of Resourcing', '30/09/2025', 'G'],
      ['1.2', 'Approve a central reasonable adjustments budget at the Executive Team.', 'M8', 'Director of Finance', '31/12/2025', 'A'],
      [],
      // The sign-off's columns in another order: the label need not be the row's first cell.
      [null, 'Executive Director of People and OD', 'Signed off by:', null, '14/05/2025'],
      [null, 'Disability and Neurodiversity Network', 'Reviewed by:', null, '02/05/2025'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(setAside(report)).toHaveLength(2);
  });
});
