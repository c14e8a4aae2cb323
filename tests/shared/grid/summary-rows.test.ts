import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Counts written under (or in) a plan — "Total actions | 13", "Complete | 5", "Total | 11 actions" — are a summary of
 * the plan, never actions, wherever their cells fall (a label in the action column, a count under the timescale).
 */
const AS_AT = new Date(Date.UTC(2022, 1, 14));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });

describe('a summary of counts under the plan', () => {
  it('reads a tracker\'s "Summary" block (label under Action, count under Due date) as no actions', () => {
    const report = read([
      ['Ref', 'Metric', 'Action', 'Lead', 'Due date', 'Status'],
      ['WD01', 'WDES-M1', 'Run a declaration campaign with staff stories.', 'Head of Workforce Intelligence', '31/10/2021', 'Complete'],
      ['WD02', 'WDES-M2', 'Audit shortlisting of disabled applicants at Band 7 and above.', 'Head of Resourcing', '31/12/2021', 'Overdue'],
      ['WD03', 'WDES-M3', 'Change the capability policy to require Occupational Health advice.', 'Head of Employee Relations', '31/03/2022', 'In progress'],
      [],
      [null, null, 'Summary'],
      [null, null, 'Total actions', null, 3],
      [null, null, 'Complete', null, 1],
      [null, null, 'In progress', null, 1],
      [null, null, 'Overdue', null, 1],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    const aside = report.issues.filter((i) => i.rule === 'row-set-aside');
    expect(aside.map((i) => i.row)).toEqual([7, 8, 9, 10]);
    expect(aside[0].message).toBe(`Row 7: "Total actions | 3" is read as a summary, not an action — 'Total actions' beside '3' is a count of the plan's actions`);
  });

  it('reads "Total | 11 actions" and "Actions overdue | 2" under a plan with the ref first', () => {
    const report = read([
      ['No.', 'Action', 'Lead', 'Timescale', 'RAG'],
      ['1', 'Use diverse interview panels for Band 7 and above', 'Head of Resourcing', 'Q3 2023/24', 'Green'],
      ['2', 'Publish the WRES data on the website', 'EDI Lead', 'Q2 2023/24', 'Amber'],
      [],
      ['Total', '11 actions'],
      ['Actions overdue', null, null, '2'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});

describe('rows that look like counts but are actions', () => {
  it('keeps "5 | Reverse mentoring" and "12 | Complete": the number is the row\'s own ref', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Status'],
      ['4', 'Launch a coaching programme for BME staff', 'Head of OD', 'Complete'],
      ['5', 'Reverse mentoring'],
      ['12', null, null, 'Complete'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
  });
});

/** Fills for a grid: each row's status cell in the colour its word names (the status column given), the rest none. */
const STATUS_FILL: Record<string, string> = { complete: '#0070C0', 'on track': '#00B050', green: '#00B050', delayed: '#FFC000', amber: '#FFC000', 'at risk': '#FFC000', 'not started': '#FF0000', red: '#FF0000' };
const fillsOf = (values: CellValue[][], status: number) => values.map((row) => row.map((v, c) => (c === status && typeof v === 'string' ? STATUS_FILL[v.toLowerCase()] ?? null : null)));
const setAside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside');

describe('a summary line under each group of actions, counting or rating them', () => {
  it("reads a WDES plan's 'Metric N subtotal' rows (a count under Action, counts by status under Progress) as no actions", () => {
    const values: CellValue[][] = [
      ['Ref', 'WDES metric', 'Action', 'Owner', 'Deadline', 'RAG', 'Progress'],
      ['4.1', 'Metric 4 – Bullying and harassment', 'Launch a reporting route for disabled staff harassed by patients.', 'Head of Staff Experience', '30/06/2022', 'Green', 'Route live on the intranet.'],
      ['4.2', 'Metric 4 – Bullying and harassment', 'Train managers to respond to disclosures of harassment.', 'Head of OD', '31/03/2022', 'Amber', 'Two of five cohorts trained.'],
      ['4.3', 'Metric 4 – Bullying and harassment', 'Add a disability question to the exit interview.', 'HR Business Partner', '31/12/2021', 'Green', 'Question added.'],
      [null, 'Metric 4 subtotal', '3', null, null, 'Amber', '2 green / 1 amber / 0 red'],
      ['7.1', 'Metric 7 – Feeling valued', 'Run listening events with the disability network.', 'EDI Lead', '30/04/2022', 'Red', 'Not yet scheduled.'],
      ['7.2', 'Metric 7 – Feeling valued', 'Publish what changed after each listening event.', 'EDI Lead', '31/05/2022', 'Green', 'First update written.'],
      [null, 'Metric 7 subtotal', '2', null, null, 'Red', '1 green / 0 amber / 1 red'],
    ];
    const report = read(values, { fills: fillsOf(values, 5) });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 6, 7]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['4'], ['4'], ['4'], ['7'], ['7']]);
    expect(report.actions.map((a) => a.status)).toEqual(['Green', 'Amber', 'Green', 'Red', 'Green']);
    const aside = setAside(report);
    expect(aside.map((i) => i.row)).toEqual([5, 8]);
    expect(aside[0].message).toBe(
      `Row 5: "Metric 4 subtotal | 3 | Amber | 2 green / 1 amber / 0 red" is read as a summary, not an action — a summary line: 'Metric 4 subtotal' counts the 3 actions of its group above it (rows 2–4) by status (2 green, 1 amber) and names their group ('Metric 4'); it has no ref, lead or timescale of its own`,
    );
  });

  it("reads a plan grouped by theme with 'Theme total: 3 actions, 2 complete' under each group (its RAG filled) as no actions, and keeps each group's theme", () => {
    const values: CellValue[][] = [
      ['No.', 'Action', 'Lead', 'Timescale', 'Progress RAG', 'Update'],
      ['Theme 1: Recruitment and promotion'],
      ['1', 'Use diverse interview panels for Band 7 and above.', 'Head of Resourcing', 'Q3 2021/22', 'Complete', 'In place.'],
      ['2', 'Publish shortlisting ratios by ethnicity each quarter.', 'Workforce Information Manager', 'Q4 2021/22', 'Complete', 'Published.'],
      ['3', 'Offer a coaching programme to BME staff at Bands 5–7.', 'Head of OD', 'Q1 2022/23', 'On track', 'Coaches recruited.'],
      [null, 'Theme total: 3 actions, 2 complete', null, null, 'On track'],
      ['Theme 2: Culture and belonging'],
      ['4', 'Refresh the Freedom to Speak Up champions network.', 'FTSU Guardian', 'Q2 2022/23', 'Delayed', 'Recruitment paused.'],
      ['5', 'Run reciprocal mentoring for the executive team.', 'Chief People Officer', 'Q4 2021/22', 'On track', 'Pairs matched.'],
      [null, 'Theme total: 2 actions, 0 complete', null, null, 'Delayed'],
      [],
      [null, 'Plan total: 5 actions – 2 complete, 2 on track, 1 delayed'],
    ];
    const report = read(values, { fills: fillsOf(values, 4) });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5, 8, 9]);
    expect(report.actions.map((a) => a.theme)).toEqual(['Theme 1: Recruitment and promotion', 'Theme 1: Recruitment and promotion', 'Theme 1: Recruitment and promotion', 'Theme 2: Culture and belonging', 'Theme 2: Culture and belonging']);
    const aside = setAside(report);
    expect(aside.map((i) => i.row)).toEqual([6, 10, 12]);
    expect(aside[0].message).toBe(
      `Row 6: "Theme total: 3 actions, 2 complete | On track" is read as a summary, not an action — a summary line: 'Theme total: 3 actions, 2 complete' counts the 3 actions of its group above it (rows 3–5) by status (2 complete); it has no ref, lead or timescale of its own`,
    );
    expect(aside[2].message).toContain("'Plan total: 5 actions – 2 complete, 2 on track, 1 delayed' counts the 5 actions of the plan above it (rows 3–9) by status (2 complete, 2 on track, 1 delayed)");
  });

  it("reads 'Subtotal – Metric N' rows counting the marks under the plan's R | A | G columns as no actions, and still finds the band", () => {
    const report = checkPlan(
      {
        values: [
          ['Ref', 'Metric', 'Action', 'Lead', 'Due', 'R', 'A', 'G'],
          ['M1.1', 'Metric 1 – Workforce representation', 'Run a declaration campaign with staff stories.', 'Head of Workforce Intelligence', '31/10/2021', null, null, '✓'],
          ['M1.2', 'Metric 1 – Workforce representation', 'Add disability to the workforce dashboard.', 'Workforce Analyst', '31/12/2021', null, '✓', null],
          [null, 'Subtotal – Metric 1', '2 actions', null, null, 0, 1, 1],
          ['M2.1', 'Metric 2 – Shortlisting', 'Audit shortlisting of disabled applicants.', 'Head of Resourcing', '31/03/2022', '✓', null, null],
          ['M2.2', 'Metric 2 – Shortlisting', 'Guarantee an interview under the Disability Confident scheme.', 'Head of Resourcing', '31/03/2022', null, null, '✓'],
          ['M2.3', 'Metric 2 – Shortlisting', 'Train panels on reasonable adjustments at interview.', 'Head of OD', '30/06/2022', null, null, '✓'],
          [null, 'Subtotal – Metric 2', '3 actions', null, null, 1, 0, 2],
        ],
      },
      { asAt: new Date(Date.UTC(2021, 5, 1)) },
    );
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 5, 6, 7]);
    expect(report.actions.map((a) => a.rag)).toEqual(['green', 'amber', 'red', 'green', 'green']);
    expect(report.actions.map((a) => a.indicators)).toEqual([['1'], ['1'], ['2'], ['2'], ['2']]);
    expect(setAside(report)[1].message).toBe(
      `Row 8: "Subtotal – Metric 2 | 3 actions | 1 | 0 | 2" is read as a summary, not an action — a summary line: 'Subtotal – Metric 2' counts the 3 actions of its group above it (rows 5–7) (3 actions, 1 in column F, 0 in column G, 2 in column H) and names their group ('Metric 2'); it has no ref, lead or timescale of its own`,
    );
  });

  it("reads a line that repeats its group's label over the group's counts, with no roll-up word, as no action", () => {
    const report = read([
      ['Indicator', 'Action', 'Lead', 'Due', 'Status'],
      ['Indicator 2 – Shortlisting', 'Train recruiting managers in inclusive recruitment.', 'Head of Recruitment', '31/12/2021', 'Delayed'],
      ['Indicator 2 – Shortlisting', 'Add a diverse panel member for Band 6 and above.', 'Head of Recruitment', '31/03/2022', 'On track'],
      ['Indicator 2 – Shortlisting', '2 actions: 1 on track, 1 delayed', null, null, 'Delayed'],
      ['Indicator 3 – Disciplinary', 'Introduce a pre-investigation review before formal cases.', 'Head of Employee Relations', '31/03/2022', 'On track'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 5]);
    expect(setAside(report)[0].message).toContain("counts the 2 actions of its group above it (rows 2–3) by status (1 on track, 1 delayed) and names their group ('Indicator 2 – Shortlisting')");
  });

  it("reads a roll-up whose label holds no number ('Summary', 'Whole plan') beside its counts as no action; an action's row with two texts of words stays one", () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Status', 'Progress'],
      ['1', 'Train recruiting managers in inclusive recruitment.', 'Head of Recruitment', '31/12/2021', 'Delayed', 'Two sessions run'],
      ['2', 'Add a diverse panel member for Band 6 and above.', 'Head of Recruitment', '31/03/2022', 'On track', 'Panel list drafted'],
      ['3', 'Publish shortlisting ratios by ethnicity.', 'Workforce Analyst', '31/03/2022', 'Complete', 'Published in May'],
      [null, 'Summary', null, null, null, '3 actions – 1 complete, 1 on track, 1 delayed'],
      [null, 'Whole plan', '3 actions', null, null, '1 complete / 1 on track / 1 delayed'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    const aside = setAside(report);
    expect(aside.map((i) => i.row)).toEqual([5, 6]);
    expect(aside[0].message).toContain("a summary line: 'Summary' counts the 3 actions of its group above it (rows 2–4) by status (1 complete, 1 on track, 1 delayed)");
    expect(aside[1].message).toContain("a summary line: 'Whole plan' counts the 3 actions of the plan above it (rows 2–4)");
  });

  it('reads a roll-up whose counts no longer agree (a formula not recalculated) by its label, the group it names and the fields it lacks', () => {
    const report = read([
      ['Ref', 'Indicator', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Indicator 2 – Shortlisting', 'Train recruiting managers in inclusive recruitment.', 'Head of Recruitment', '31/12/2021', 'Delayed'],
      ['2', 'Indicator 2 – Shortlisting', 'Add a diverse panel member for Band 6 and above.', 'Head of Recruitment', '31/03/2022', 'On track'],
      [null, 'Indicator 2 summary', 'Indicator 2: 3 actions – 1 complete, 1 on track, 1 delayed', null, null, 'Delayed'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(setAside(report)[0].message).toContain("a summary line: 'Indicator 2 summary' counts actions (3 actions, 1 complete, 1 on track, 1 delayed) and names their group ('Indicator 2'); it has no ref, lead or timescale of its own");
  });
});

describe('actions that mention counts stay actions', () => {
  it('keeps an action about counting actions, one whose progress counts, and an indicator row of figures', () => {
    const report = read([
      ['Ref', 'Indicator', 'Action', 'Lead', 'Due', 'Status', 'Progress'],
      ['1', 'Indicator 1', 'Report the number of actions complete to the Board each quarter.', 'Director of People', '31/03/2022', 'On track', 'Q1 and Q2 reported.'],
      ['2', 'Indicator 1', 'Review progress: 2 actions complete, 1 on track', 'EDI Lead', '31/12/2021', 'Complete', '2 complete, 1 on track'],
      ['3', 'Indicator 1', 'Hold 2 listening events', 'EDI Lead', '30/06/2022', 'On track', '1 complete'],
      [null, 'Indicator 3', '4', null, null, null, '12'],
      ['4', 'Indicator 3', 'Introduce a pre-investigation review before formal disciplinary cases.', 'Head of Employee Relations', '31/03/2022', 'On track', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 6]);
    expect(setAside(report).filter((i) => /summary/.test(i.message))).toEqual([]);
  });
});
