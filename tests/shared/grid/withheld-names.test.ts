import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A lead column whose every cell says the name was withheld before publication ('Redacted', '[Name withheld]') names no
 * one: the other column naming people ('Executive Lead', 'Accountable director') gives the lead, and the user is told why.
 * Seen in holdout31 harrowdown (a published CQC-style action plan, 'Action Owner' reading 'Redacted' on every row).
 */
const AS_AT = new Date(Date.UTC(2019, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const leads = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.lead]);
const unmapped = (report: ReturnType<typeof read>, column: string) => report.issues.find((i) => i.rule === 'header-unmapped' && i.column === column)?.message;

describe('a lead column of withheld names', () => {
  it("'Action Owner' reads 'Redacted' on every row, beside 'Executive Lead'", () => {
    const report = read([
      ['Harlow Vale Ambulance Service NHS Trust'],
      ['WRES Action Plan 2018-19'],
      ['Ref', 'WRES indicator', 'Executive Lead', 'Actions to be taken', 'Action Owner', 'Completion date'],
      ['1.1', 'Indicator 1', 'Director of People', '1. Hold recruitment open days with community groups.\n2. Review adverts.', 'Redacted', '31/03/2019'],
      ['1.2', 'Indicator 2', 'Director of People', '1. Put a trained BME assessor on every panel.', 'Redacted', '31/03/2019'],
      ['2.1', 'Indicator 5', 'Chief Operating Officer', '1. Add a race-related flag to the violence reporting form.', 'Redacted', '31/12/2018'],
    ]);
    expect(leads(report)).toEqual([[4, 'Director of People'], [5, 'Director of People'], [6, 'Chief Operating Officer']]);
    expect(unmapped(report, 'E')).toMatch(/every cell says the name was withheld \('Redacted'\): it names no one/);
  });

  it("'Responsible officer' reads '[Name withheld]', the accountable director on its left", () => {
    const report = read([
      ['Action', 'Accountable director', 'Responsible officer', 'By when', 'Status'],
      ['Publish the ethnicity pay gap with the WRES report.', 'Director of Workforce', '[Name withheld]', 'Sept 2023', 'On track'],
      ['Sponsor ten BME staff on the senior leadership programme.', 'Chief Nurse', '[Name withheld]', 'March 2024', 'Not started'],
    ]);
    expect(leads(report)).toEqual([[2, 'Director of Workforce'], [3, 'Chief Nurse']]);
  });

  it('an owner column with real names and one withheld keeps its names (negative)', () => {
    const report = read([
      ['Action', 'Executive Lead', 'Action Owner', 'By when'],
      ['Publish the ethnicity pay gap with the WRES report.', 'Director of Workforce', 'Head of Workforce Information', 'Sept 2023'],
      ['Review every disciplinary case before a hearing.', 'Director of Workforce', 'Redacted', 'Dec 2023'],
      ['Sponsor ten BME staff on the senior leadership programme.', 'Chief Nurse', 'Head of OD', 'March 2024'],
    ]);
    expect(leads(report)).toEqual([[2, 'Head of Workforce Information'], [3, 'Redacted'], [4, 'Head of OD']]);
  });
});
