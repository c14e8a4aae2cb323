import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A system's export (a CRM, a SharePoint list, a project tool) writes who keeps each record — 'Owner', 'Created By' —
 * beside the lead each action names. Both headers name a lead; the record owner is the same person on every row.
 */
const AS_AT = new Date(Date.UTC(2025, 9, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Export' }, { asAt: AS_AT });
const leads = (report: ReturnType<typeof read>) => report.actions.map((a) => a.lead);

describe("an export's record owner beside each action's lead", () => {
  it("reads the action's lead, not the owner written first ('Owner' | … | 'Action Lead')", () => {
    const report = read([
      ['Owner', 'Action Name', 'WRES Indicator', 'Action Lead', 'Due Date', 'Status'],
      ['Karen Obi', 'Publish shortlisting-to-appointment rates by ethnicity for every division', 'Indicator 2', 'Head of Resourcing', '31/03/2025', 'On track'],
      ['Karen Obi', 'Give every BME band 5 and 6 nurse a career conversation with a senior nurse', 'Indicator 4', 'Deputy Chief Nurse', '30/06/2025', 'Not started'],
      ['Karen Obi', 'Have a second manager review each formal disciplinary case before it opens', 'Indicator 3', 'Head of Employee Relations', '31/12/2024', 'Complete'],
    ]);
    expect(leads(report)).toEqual(['Head of Resourcing', 'Deputy Chief Nurse', 'Head of Employee Relations']);
    const owner = report.issues.find((i) => i.rule === 'header-unmapped' && i.column === 'A')?.message;
    expect(owner).toBe(`Column A header "Owner" is kept but not checked: it names the same person ('Karen Obi') on every row — who keeps the records, not each action's lead, which column D names`);
  });

  it.each([
    ['after', ['Title', 'Metric', 'Assigned To', 'Target date', 'Progress', 'Owner'], (r: CellValue[]) => r],
    ['before', ['Owner', 'Title', 'Metric', 'Assigned To', 'Target date', 'Progress'], (r: CellValue[]) => [r[5], ...r.slice(0, 5)]],
  ])("reads 'Assigned To' over a list's 'Owner' written %s it", (_where, header, order) => {
    const report = read([
      header as CellValue[],
      ...[
        ['Offer a guaranteed interview to disabled applicants who meet the essential criteria', 'Metric 2', 'Recruitment Lead', 'Sep 2025', 'Live on all adverts', 'EDI Team'],
        ['Run a reasonable adjustments passport for every new starter who asks', 'Metric 4', 'Occupational Health Manager', 'Dec 2025', '', 'EDI Team'],
        ['Add a disability question to exit interviews and report it each quarter', 'Metric 7', 'HR Business Partner', 'Mar 2026', 'Drafted', 'EDI Team'],
        ['Train line managers in holding health and wellbeing conversations', 'Metric 9', 'Head of Learning', 'Mar 2026', '', 'EDI Team'],
      ].map(order),
    ]);
    expect(leads(report)).toEqual(['Recruitment Lead', 'Occupational Health Manager', 'HR Business Partner', 'Head of Learning']);
  });

  it('keeps a single lead column that names the same person on every row', () => {
    const report = read([
      ['Action', 'Lead', 'By when'],
      ['Publish the WRES data to the board each year', 'Director of People', 'Sep 2025'],
      ['Set up reverse mentoring for the executive team', 'Director of People', 'Dec 2025'],
      ['Refresh the recruitment and selection training', 'Director of People', 'Mar 2026'],
    ]);
    expect(leads(report)).toEqual(['Director of People', 'Director of People', 'Director of People']);
  });

  it('keeps the first of two lead columns when neither names one person throughout', () => {
    const report = read([
      ['Action', 'Lead', 'Owner', 'Due'],
      ['Publish the WRES data to the board each year', 'Head of Workforce Information', 'Director of People', 'Sep 2025'],
      ['Set up reverse mentoring for the executive team', 'OD Lead', 'Chief Executive', 'Dec 2025'],
      ['Refresh the recruitment and selection training', 'Head of Resourcing', 'Director of People', 'Mar 2026'],
    ]);
    expect(leads(report)).toEqual(['Head of Workforce Information', 'OD Lead', 'Head of Resourcing']);
  });
});
