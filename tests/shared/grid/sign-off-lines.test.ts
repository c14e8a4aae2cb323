/**
 * A printed plan's sign-off under its actions: a signature line ('Signed: ……………… | Dr Imran Sheikh | Board Chair |
 * 11/06/2025', holdout69 tamebourne) and a table of who reviewed the plan with their comments under a 'Review and
 * approval' caption ('Adaeze Nwosu | Add an action on exit interviews … | Chair, BAME Staff Network | 10/09/2020',
 * holdout69 larkhill), its comment under the action column. Neither is an action: set aside with why. A section
 * 'Review of appraisal' over actions stays read (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2025, 8, 30));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message).join('\n');

describe("a printed plan's sign-off lines", () => {
  it("sets aside a signature line with the dotted line to sign on: 'Signed: ……………… | name | role | date'", () => {
    const report = read([
      ['#', 'Action', 'Who', 'When', 'WRES link'],
      ['1', 'Collect ethnicity for all practice and PCN staff through the workforce data tool', 'Workforce Lead, Training hub', 'Quarterly', '1'],
      ['2', 'Give practice managers a short recruitment guide covering anonymised shortlisting', 'PM forum chair', 'July 2025', '2'],
      ['', '', '', '', ''],
      ['', 'Signed: ………………………………………………', 'Dr Imran Sheikh', 'Board Chair', '11/06/2025'],
      ['', 'Signature: ____________', 'Ms A. Lowe', 'Chief People Officer', '12/06/2025'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(setAside(report)).toMatch(/Row 5: .*'Signed' records who prepared or approved the plan/);
    expect(setAside(report)).toMatch(/Row 6: .*'Signature'/);
  });

  it("sets aside the reviewers' rows, their comments under the action column, under 'Review and approval'", () => {
    const report = read([
      ['Ref', 'WRES indicator', 'Action', 'Lead', 'Target date', 'Status'],
      ['A1', '1', 'Set ethnicity targets for nursing Bands 7 and 8a and report progress to the Board', 'Deputy Chief Nurse', '31/12/2020', 'Open'],
      ['A2', '2', 'Use values-based interview questions and a diverse panel for all nursing posts', 'Head of Resourcing', '31/03/2021', 'Open'],
      ['', '', '', '', '', ''],
      ['Review and approval', '', '', '', '', ''],
      ['Reviewed by', '', 'Comment', 'Role', 'Date', ''],
      ['Adaeze Nwosu', '', 'Add an action on exit interviews for BAME leavers in the next version.', 'Chair, BAME Staff Network', '10/09/2020', ''],
      ['Trust Board', '', 'Approved.', '', '24/09/2020', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(setAside(report)).toMatch(/Row 7: .*sits under 'Review and approval' \(row 5\): the plan's declaration and sign-off/);
  });

  it("keeps the actions under a section 'Review of appraisal' (negative)", () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['Review of appraisal', '', '', '', ''],
      ['1', 'Add a prompt on career conversations to the appraisal form', 'Learning and OD Manager', 'Mar 2026', 'On track'],
      ['2', 'Review appraisal completion by ethnicity each quarter', 'Workforce Information Manager', 'Dec 2025', 'Not started'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
  });
});
