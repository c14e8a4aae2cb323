import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { nameBeforeGuidance, scoreHeaderWords } from '../../../shared/grid/header-words';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A national reporting template's headers say what to write as well as what the column is: 'Action taken and planned
 * including e.g. does the indicator link to EDS2 evidence and/or a corporate Equality Objective' names the action
 * before its guidance, however long the guidance; 'Data for reporting year' and 'Data for previous year' hold the
 * year's figures, not when anything is due. Read so, the template's group rows ('Workforce indicators' with its
 * instruction merged across the data columns) head their indicators' rows, and are no actions.
 */
const AS_AT = new Date(Date.UTC(2016, 2, 31));
const read = (values: CellValue[][], merges: Grid['merges'] = []) => checkPlan({ values, merges, sheetName: 'WRES' }, { asAt: AS_AT });

describe("a header's name before its guidance ('… including e.g. …', '…, for example …')", () => {
  it('reads the 2015 WRES template: the action from its long header, its group rows as themes, its data columns as no timescale', () => {
    const report = read(
      [
        ['Workforce Race Equality Indicators'],
        ['Indicator', null, 'Data for reporting year', 'Data for previous year', 'Narrative – the implications of the data and any additional background explanatory narrative', 'Action taken and planned including e.g. does the indicator link to EDS2 evidence and/or a corporate Equality Objective'],
        ['Workforce indicators', null, 'For each of these four workforce indicators, compare the data for White and BME staff'],
        ['1', 'Percentage of staff in each of the AfC Bands 1-9 and VSM compared with the percentage of staff in the overall workforce', 'BME: 12.1% of all staff; 3.0% of Bands 8a–9', 'n/a – first year', 'BME staff are concentrated in Bands 2 to 5.', 'Planned: a quarterly band-by-ethnicity report to the Workforce Committee, and a data-cleansing push so that not stated falls below 3% by March 2016.'],
        ['2', 'Relative likelihood of staff being appointed from shortlisting across all posts', 'White 1.00 : BME 0.62', 'n/a – first year', 'Shortlisted BME applicants are less likely to be appointed.', 'Planned: refresh recruitment training for every interviewing manager with an unconscious bias module.'],
        ['National NHS Staff Survey indicators (or equivalent)', null, 'For each of the four staff survey indicators, compare the outcomes of the responses for White and BME staff'],
        ['5', 'KF 18. Percentage of staff experiencing harassment, bullying or abuse from patients in last 12 months', 'White 25% : BME 30%', 'n/a – first year', 'Highest in the Emergency Department.', 'Planned: a zero tolerance poster campaign in ED, and a racist abuse category on the incident system.'],
      ],
      [
        { top: 1, left: 0, bottom: 1, right: 1 },
        { top: 2, left: 0, bottom: 2, right: 1 },
        { top: 2, left: 2, bottom: 2, right: 5 },
        { top: 5, left: 0, bottom: 5, right: 1 },
        { top: 5, left: 2, bottom: 5, right: 5 },
      ],
    );
    expect(report.columns).toMatchObject({ indicator: 'A', action: 'F' });
    expect(report.columns.due).toBeUndefined();
    expect(report.actions.map((a) => [a.row, a.indicator, a.theme, a.action.slice(0, 24)])).toEqual([
      [4, '1', 'Workforce indicators', 'Planned: a quarterly ban'],
      [5, '2', 'Workforce indicators', 'Planned: refresh recruit'],
      [7, '5', 'National NHS Staff Survey indicators (or equivalent)', 'Planned: a zero toleranc'],
    ]);
    expect(report.actions[0].due.text).toBe('March 2016');
    expect(report.columnEvidence.find((e) => e.column === 'C')).toBeUndefined();
    expect(report.issues.find((i) => i.rule === 'header-unmapped' && i.column === 'C')?.message).toContain('figures for a year');
  });

  it("reads the name before ', for example' in a long header of another plan, and the '2019 data' column as no timescale", () => {
    const report = read([
      ['What we will do, for example training, policy changes, new ways of recruiting or changes to how we report', 'Who is responsible', '2019 data', 'By when'],
      ['Train every recruiting manager in inclusive selection.', 'Head of Resourcing', '1.61', 'March 2020'],
      ['Publish a monthly report of disciplinary cases by ethnicity.', 'Head of Employee Relations', '1.32', 'December 2019'],
      ['Set up a BME staff network with an executive sponsor.', 'Director of People', '14%', 'October 2019'],
    ]);
    expect(report.columns).toMatchObject({ action: 'A', lead: 'B', due: 'D' });
    expect(report.actions.map((a) => a.due.text)).toEqual(['March 2020', 'December 2019', 'October 2019']);
  });

  it("leaves a sentence giving an example, and a header whose words already name a field, as they were (negatives)", () => {
    expect(nameBeforeGuidance('Run listening events in every division of the trust, for example in staff rooms')).toBeNull();
    expect(scoreHeaderWords('Lead (e.g. Head of HR)')[0].field).toBe('lead');
    const report = read([
      ['Action', 'Lead', 'Target year', 'Year'],
      ['Run listening events, e.g. in each division, with the BME network.', 'Head of OD', '2020', '2019-20'],
      ['Audit shortlisting for every Band 7 post.', 'Head of Resourcing', '2021', '2020-21'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(report.columns.due).toBeDefined();
  });
});
