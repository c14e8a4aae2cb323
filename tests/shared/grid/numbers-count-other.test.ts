import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * Action numbers that count the plan's key actions or workstreams, not indicators, as its own indicator cells show
 * (holdout54 marchbourne: '7.1' beside WRES 3, '8.1' beside 9, then '8.2', '9.1' with the WRES cell blank; holdout54
 * hollinsway: '3.1' beside metric 7, '5.1' beside 9, '5.4' blank). A blank indicator cell then names no indicator by
 * its action's number, and says why. A plan numbering by indicator ('5.2' beside 5) keeps reading its blank cells so.
 */
const AS_AT = new Date(Date.UTC(2024, 10, 1));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const indicatorsByRow = (report: ReturnType<typeof read>) => Object.fromEntries(report.actions.map((a) => [a.row, a.indicators]));

describe("numbers counting key actions, the plan's indicator cells against them", () => {
  it('sub-actions numbered by key action, a WRES column, the last ones blank', () => {
    const report = read([
      ['Ref', 'Sub-action', 'WRES', 'Lead', 'Complete by'],
      ['1.1', 'Run targeted open days for the apprenticeship.', '1', 'Head of Recruitment', '31/01/2025'],
      ['2.1', 'Put an independent member on every Band 7 panel.', '2', 'Head of Recruitment', '31/03/2025'],
      ['3.1', 'Sponsor 12 staff through the Mary Seacole programme.', '1, 7', 'Head of Leadership', '31/03/2025'],
      ['3.2', 'Track secondments by ethnicity.', '7', 'Workforce Intelligence Lead', '31/10/2024'],
      ['4.1', 'Put every proposed disciplinary through a pre-check.', '3', 'Head of Employee Relations', '31/12/2024'],
      ['5.1', 'Set a race equality objective for every Board member.', '9', 'Chief Executive', '31/03/2025'],
      ['5.2', 'Review progress on this plan at every Inclusion Board.', '', 'Director of People', '31/03/2025'],
      ['6.1', 'Give the network chair protected time.', '', 'Director of People', '31/03/2025'],
    ]);
    expect(indicatorsByRow(report)).toMatchObject({ 2: ['1'], 4: ['1', '7'], 6: ['3'], 7: ['9'], 8: [], 9: [] });
    expect(report.actions.find((a) => a.row === 8)?.sources.indicators?.why).toMatch(/^No indicator from its number '5.2': the plan's own indicator cells show its numbers count something else \(row 4: '3.1' beside '1, 7'; row 6: '4.1' beside '3'\)/);
  });

  it('workstreams numbered in the action column, the metric column after the lead', () => {
    const report = read([
      ['Workstream', 'Action No.', 'Action', 'Responsible Lead', 'WDES Metric', 'Target Date'],
      ['Data', '1.1', 'Run a declaration campaign.', 'Workforce Information Manager', '1', 'Sep 2020'],
      ['Careers', '2.1', 'Sign up to Disability Confident Leader.', 'Head of Recruitment', '2', 'Mar 2021'],
      ['Careers', '2.2', 'Open the leadership programme to disabled staff.', 'Head of Leadership', '5', 'Jan 2021'],
      ['Adjustments', '3.1', 'Launch a reasonable adjustments policy.', 'Head of HR Policy', '7', 'Oct 2020'],
      ['Voice', '4.1', 'Relaunch the Disabled Staff Network.', 'Chief People Officer', '9', 'Sep 2020'],
      ['Voice', '4.2', 'Report progress to the People Committee every quarter.', 'EDI Lead', '', 'Quarterly'],
    ]);
    expect(indicatorsByRow(report)).toMatchObject({ 4: ['5'], 5: ['7'], 6: ['9'], 7: [] });
  });

  it('NEGATIVE: numbers by indicator, one row against, a blank cell still read by its number', () => {
    const report = read([
      ['Ref', 'Action', 'WRES', 'Lead', 'Due'],
      ['1.1', 'Publish ethnicity by band every quarter.', '1', 'Workforce Information Manager', 'Q2'],
      ['2.1', 'Put an independent member on every Band 7 panel.', '2', 'Head of Recruitment', 'Q3'],
      ['3.1', 'Pre-check every proposed disciplinary.', '3', 'Head of Employee Relations', 'Q2'],
      ['5.1', 'Add racial abuse to the incident form.', '5', 'Head of Security', 'Q1'],
      ['5.2', 'Write to every patient who racially abuses staff.', '', 'Head of Security', 'Q3'],
      ['7.1', 'Open the leadership programme to BME staff.', '1, 9', 'Head of OD', 'Q4'],
    ]);
    expect(indicatorsByRow(report)).toMatchObject({ 5: ['5'], 6: ['5'], 7: ['1', '9'] });
  });
});
