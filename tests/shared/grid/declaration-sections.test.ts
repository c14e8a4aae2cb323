/**
 * The sign-off under a plan written as a form's lines, not as a table with 'Prepared by' labels: a section captioned as the
 * declaration ('Section E – Declaration', 'Approval and sign-off') whose rows name who confirmed the plan ('Name | Dr H.
 * Crewe | Role | Director of People', holdout38 cheldon), and a line whose label says where the plan was signed off, each
 * side's signatory after it ('Signed off at the joint review: | for the trust: Director of People | for REACH: Network
 * Chair', holdout36 dunmorrow). Their cells fall under the lead and timescale columns, but they are no actions: set aside
 * as sign-offs with why. A section whose subject goes on ('Approval of recruitment panels') heads actions as before.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { namesDeclaration } from '../../../shared/grid/names-declaration';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 11, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'WDES return' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe("a plan's declaration and sign-off lines", () => {
  it('knows a declaration section by its subject alone', () => {
    expect(namesDeclaration('Section E – Declaration')).toMatch(/declaration and sign-off/);
    expect(namesDeclaration('4. Approval and sign-off')).toMatch(/declaration and sign-off/);
    expect(namesDeclaration('Signatures')).toMatch(/declaration/);
    expect(namesDeclaration('Approval of recruitment panels')).toBeNull();
    expect(namesDeclaration('Section B – Data and publication')).toBeNull();
  });

  it("sets aside 'Name | … | Role | …' under 'Section E – Declaration' at the foot of a return", () => {
    const report = read([
      ['WDES assurance return 2024/25'],
      ['Section D – Action plan'],
      ['No.', 'Action', 'WDES metric', 'Responsible lead', 'Completion date', 'Status'],
      ['D1', 'Replace the paper adjustments form with a tailored adjustments passport.', 'Metric 6', 'Head of Inclusion', 'Dec 2024', 'In progress'],
      ['D2', 'Audit shortlisting decisions for disabled applicants in theatres.', 'Metric 2', 'Recruitment Manager', 'Nov 2024', 'Complete'],
      [],
      ['Section E – Declaration'],
      ['I confirm that the information in this return is accurate and that the plan has been approved by the Board.'],
      ['Name', '', 'Dr Hannah Crewe', 'Role', 'Director of People'],
      ['Signature', '', 'H. Crewe (electronic)', 'Date', '14/10/2024'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([4, 5]);
    expect(setAside(report).join('\n')).toMatch(/Row 9: "Name \| Dr Hannah Crewe \| Role \| Director of People" is read as a sign-off, not an action — it sits under 'Section E – Declaration' \(row 7\): the plan's declaration and sign-off/);
  });

  it("sets aside 'Position | …' lines under '5. Approval and sign-off' and a 'Signed off at …:' line, in a plan whose lead comes first", () => {
    const report = read([
      ['Lead', 'Action', 'Indicator', 'By', 'RAG'],
      ['Head of Resourcing', 'Put a trained inclusion ambassador on every Band 7+ panel.', '2', '31/12/2024', 'Green'],
      ['Head of Education', 'Report CPD funding by ethnicity each quarter.', '4', '31/10/2024', 'Amber'],
      [],
      ['5. Approval and sign-off'],
      ['Executive sponsor', 'Jane Okafor', 'Position', 'Director of People'],
      [],
      ['Signed off at the joint review:', 'for the trust: Director of People', 'for the network: Network Chair'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    const told = setAside(report).join('\n');
    expect(told).toMatch(/Row 6: .* is read as a sign-off, not an action — it sits under '5\. Approval and sign-off' \(row 5\)/);
    expect(told).toMatch(/Row 8: "Signed off at the joint review: \| for the trust: Director .* is read as a sign-off, not an action — 'Signed off at the joint review' records who prepared or approved the plan/);
  });

  it("keeps the actions under a section whose subject is about approvals (negative)", () => {
    const report = read([
      ['Action', 'Indicator', 'Lead', 'Due', 'Status'],
      ['Approval of recruitment panels'],
      ['Name a trained panel member on every Band 8a+ interview.', '2', 'Head of Resourcing', 'Dec 2024', 'On track'],
      ['Agreed at the network meeting: publish the panel roster.', '2', 'Recruitment Manager', 'Jan 2025', 'Not started'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
    expect(report.actions[0].theme).toBe('Approval of recruitment panels');
  });
});
