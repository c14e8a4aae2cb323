import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid, PlanReport } from '../../../shared/types';

/**
 * A row whose ACTION TEXT is itself only a note that the action was taken out ('Deleted – duplicate of action 2.',
 * 'Removed – merged with 3.1', 'Withdrawn') and that names no lead, timescale or status is no action: set aside with
 * why. A withdrawn action keeping its own text and a status 'Withdrawn' stays an action, and so does an action whose
 * text merely mentions deleting something.
 */
const AS_AT = new Date(Date.UTC(2023, 1, 1));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const asides = (report: PlanReport) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);
const rows = (report: PlanReport) => report.actions.map((a) => a.row);

/** A WDES plan: ref, metric, action, lead, date, progress, RAG; the fourth row's text replaced by a deletion note. */
const WDES: CellValue[][] = [
  ['Ashcombe Hospitals NHS Trust – WDES action plan 2022/23'],
  ['No.', 'Metric', 'Action', 'Action owner', 'Target date', 'Update', 'RAG'],
  [1, 'Metric 1', 'Remind all staff to update their disability status in ESR each year.', 'Workforce Systems Manager', 'Sep 2022', 'Reminders live.', 'Complete'],
  [2, 'Metric 2', 'Publish a guide for disabled applicants on asking for adjustments at interview.', 'Head of Recruitment', 'Nov 2022', 'Guide drafted.', 'On target'],
  [3, 'Metric 4', 'Add a disability harassment category to the incident reporting form.', 'Head of Risk', 'Oct 2022', 'Live.', 'Complete'],
  [4, 'Metric 6', 'Deleted – duplicate of action 2.', null, null, null, null],
  [5, 'Metric 9a', 'Hold a focus group for disabled staff in each division and share what we learn.', 'Equality and Inclusion Manager', 'Feb 2023', 'Three of five held.', 'On target'],
];

/** A WRES tracker laid out otherwise: the action first, then its ref and indicator; a row merged away near the top. */
const WRES: CellValue[][] = [
  ['Brackenford Community NHS Trust', null, null, null, null, null],
  ['WRES improvement plan 2021-22', null, null, null, null, null],
  ['What we will do', 'Ref', 'WRES indicator', 'Who', 'By when', 'Status'],
  ['Publish a workforce profile by ethnicity and band for each care group every quarter.', '3.0', 'Ind. 1', 'Head of Workforce Information', '30/06/2021', 'Complete'],
  ['Removed – merged with 3.1', '3.2', 'Ind. 2', null, null, null],
  ['Put a trained BME panel member on every interview panel for Band 8a and above.', '3.1', 'Ind. 2', 'Head of Recruitment', '31/10/2021', 'On track'],
  ['Launch a mentoring scheme pairing BME staff with senior leaders.', '3.3', 'Ind. 7', 'Head of OD', '31/03/2022', 'On track'],
  ['Report concerns of discrimination raised by BME staff to the Board twice a year.', '3.4', 'Ind. 8', 'Freedom to Speak Up Guardian', '31/03/2022', 'Not started'],
];

describe('a row whose action text only says the action was taken out', () => {
  it('sets the deletion note aside with why, and reads the other rows as before', () => {
    const report = read({ values: WDES, sheetName: 'WDES' });
    expect(rows(report)).toEqual([3, 4, 5, 7]);
    expect(asides(report)).toContain(
      `Row 6: "Deleted – duplicate of action 2." is read as a note, not an action — 'Deleted – duplicate of action 2.' says the action was taken out, and the row names no lead, timescale or status`,
    );
  });

  it('sets aside a merged-away row laid out otherwise', () => {
    const report = read({ values: WRES, sheetName: 'WRES' });
    expect(rows(report)).toEqual([4, 6, 7, 8]);
    expect(asides(report).some((m) => m.startsWith(`Row 5: "Removed – merged with 3.1" is read as a note`))).toBe(true);
  });

  it('keeps a withdrawn action with its own text and a status Withdrawn as an action', () => {
    const values = WDES.map((row) => [...row]);
    values[5] = [4, 'Metric 6', 'Withdrawn', 'Head of OD', 'Mar 2023', 'Replaced by action 2.', 'Withdrawn'];
    expect(rows(read({ values, sheetName: 'WDES' }))).toEqual([3, 4, 5, 6, 7]);
    values[5] = [4, 'Metric 6', 'Commission an external review of staff voice.', 'Head of OD', 'Mar 2023', 'Withdrawn – replaced by action 2.', 'Withdrawn'];
    const report = read({ values, sheetName: 'WDES' });
    expect(rows(report)).toEqual([3, 4, 5, 6, 7]);
    expect(report.actions[3].status).toBe('Withdrawn');
  });

  it('keeps an action whose text merely mentions deleting, even with no lead, date or status', () => {
    const values = WDES.map((row) => [...row]);
    values[5] = [4, 'Metric 6', 'Delete outdated job descriptions from the intranet.', null, null, null, null];
    expect(rows(read({ values, sheetName: 'WDES' }))).toEqual([3, 4, 5, 6, 7]);
  });
});
