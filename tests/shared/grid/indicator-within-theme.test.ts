import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * One EDI grid keeping WRES (or WDES) rows beside other equality work (gender pay, sexual safety, networks): the
 * indicator column names a number only on the standard's rows. A blank indicator cell on a row of ANOTHER theme
 * serves no indicator; the number above is not carried across the change of theme. Within one theme a blank still
 * carries the group's indicator down, as before.
 */
const AS_AT = new Date(Date.UTC(2025, 0, 31));
const read = (values: CellValue[][], sheetName = 'Plan') => checkPlan({ values, sheetName }, { asAt: AS_AT });
const indicatorsOf = (report: ReturnType<typeof read>) => report.actions.map((a) => a.indicators);

describe('a blank indicator cell on a row of another theme', () => {
  it('serves no indicator (strand column typed on every row, indicator column after the action)', () => {
    const report = read([
      ['Harrowby Hospitals NHS Trust – EDI action plan 2024/25'],
      ['Theme', 'Action', 'WRES indicator', 'Lead', 'Due', 'Status'],
      ['Race equality', 'Put a trained ethnic minority panel member on every band 8a+ interview panel.', '2', 'Head of Recruitment', 'Dec 2024', 'On track'],
      ['Race equality', 'Review formal disciplinary cases by ethnicity with an independent adviser.', '3', 'Head of ER', 'Nov 2024', 'Complete'],
      ['Gender pay gap', 'Publish the gender pay gap report with an action for each division.', '', 'Head of Reward', 'Mar 2025', 'Not started'],
      ['Staff networks', 'Give each network chair protected time of two days a month.', '', 'Director of People', 'Jul 2024', 'Complete'],
      ['Race equality', 'Run reverse mentoring for ethnic minority staff with the executive team.', '7', 'Head of OD', 'Sep 2024', 'On track'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5, 6, 7]);
    expect(indicatorsOf(report)).toEqual([['2'], ['3'], [], [], ['7']]);
    expect(report.actions[2].sources?.indicators?.why).toBe("No indicator: its indicator cell is blank and its theme 'Gender pay gap' is not 'Race equality', whose row 4 named one");
  });

  it('serves no indicator when the theme is a strand written once over its rows (WDES metric column first)', () => {
    const report = read([
      ['Metric', 'Theme', 'No.', 'What we will do', 'Owner', 'Target', 'RAG'],
      ['1', 'Disability equality (WDES)', 'A1', 'Ask every colleague to update their disability status in ESR.', 'Workforce Information Lead', 'Q2 2024/25', 'Green'],
      ['4a', '', 'A2', 'Publish a route for reporting harassment by patients and the public.', 'Head of Security', 'Q3 2024/25', 'Amber'],
      ['8', '', 'A3', 'Make reasonable adjustments a standing item in every one-to-one.', 'Head of Occupational Health', 'Q1 2024/25', 'Green'],
      ['', 'Menopause', 'B1', 'Start monthly menopause cafés on each main site.', 'Wellbeing Lead', 'Q1 2024/25', 'Green'],
      ['', '', 'B2', 'Gain menopause-friendly employer accreditation.', 'Wellbeing Lead', 'Q4 2024/25', 'Amber'],
      ['', 'Sexual safety', 'C1', 'Train team leaders to receive a report of sexual misconduct on shift.', 'Head of Safeguarding', 'Q3 2024/25', 'Red'],
      ['', '', 'C2', 'Fit lockable welfare pods at the stations still without them.', 'Head of Estates', 'Q4 2024/25', 'Amber'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(report.actions.map((a) => a.theme)).toEqual(['Disability equality (WDES)', 'Disability equality (WDES)', 'Disability equality (WDES)', 'Menopause', 'Menopause', 'Sexual safety', 'Sexual safety']);
    expect(indicatorsOf(report)).toEqual([['1'], ['4a'], ['8'], [], [], [], []]);
    expect(report.actions[3].sources?.indicators?.why).toBe("No indicator: its indicator cell is blank and its theme 'Menopause' is not 'Disability equality (WDES)', whose row 4 named one");
  });

  it('still carries the indicator down a blank cell within the same theme (negative)', () => {
    const report = read([
      ['Ashby Vale NHS Trust – WRES action plan 2024/25'],
      ['Theme', 'Indicator', 'Action', 'Lead', 'Due'],
      ['Recruitment', '2', 'Put an ethnic minority panel member on every band 8a+ interview panel.', 'Head of Recruitment', 'Dec 2024'],
      ['Recruitment', '', 'Publish shortlisting rates by ethnicity to each division every quarter.', 'Workforce Information Lead', 'Mar 2025'],
      ['Recruitment', '', 'Offer interview coaching to ethnic minority applicants for band 7 and above.', 'Head of OD', 'Jun 2025'],
      ['Discipline', '3', 'Review formal disciplinary cases by ethnicity with an independent adviser.', 'Head of ER', 'Nov 2024'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5, 6]);
    expect(indicatorsOf(report)).toEqual([['2'], ['2'], ['2'], ['3']]);
  });
});
