import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Rows of their own that say which indicator the actions under them serve, with the action rows' indicator cells
 * left empty: a heading written over two cells ("Indicator 1" | its wording, merged or not; the block's indicator, no theme), and an indicator's data row
 * carrying its figures (2020 | 2021 | change | national) above its actions. Each in small plans laid out differently.
 */
const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const rows = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.indicators, a.theme]);

const SHORTLISTING = 'Relative likelihood of staff being appointed from shortlisting across all posts.';
const BANDS = 'Percentage of staff in each of the AfC Bands 1-9 and VSM compared with the overall workforce.';

describe('an indicator heading written over two cells, merged or not', () => {
  it('gives the actions under "Indicator N" the indicator; its wording in the next cell restates the indicator and is no theme (as the gold of the real KMPT plan reads it)', () => {
    const report = read([
      ['Hallam NHS Trust – WRES action plan 2016/17'],
      [],
      ['Objective', 'Analysis', 'WRES Action', 'Lead', 'Date', 'RAG Rating'],
      ['Indicator 1', BANDS],
      [null, 'BME staff are 6.1% of Band 8a and above.', 'Work with the divisions with the lowest BME representation at Band 7 and above.', 'D&I Facilitator', 'May 2016', 'Begun'],
      [null, null, 'Run development workshops for BME staff at Bands 5 and 6.', 'OD Team', 'March 2017', null],
      ['Indicator 2', SHORTLISTING],
      [null, 'White staff 1.5 times more likely to be appointed.', 'Train every recruiting manager in fair selection.', 'Recruitment Manager', '31.03.17', 'Complete'],
    ]);
    expect(rows(report)).toEqual([
      [5, ['1'], null],
      [6, ['1'], null],
      [8, ['2'], null],
    ]);
  });

  it('reads a WDES plan whose metric cell sits after the action, with the wording in the action column', () => {
    const report = read([
      ['Brindle Community NHS Trust – WDES action plan 2021/22'],
      ['Ref', 'Action', 'Metric', 'Owner', 'Due', 'Status'],
      [null, null, 'Metric 4a', 'Harassment, bullying or abuse from patients or the public'],
      ['1', 'Launch a zero tolerance campaign with the Disability Staff Network.', null, 'Head of Security', 'Q3 2021/22', 'On track'],
      ['2', 'Add a disability field to Datix reports of abuse.', null, 'Risk Manager', 'Q2 2021/22', 'Complete'],
      [null, null, 'Metric 8', 'Adequate adjustments'],
      ['3', 'Publish a reasonable adjustments passport.', null, 'Occupational Health Lead', 'Dec 2021', 'Not started'],
    ]);
    expect(rows(report)).toEqual([
      [4, ['4a'], null],
      [5, ['4a'], null],
      [7, ['8'], null],
    ]);
  });

  it('reads the wording before its label the same (the columns in another order), and keeps an action naming its metric an action', () => {
    const report = read([
      ['Analysis', 'Action', 'Lead', 'Date', 'Metric'],
      [SHORTLISTING, null, null, null, 'Indicator 2'],
      ['White staff 1.5 times more likely to be appointed.', 'Put a trained BME panel member on every Band 7+ panel.', 'Head of HR', 'October 2016', null],
      [null, 'Publish shortlisting data by ethnicity every quarter.', null, null, 'Indicator 2'],
    ]);
    expect(rows(report)).toEqual([
      [3, ['2'], null],
      [4, ['2'], null],
    ]);
  });

  it('reads the heading the same merged across the row as written in one cell of it', () => {
    const values: CellValue[][] = [
      ['Objective', 'Analysis', 'WRES Action', 'Lead', 'Date'],
      ['Indicator 2', SHORTLISTING, SHORTLISTING, SHORTLISTING, SHORTLISTING],
      [null, 'White staff 1.5 times more likely to be appointed.', 'Put a trained BME panel member on every Band 7+ panel.', 'Head of HR', 'October 2016'],
      [null, null, 'Publish shortlisting data by ethnicity every quarter.', 'Workforce Information Manager', 'Quarterly'],
    ];
    const merged = read(values, { merges: [{ top: 1, left: 1, bottom: 1, right: 4 }] });
    const unmerged = read(values.map((row, r) => (r === 1 ? row.slice(0, 2) : row)));
    expect(rows(merged)).toEqual([
      [3, ['2'], null],
      [4, ['2'], null],
    ]);
    expect(rows(unmerged)).toEqual(rows(merged));
  });
});

describe("an indicator's own row, carrying its figures, over its actions", () => {
  it('gives the actions beneath the indicator of the row above them, with no theme (the measure is data, not a heading)', () => {
    const report = read([
      ['Thornley Healthcare NHS Trust — WRES 2021 results and action plan 2021/22'],
      [],
      ['Ind.', 'Measure', '2020', '2021', 'Change', 'National 2021', 'Action', 'Executive lead', 'Timescale', 'RAG', 'Commentary'],
      ['1', 'BME staff at Band 8a and above', '8.1%', '9.4%', '+1.3', '11.2%'],
      [null, null, null, null, null, null, 'Set divisional representation goals for BME staff at Band 8a and above.', 'Chief People Officer', 'Q3 2021/22', 'Green', 'Agreed by three divisions.'],
      [null, null, null, null, null, null, 'Introduce a stretch secondment scheme for BME staff at Bands 6 and 7.', 'Chief Operating Officer', 'Q4 2021/22', 'Amber', null],
      ['2', 'Relative likelihood of White applicants being appointed from shortlisting', '1.61', '1.48', '-0.13', '1.61'],
      [null, null, null, null, null, null, 'Put a trained inclusion ambassador on every interview panel at Band 7 and above.', 'Chief People Officer', 'Mar-22', 'Amber', '46 trained.'],
    ]);
    expect(rows(report)).toEqual([
      [5, ['1'], null],
      [6, ['1'], null],
      [8, ['2'], null],
    ]);
    expect(report.actions).toHaveLength(3);
  });

  it('reads a WDES figures row whose measure comes first and whose metric cell names two metrics', () => {
    const report = read([
      ['Measure', 'Metric', 'Disabled 2023', 'Disabled 2024', 'What we will do', 'Lead', 'By when', 'Status'],
      ['Staff feeling pressure to come to work when unwell', '6 & 7', '27.1%', '25.0%'],
      [null, null, null, null, 'Train managers to hold wellbeing conversations that cover reasonable adjustments.', 'Head of Wellbeing', 'Jan 2025', 'On track'],
      [null, null, null, null, 'Review the attendance policy with the Disability Network.', 'HR Policy Lead', 'Mar 2025', 'Not started'],
      ['Staff saying their employer made adequate adjustments', 'M8', '71.0%', '74.2%'],
      [null, null, null, null, 'Publish a reasonable adjustments passport.', 'Occupational Health Lead', 'Dec 2024', 'Complete'],
    ]);
    expect(rows(report)).toEqual([
      [3, ['6', '7'], null],
      [4, ['6', '7'], null],
      [6, ['8'], null],
    ]);
  });
});

describe('a row holding only cells merged down from the row above', () => {
  it('is no heading: the text of an analysis merged over its block does not become the theme of the actions below', () => {
    const report = read(
      [
        ['Objective', 'Analysis', 'Action', 'Lead', 'Date'],
        ['Indicator 1'],
        [null, 'BME staff are 14% of the workforce and 6% of Band 8a and above.', 'Set representation goals for each division.', 'Director of Workforce', 'May 2020'],
        [null, 'BME staff are 14% of the workforce and 6% of Band 8a and above.', null, null, null],
        [null, 'BME staff are 14% of the workforce and 6% of Band 8a and above.', 'Run development workshops for BME staff.', 'OD Team', 'March 2021'],
      ],
      { merges: [{ top: 2, left: 1, bottom: 4, right: 1 }] },
    );
    expect(rows(report)).toEqual([
      [3, ['1'], null],
      [5, ['1'], null],
    ]);
  });

  it('is no heading when the merged cell is evidence beside the actions, after the action column', () => {
    const evidence = 'Staff survey 2020: 29% of BME staff report harassment from colleagues (White 24%).';
    const report = read(
      [
        ['WRES indicator', 'Action', 'Lead', 'Due', 'Evidence'],
        ['6', 'Train and launch a network of Dignity at Work advisers.', 'OD Team', 'January 2021', evidence],
        [null, null, null, null, evidence],
        [null, 'Add a bullying and harassment module to the management essentials course.', 'Head of Learning', 'June 2021', evidence],
      ],
      { merges: [{ top: 1, left: 4, bottom: 3, right: 4 }] },
    );
    expect(rows(report)).toEqual([
      [2, ['6'], null],
      [4, ['6'], null],
    ]);
  });
});
