/**
 * An empty record in a list exported to Excel: no action, lead, timescale or indicator, only what the list fills in for
 * itself — its default status, the plan it is linked to, when and by whom it was created (holdout34 larkspur, an Airtable
 * grid view's last row). No action to check: set aside with why. A row with a lead or a date but no action is still read
 * and told to say what will be done (`action-empty`, negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2022, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Actions-Grid view' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);
const PLAN = 'Larkspur Community Healthcare NHS Trust WDES 2021/22';

describe('an empty record of a list', () => {
  it("sets aside an Airtable record holding only the linked plan, 'Not started' and its created fields", () => {
    const report = read([
      ['Action', 'Plan', 'WDES metrics', 'Owner', 'Due', 'Status', 'Created', 'Last modified by'],
      ['Map the route for requesting a workplace adjustment', PLAN, 'Metric 8', 'Priya Raman', '30/09/2021', 'Done', '04/06/2021 10:02', 'Priya Raman'],
      ['Recruit two disabled staff as trained panel members', PLAN, 'Metric 2', 'Jon Whitfield', '17/12/2021', 'On track', '04/06/2021 10:05', 'Jon Whitfield'],
      ['', PLAN, '', '', '', 'Not started', '14/02/2022 09:02', 'Sophie Marr'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(setAside(report).join('\n')).toMatch(/Row 4: .*names no action, lead, timescale or indicator, only the status 'Not started': an empty record/);
  });

  it('sets aside a SharePoint list item with only its default status, the status first', () => {
    const report = read([
      ['Status', 'Title', 'Assigned To', 'Target date', 'Modified'],
      ['In progress', 'Publish the disability pay gap with the WDES report', 'Head of Reward', '31/03/2022', '01/02/2022'],
      ['Not started', '', '', '', '02/02/2022'],
      ['Complete', 'Add a disability question to exit interviews', 'HR Business Partner', '31/12/2021', '03/01/2022'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(setAside(report).join('\n')).toMatch(/Row 3: .*an empty record/);
  });

  it('keeps a row with a lead or a date but no action, and says what is missing (negative)', () => {
    const report = read([
      ['Action', 'Plan', 'WDES metrics', 'Owner', 'Due', 'Status'],
      ['Map the route for requesting a workplace adjustment', PLAN, 'Metric 8', 'Priya Raman', '30/09/2021', 'Done'],
      ['', PLAN, '', 'Jon Whitfield', '31/03/2022', 'Not started'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(report.issues.some((i) => i.rule === 'action-empty' && i.row === 3)).toBe(true);
  });
});
