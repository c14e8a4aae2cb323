import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A column headed as the action ('Action', 'Action no.') that holds only the actions' references ('P1', '2.1', 'WD-04'),
 * beside a column of sentences headed with no field's name ('Description', 'Detail'): the sentences are the actions and
 * the references their refs. Both reasons say so. A column headed 'Action' holding sentences stays the action, whatever
 * sits beside it; one holding references with no column of sentences left keeps the header's word, as before.
 */
const AS_AT = new Date(Date.UTC(2025, 9, 31));
const read = (values: CellValue[][], sheetName = 'Plan') => checkPlan({ values, sheetName }, { asAt: AS_AT });
const reasonOf = (report: ReturnType<typeof read>, field: string) => report.columnEvidence.find((e) => e.field === field)?.reason;

describe("a column headed 'Action' holding only references beside a column of sentences", () => {
  it('reads the sentences as the actions and the references as refs (references first, a title above)', () => {
    const report = read([
      ['Ashcombe Community Trust | WDES action plan 2025-26'],
      ['Action', 'Metric', 'Description', 'Lead', 'Due', 'RAG'],
      ['D1', '1', 'Run a declaration campaign with the disability network across all sites.', 'Workforce Manager', 'Sep 2025', 'Green'],
      ['D2', '2', 'Offer every disabled applicant an adjustments conversation before interview.', 'Recruitment Lead', 'Dec 2025', 'Amber'],
      ['D3', '4a', 'Train ward managers to respond when patients harass disabled staff.', 'Head of Security', 'Mar 2026', 'Red'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(report.actions[0]).toMatchObject({ ref: 'D1', action: 'Run a declaration campaign with the disability network across all sites.', lead: 'Workforce Manager' });
    expect(report.actions[2]).toMatchObject({ ref: 'D3', indicator: '4a' });
    expect(reasonOf(report, 'action')).toBe("Action: 'Description' — 3 of 3 cells are sentences saying what will be done, while the column headed 'Action' (A) holds only their references");
    expect(reasonOf(report, 'ref')).toBe("Ref: header 'Action', but its cells hold only references (3 of 3 cells), not what will be done: the actions are C's sentences");
    expect(report.issues.filter((i) => i.rule === 'row-set-aside')).toEqual([]);
  });

  it("reads them in another order, with register codes ('WR-01') under 'Actions' and a 'Detail' column after the lead", () => {
    const report = read([
      ['Owner', 'Actions', 'By when', 'Detail', 'Progress'],
      ['Head of OD', 'WR-01', 'Q3 2025/26', 'Launch a reverse mentoring scheme pairing BME staff with executive directors', 'Pairs matched; first meetings in October'],
      ['Recruitment Manager', 'WR-02', 'Q4 2025/26', 'Put a trained BME panel member on every band 8a and above interview panel', 'Not started'],
      ['Head of ER', 'WR-03', 'Q2 2025/26', 'Audit disciplinary cases by ethnicity and report the findings to the People Committee', 'Complete: audit presented in July'],
      ['Chief People Officer', 'WR-04', 'Q4 2025/26', 'Publish the ethnicity pay gap with an action for each division', 'In progress'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 5]);
    expect(report.actions.map((a) => a.ref)).toEqual(['WR-01', 'WR-02', 'WR-03', 'WR-04']);
    expect(report.actions[1]).toMatchObject({ action: 'Put a trained BME panel member on every band 8a and above interview panel', lead: 'Recruitment Manager' });
    expect(reasonOf(report, 'action')).toMatch(/^Action: 'Detail' — 4 of 4 cells are sentences saying what will be done, while the column headed 'Actions' \(B\) holds only their references$/);
  });
});

describe('stays as before', () => {
  it("keeps a column headed 'Action' of sentences as the action, a 'Description' of sentences beside it as context", () => {
    const report = read([
      ['Ref', 'Action', 'Description', 'Lead', 'Due'],
      ['A1', 'Refresh the declaration campaign', 'The campaign will run in estates and facilities with the staff network.', 'Workforce Manager', 'Sep 2025'],
      ['A2', 'Add adjustments to interview invitations', 'Every invitation will ask whether an adjustment is needed and track whether it was met.', 'Recruitment Lead', 'Dec 2025'],
      ['A3', 'Review the capability policy', 'Capability processes will pause where an occupational health referral is outstanding.', 'Head of ER', 'Oct 2025'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(report.actions.map((a) => a.action)).toEqual(['Refresh the declaration campaign', 'Add adjustments to interview invitations', 'Review the capability policy']);
    expect(report.columns.action).toBe('B');
  });

  it("keeps a column headed 'Action' of references as the action when no column of sentences is left", () => {
    const report = read([
      ['Action', 'Lead', 'Due', 'Status'],
      ['P1', 'Workforce Manager', 'Sep 2025', 'Complete'],
      ['P2', 'Recruitment Lead', 'Dec 2025', 'On track'],
      ['P3', 'Head of ER', 'Oct 2025', 'Delayed'],
    ]);
    expect(report.columns.action).toBe('A');
    expect(report.columnEvidence.find((e) => e.field === 'action')?.reason).toBe("Action: header 'Action' (its cells are not sentences)");
  });
});
