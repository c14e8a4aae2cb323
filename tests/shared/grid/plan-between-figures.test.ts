import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * The whole WRES / WDES report on one sheet, one block per indicator: the indicator's heading band, its figures in a
 * small table with a header of its own ('Band | 2021 | 2022'), a remark on them, then that indicator's piece of the plan
 * under the plan's header printed again (holdout96 wealdstow, drayfield). The plan is read in all its parts: a figures
 * table between ends at the plan's header, and the first block's heading, above the first header, is its actions'
 * theme as each later heading is its block's.
 */
const AS_AT = new Date(Date.UTC(2023, 2, 31));
const BAND = '#1F4E79';
const WHITE = '#FFFFFF';

/** A sheet of rows, each heading row (its text starting 'Indicator' or 'Metric', alone on the row) filled as a band. */
function sheet(rows: CellValue[][], isBand: (row: CellValue[]) => boolean): Grid {
  const width = Math.max(...rows.map((r) => r.length));
  const fills = rows.map((r) => Array.from({ length: width }, (_, c) => (isBand(r) && c === 0 ? BAND : null)));
  const fonts = rows.map((r) => Array.from({ length: width }, (_, c) => (isBand(r) && c === 0 ? WHITE : null)));
  return { values: rows, fills, fonts };
}

const banded = (row: CellValue[]) => row.filter((v) => v !== null && v !== '').length === 1 && /^(Indicator|Metric)s? \d/.test(String(row[0]));

describe('a plan split between the figures, one piece under each indicator', () => {
  const header = ['Ref', 'What we will do', 'Lead', 'By when'];
  const rows: CellValue[][] = [
    ['Ashcombe Valley NHS Trust'],
    ['Workforce Race Equality Standard 2022 – report and action plan 2022-23'],
    [],
    ['Indicator 1 – BME staff in Bands 8a and above'],
    ['Band', '2021', '2022', 'Change'],
    ['Band 8a', '9.1%', '10.4%', '+1.3'],
    ['Band 8b', '6.2%', '6.0%', '-0.2'],
    ['Bands 8c to VSM', '3.3%', '4.1%', '+0.8'],
    ['Representation rose at 8a but not above it; no BME colleague was appointed at 8b this year.'],
    header,
    ['1.1', 'Open a reverse mentoring scheme pairing BME Band 7 staff with executive directors.', 'Head of OD', 'Sep 2022'],
    ['1.2', 'Put a BME panel member on every Band 8b and above interview panel.', 'Head of Recruitment', 'Jul 2022'],
    [],
    ['Indicator 2 – Relative likelihood of appointment from shortlisting'],
    ['Measure', 'White', 'BME', 'Relative likelihood'],
    ['Shortlisted', '1,204', '388', null],
    ['Appointed', '301', '62', null],
    ['Likelihood', '0.25', '0.16', '1.56'],
    ['White applicants remain more than one and a half times as likely to be appointed.'],
    header,
    ['2.1', 'Publish anonymised shortlisting for Band 6 and 7 posts and review the results each quarter.', 'Recruitment Manager', 'Dec 2022'],
    ['2.2', 'Train every recruiting manager in fair selection before they next chair a panel.', 'Head of Learning', 'Mar 2023'],
    [],
    ['Indicator 5 – Harassment, bullying or abuse from patients, relatives or the public'],
    ['Survey measure', '2021', '2022', 'Change'],
    ['BME staff', '31.0%', '33.4%', '+2.4'],
    ['White staff', '27.2%', '26.9%', '-0.3'],
    ['The gap widened; most reports come from the emergency department.'],
    header,
    ['5.1', 'Launch a zero-tolerance campaign with signage and a script for reception staff.', 'Head of Security', 'Oct 2022'],
  ];

  it('reads every piece of the plan, each action under its own indicator heading, no figures row as an action', () => {
    const report = checkPlan(sheet(rows, banded), { asAt: AS_AT });
    expect(report.actions.map((a) => a.ref)).toEqual(['1.1', '1.2', '2.1', '2.2', '5.1']);
    expect(report.actions.map((a) => a.theme)).toEqual([
      'Indicator 1 – BME staff in Bands 8a and above',
      'Indicator 1 – BME staff in Bands 8a and above',
      'Indicator 2 – Relative likelihood of appointment from shortlisting',
      'Indicator 2 – Relative likelihood of appointment from shortlisting',
      'Indicator 5 – Harassment, bullying or abuse from patients, relatives or the public',
    ]);
    expect(report.actions.map((a) => a.indicators.join(','))).toEqual(['1', '1', '2', '2', '5']);
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of OD', 'Head of Recruitment', 'Recruitment Manager', 'Head of Learning', 'Head of Security']);
  });

  it("reads a WDES report's blocks whose remark is labelled ('What this tells us:' | …) and whose figures header names the years", () => {
    const wdes: CellValue[][] = [
      ['Brackenmoor Community Health NHS Trust – WDES 2020'],
      ['Prepared for the People Committee, September 2020'],
      [],
      ['Metric 1 – Disabled staff by pay cluster'],
      ['Cluster', 'Disabled', 'Non-disabled', 'Not declared'],
      ['Bands 1 to 4', '3.9%', '70.2%', '25.9%'],
      ['Bands 5 to 7', '3.1%', '75.0%', '21.9%'],
      ['What this tells us:', 'Declaration is low at every band; we cannot yet see where disabled staff are missing.'],
      ['No.', 'What we will do', 'Who', 'By when', 'Success measure'],
      ['1.1', 'Run a declaration campaign so staff can update their disability status on ESR.', 'Workforce Information Lead', 'Dec 2020', 'Declaration above 8%'],
      [],
      ['Metric 9 – Staff engagement'],
      ['Measure', 'Disabled', 'Non-disabled', 'Gap'],
      ['Engagement score (0–10)', '6.4', '7.0', '-0.6'],
      ['What this tells us:', 'Disabled staff are less engaged and have no network to speak for them.'],
      ['No.', 'What we will do', 'Who', 'By when', 'Success measure'],
      ['9.1', 'Launch a disabled staff network with an executive sponsor.', 'Inclusion Manager', 'Nov 2020', 'Network launched'],
      ['9.2', 'Hold two listening events a year with disabled staff.', 'Director of People', 'Feb 2021', null],
    ];
    const report = checkPlan(sheet(wdes, banded), { asAt: AS_AT });
    expect(report.actions.map((a) => a.ref)).toEqual(['1.1', '9.1', '9.2']);
    expect(report.actions.map((a) => a.theme)).toEqual(['Metric 1 – Disabled staff by pay cluster', 'Metric 9 – Staff engagement', 'Metric 9 – Staff engagement']);
  });

  it('gives the first block no heading when the top of the rows above the first header looks nothing like the headings below', () => {
    // The introduction over the first figures is plain text: the bands below head their blocks, not it.
    const plain = rows.map((r, i) => (i === 3 ? ['Introduction and headline figures'] : r));
    const report = checkPlan(sheet(plain, banded), { asAt: AS_AT });
    expect(report.actions.map((a) => a.ref)).toEqual(['1.1', '1.2', '2.1', '2.2', '5.1']);
    expect(report.actions[0].theme).not.toBe('Introduction and headline figures');
    expect(report.actions[2].theme).toBe('Indicator 2 – Relative likelihood of appointment from shortlisting');
  });
});
