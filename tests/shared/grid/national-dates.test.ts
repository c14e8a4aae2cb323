import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid, PlanReport } from '../../../shared/types';

/**
 * NATIONAL DATES SHOWN AMONG THE TRUST'S OWN STEPS (holdout56 fenbridge): a plan kept as a calendar or timetable lists
 * NHS England's dates (the data collection window, the publication deadline, the national report) beside the trust's own
 * steps so that its own can be timed, written apart (grey, italics) with a national body alone in Who. They are no
 * actions of the trust. Either sign alone is no evidence: a plain row led by 'NHS England' is a step the trust lists, and
 * a greyed-out row led by the trust is its own (completed) action.
 */
const AS_AT = new Date(Date.UTC(2024, 5, 1));
const GREY = '#808080';
const rows = (report: PlanReport) => report.actions.map((a) => a.row);
const asides = (report: PlanReport) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

/** A grid whose rows listed in `apart` are written in grey (and italics when asked), every other cell plain. */
function grid(values: CellValue[][], apart: number[], italics: boolean): Grid {
  const styled = (r: number) => apart.includes(r + 1);
  return {
    values,
    sheetName: 'Plan',
    fonts: values.map((row, r) => row.map((v) => (styled(r) && v !== '' ? GREY : null))),
    ...(italics ? { italics: values.map((row, r) => row.map((v) => styled(r) && v !== '')) } : {}),
  };
}

/** A month-by-month calendar: 'When | Step | Owner | Metric | Complete?', NHS England's dates in grey italics. */
const CALENDAR: CellValue[][] = [
  ['Wessbury Mental Health NHS Trust'],
  ['WDES year planner 2024/25 (national dates in grey italics)'],
  [],
  ['When', 'Step', 'Owner', 'Metric', 'Complete?'],
  ['April 2024', 'Validate the ESR disability data before the return is made.', 'Workforce Information Lead', '1', 'Yes'],
  ['May 2024', 'Trusts submit WDES data to the national collection (1-31 May).', 'NHS England', '', ''],
  ['May 2024', 'Send our WDES return and file the signed-off figures.', 'Workforce Information Lead', '', 'Yes'],
  ['July 2024', 'Agree priority metrics with the Disability Staff Network.', 'Head of Inclusion', '4a, 8', ''],
  ['October 2024', 'Board approves the WDES report and action plan.', 'Trust Board', '', ''],
  ['31 October 2024', 'National deadline to publish the WDES report on the trust website.', 'NHS England', '', ''],
  ['November 2024', 'Publish the report and an easy read version on our website.', 'Communications Lead', '', ''],
  ['March 2025', 'Report progress on the priority metrics to the People Committee.', 'Director of People', '8', ''],
];

/** Another layout: 'Action | Target date | Lead | RAG', national rows in grey only, led by 'NHS England and NHS Improvement'. */
const TABLE: CellValue[][] = [
  ['Brackenholme Hospitals NHS Foundation Trust – WRES action plan 2022/23'],
  ['Action', 'Target date', 'Lead', 'RAG'],
  ['Publish the WRES data to the staff intranet with a briefing for managers.', 'Sep 2022', 'Head of EDI', 'Green'],
  ['WRES data collection window opens for all NHS trusts.', 'Jun 2022', 'NHS England and NHS Improvement', ''],
  ['Introduce diverse interview panels for all posts at Band 8a and above.', 'Dec 2022', 'Head of Recruitment', 'Amber'],
  ['Run a reverse mentoring programme for the executive team.', 'Mar 2023', 'Chief People Officer', 'Amber'],
  ['National WRES report published.', 'Feb 2023', 'NHSE/I', ''],
  ['Review disciplinary cases by ethnicity every quarter.', 'Mar 2023', 'Head of Employee Relations', 'Red'],
];

describe('national dates shown among the trust\'s steps', () => {
  it('sets aside a calendar\'s grey italic rows led by NHS England, with why', () => {
    const report = checkPlan(grid(CALENDAR, [6, 10], true), { asAt: AS_AT });
    expect(rows(report)).toEqual([5, 7, 8, 9, 11, 12]);
    expect(report.actions.find((a) => a.row === 9)?.lead).toBe('Trust Board');
    expect(asides(report)).toContainEqual(expect.stringMatching(/^Row 6: .*Trusts submit WDES data.*'NHS England' in C6 does it, not the trust, and the row is written in grey \(#808080\) italics unlike the trust's own steps: a national date shown for timing/));
    expect(asides(report).some((m) => m.startsWith('Row 10:'))).toBe(true);
  });

  it('sets aside grey rows led by a national body in a plan laid out otherwise', () => {
    const report = checkPlan(grid(TABLE, [4, 7], false), { asAt: AS_AT });
    expect(rows(report)).toEqual([3, 5, 6, 8]);
    expect(asides(report)).toContainEqual(expect.stringMatching(/^Row 4: .*'NHS England and NHS Improvement' in C4 does it, not the trust, and the row is written in grey \(#808080\) unlike/));
    expect(asides(report)).toContainEqual(expect.stringMatching(/^Row 7: .*'NHSE\/I' in C7/));
  });

  it('keeps a plain row led by NHS England: written like the others, it is a step the trust lists', () => {
    const report = checkPlan(grid(CALENDAR, [], false), { asAt: AS_AT });
    expect(rows(report)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('keeps grey rows when grey is the plan\'s own way of writing (greyed-out completed actions), and a grey row led by the trust', () => {
    const greyMost = checkPlan(grid(TABLE, [3, 4, 5, 6], false), { asAt: AS_AT });
    expect(rows(greyMost)).toEqual([3, 4, 5, 6, 7, 8]);
    const greyTrust = checkPlan(grid(TABLE, [3], false), { asAt: AS_AT });
    expect(rows(greyTrust)).toEqual([3, 4, 5, 6, 7, 8]);
  });
});
