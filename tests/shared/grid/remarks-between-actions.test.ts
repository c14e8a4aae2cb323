import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Rows a year of use leaves between actions that REMARK on them rather than head them (holdout29 penninevale,
 * tamarside, wharfedale; holdout30 marlowbeck): a comment signed and dated ('BME Network chair (Sept 19): …'), a note
 * of a change made to the plan ('Action 3 split into 3.1 and 3.2 …'), the meeting the actions below were raised at
 * ('Network meeting 17/06/2019'), a status caption with a remark in brackets ('CLOSED ACTIONS (moved here at Q3 – keep
 * for audit)'). None is a theme: the actions keep the theme they had (or, under a status caption, none).
 */
const AS_AT = new Date(Date.UTC(2020, 0, 31));
const read = (g: Grid) => checkPlan(g, { asAt: AS_AT });
const themes = (g: Grid) => read(g).actions.map((a) => [a.row, a.theme]);
const notes = (g: Grid) => read(g).issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('comments signed and dated, inserted as rows under actions', () => {
  const g: Grid = {
    values: [
      ['Wensley Ambulance Service NHS Trust – WRES Action Plan 2019-20'],
      ['Ref', 'Indicator', 'Action', 'Responsible', 'Target date', 'Status'],
      ['Theme A: Recruitment'],
      ['A1', 'Ind 1', 'Hold recruitment open days in the three divisions.', 'Head of Recruitment', 'Nov 2019', 'On track'],
      [null, null, 'BME Network chair (Sept 19): members are willing to help but need release from rota.'],
      ['A2', 'Ind 2', 'Put a BME assessor on every assessment centre panel.', 'Head of Recruitment', 'Sep 2019', 'Behind'],
      ['Theme B: Fair treatment'],
      ['B1', 'Ind 3', 'Check every decision to start a formal disciplinary process.', 'Head of HR', 'Oct 2019', 'Complete'],
      [null, null, 'HRBP (12/01/20): two cases checked this quarter.'],
      ['B2', 'Ind 5', 'Give crews a guide on reporting racist abuse.', 'Head of Security', 'Jan 2020', 'Behind'],
    ],
    merges: [{ top: 4, left: 2, bottom: 4, right: 5 }, { top: 8, left: 2, bottom: 8, right: 5 }],
  };

  it('keeps the theme of the heading above, and says why the comment is no heading', () => {
    expect(themes(g)).toEqual([[4, 'Theme A: Recruitment'], [6, 'Theme A: Recruitment'], [8, 'Theme B: Fair treatment'], [10, 'Theme B: Fair treatment']]);
    expect(notes(g).find((m) => m.startsWith('Row 5:'))).toMatch(/a comment signed and dated \('BME Network chair \(Sept 19\)'\), said of the actions around it: not a heading/);
  });
});

describe("a note of a change made to the plan's actions", () => {
  const g: Grid = {
    values: [
      [null, 'Tamworth Vale Community NHS Trust: WDES Action Plan 2021-22'],
      [null, 'Ref', 'Metric', 'What we will do', 'Who', 'When', 'BRAG'],
      [null, '1', '1', 'Send every colleague a reminder to update their disability status.', 'Workforce Information Manager', 'Sep-21', 'B'],
      [null, 'Actions 3 and 4 merged at the July review (minutes 15/07/21).'],
      [null, '3', '3', 'Separate ill-health cases from performance cases in the capability policy.', 'HR Policy Lead', 'Dec-21', 'G'],
      [null, 'Action 5 was split into 5.1 and 5.2 in October.'],
      [null, '5.1', '5', 'Hold three listening events with disabled staff.', 'EDI Lead', 'Feb-22', 'G'],
    ],
  };

  it('reads no theme from it', () => {
    expect(themes(g)).toEqual([[3, null], [5, null], [7, null]]);
    expect(notes(g).find((m) => m.startsWith('Row 4:'))).toMatch(/records a change made to the plan's actions/);
  });
});

describe("the meeting an action log's actions were raised at", () => {
  const g: Grid = {
    values: [
      ['Harcombe NHS Trust'],
      ['Disability network action log 2019-20'],
      ['Ref', 'Action', 'Owner', 'Update'],
      [null, 'Network meeting 17/06/2019'],
      ['A1', 'Ask for the WDES metrics to go to the Trust Board.', 'Chair', 'Letter sent.'],
      [null, 'Steering group review – 2 September 2019'],
      ['A2', 'Find out how many staff have a reasonable adjustment in place.', 'Vice chair', ''],
    ],
  };

  it('reads neither a theme nor a due from it', () => {
    expect(themes(g)).toEqual([[5, null], [7, null]]);
    expect(read(g).actions.map((a) => a.due.text)).toEqual(['', '']);
    expect(notes(g).find((m) => m.startsWith('Row 4:'))).toMatch(/names the meeting the actions below were raised at \(17\/06\/2019\)/);
  });
});

describe('a status caption with a remark in brackets', () => {
  const values: CellValue[][] = [
    ['Wharfe Vale NHS Trust – WRES Action Plan 2019/20'],
    ['Objective', 'Action', 'Lead', 'Timescale', 'RAG'],
    ['Indicator 2 – Appointment from shortlisting'],
    ['Fair recruitment', 'Add a trained BME panel member to every Band 6 interview.', 'Recruitment Manager', 'Dec 2019', 'Red'],
    ['Completed actions (moved here at Q3 – keep for audit)'],
    ['Ind 3 – Fair disciplinary process', 'Check every proposed formal investigation with a senior manager.', 'Head of HR', 'July 2019', 'Blue'],
  ];

  it('gives the actions under it no theme', () => {
    expect(themes({ values })).toEqual([[4, 'Indicator 2 – Appointment from shortlisting'], [6, null]]);
  });
});

describe('negatives: headings stay headings', () => {
  const g: Grid = {
    values: [
      ['Ashdown NHS Trust – WRES Action Plan 2019-20'],
      ['Ref', 'Indicator', 'Action', 'Lead', 'Due'],
      ['Theme A: Recruitment (2019/20 priorities)'],
      ['A1', '1', 'Hold open days in each division.', 'Head of Recruitment', 'Nov 2019'],
      ['Board development: 12 March 2020 session'],
      ['B1', '9', 'Run a board development session on race equality.', 'Trust Secretary', 'Mar 2020'],
      ['Recruitment (closed)'],
      ['C1', '2', 'Audit shortlisting decisions.', 'Head of Recruitment', 'Dec 2019'],
      ['Harassment (2019 survey): what staff told us'],
      ['D1', '5', 'Run active bystander training.', 'Head of OD', 'Jan 2020'],
      ['Indicator 8 (Sept 19): discrimination from a manager'],
      ['E1', '8', 'Train managers in fair treatment.', 'Head of OD', 'Feb 2020'],
    ],
  };

  it('reads subject headings, with dates or brackets in them, as themes', () => {
    expect(themes(g)).toEqual([
      [4, 'Theme A: Recruitment (2019/20 priorities)'], [6, 'Board development: 12 March 2020 session'], [8, 'Recruitment (closed)'],
      [10, 'Harassment (2019 survey): what staff told us'], [12, 'Indicator 8 (Sept 19): discrimination from a manager'],
    ]);
  });
});
