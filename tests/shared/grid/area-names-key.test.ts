import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A plan naming each action's area in its own short words, with a key line above the header giving each name its metric
 * ('Areas follow the ten WDES metrics: Declaration and pay bands (1), Shortlisting (2), …'): each action serves the
 * metric the key gives its area, a cell naming two areas ('Harassment and bullying / Staff voice') both (holdout42
 * rothwenny). Brackets that are no such key ('(see page 2)') give nothing.
 */
const AS_AT = new Date(Date.UTC(2020, 2, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const indicators = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.indicators]);

describe("a key line giving the plan's own area names their metrics", () => {
  it("reads the Area column's names through a comma-separated key above the header", () => {
    const report = read([
      ['Rothbury Orthopaedic Hospital NHS Foundation Trust – WDES action plan 2019-20'],
      ['Areas follow the ten WDES metrics: Declaration and pay bands (1), Shortlisting (2), Capability (3), Harassment and bullying (4), Career progression (5), Presenteeism (6), Feeling valued (7), Reasonable adjustments (8), Staff voice (9), Board (10).'],
      [],
      ['Area', 'Our figure (2019)', 'Commitment for the next 12 months', 'Lead', 'When'],
      ['Shortlisting', 'Non-disabled applicants 1.52 times more likely to be appointed', 'Check every shortlisting decision involving a disabled applicant.', 'Recruitment Team Leader', 'Oct 2019'],
      ['Harassment and bullying / Staff voice', 'From colleagues: 23% disabled v 15% non-disabled', 'Launch a disabled staff network.', 'Director of Workforce', 'Jan 2020'],
      ['Presenteeism', '31% felt pressure to come to work when unwell', 'Train managers on supportive attendance conversations.', 'Head of HR', 'Feb 2020'],
    ]);
    expect(indicators(report)).toEqual([[5, ['2']], [6, ['4', '9']], [7, ['6']]]);
    expect(report.actions[1].sources?.indicators?.why).toContain("names 'Harassment and bullying / Staff voice', which the key on A2 gives as metrics 4 and 9");
  });

  it("reads a 'Priority area' column after the action through a semicolon-separated WRES key", () => {
    const report = read([
      ['Our priority areas map to the WRES indicators – Data (1); Recruitment (2); Discipline (3); Training (4); Bullying (5); Progression (7); Board (9)'],
      ['Action', 'Priority area', 'Owner', 'Deadline', 'Status'],
      ['Cleanse ethnicity records on ESR.', 'Data', 'Workforce Information Manager', 'Q1 2021/22', 'Complete'],
      ['Put a BME member on every Band 7 and above panel.', 'Recruitment', 'Head of Recruitment', 'Q2 2021/22', 'On track'],
      ['Review every disciplinary case with a second manager.', 'Discipline', 'Head of Employee Relations', 'Q3 2021/22', 'On track'],
    ]);
    expect(indicators(report)).toEqual([[3, ['1']], [4, ['2']], [5, ['3']]]);
  });

  it('gives nothing where the brackets are no key of the areas the column names', () => {
    const report = read([
      ['Figures are in our WDES report (section 3), the staff survey (2019) and ESR (March 2019).'],
      ['Area', 'Commitment for the next 12 months', 'Lead', 'When'],
      ['Shortlisting', 'Check every shortlisting decision involving a disabled applicant.', 'Recruitment Team Leader', 'Oct 2019'],
      ['Presenteeism', 'Train managers on supportive attendance conversations.', 'Head of HR', 'Feb 2020'],
    ]);
    expect(report.actions.map((a) => a.sources?.indicators?.why ?? '').filter((w) => w.includes('the key on'))).toEqual([]);
  });
});
