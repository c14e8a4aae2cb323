import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readRating, saysNoActionNeeded } from '../../../shared/grid/find-rating-column';
import { readBracketedColours } from '../../../shared/rag/read-bracketed-colours';
import type { CellValue, Grid, PlanReport } from '../../../shared/types';

/**
 * A GAP ANALYSIS / SELF-ASSESSMENT (holdout22 ashlow): each requirement is rated on an assessment scale (Compliant /
 * Partially compliant / Not compliant; Met / Partially met / Not met; Fully / Partly / Not in place), the rating filled
 * green / amber / red, and only the requirements with a gap carry an action. A row rated as met whose action cell says
 * none is needed ('No further action required.', 'None required', 'N/A', '—') is no action, and says why. Beside the
 * plan's own status column the rating is context: never the status, and its fill never the RAG.
 */
const AS_AT = new Date(Date.UTC(2023, 5, 1));
const GREEN = '#00B050';
const AMBER = '#FFC000';
const RED = '#FF0000';
const BLUE = '#0070C0';
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const rows = (report: PlanReport) => report.actions.map((a) => a.row);
const asides = (report: PlanReport) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

/** Fills for a grid: `at` maps 'row,column' (0-based) to a colour. */
function fillsOf(values: CellValue[][], at: Record<string, string>): (string | null)[][] {
  return values.map((row, r) => row.map((_, c) => at[`${r},${c}`] ?? null));
}

/** A WDES self-assessment: the rating 'Self-assessment' (Met / Partially met / Not met) before the action, status after. */
const WDES: CellValue[][] = [
  ['Fenwold Mental Health NHS Foundation Trust'],
  ['WDES action plan 2023/24 – self-assessment against the disability inclusion standards'],
  ['Standard', 'Self-assessment', 'Our evidence', 'Action', 'WDES metric', 'Owner', 'Due', 'Progress status'],
  ['Reasonable adjustments are agreed within 4 weeks', 'Met', 'Passport in place since 2021.', 'None required', 'n/a', 'n/a', 'n/a', 'n/a'],
  ['Disabled staff are on every interview panel for Band 7+', 'Partially met', 'Panels for Band 8a+ only.', 'Extend disabled panel members to every Band 7 interview panel.', 'Metric 2', 'Head of Recruitment', 'Dec 2023', 'On track'],
  ['Capability processes are reviewed by disability', 'Not met', 'No review yet.', 'Review capability cases by disability status every quarter and report to the People Committee.', 'Metric 3', 'Head of Employee Relations', 'Mar 2024', 'Complete'],
  ['A disability staff network with a board sponsor', 'Met', 'Network and sponsor since 2020.', 'N/A', '—', '—', '—', 'N/A'],
  ['Disabled staff feel their voice is heard', 'Partially met', 'Survey score below average.', 'Hold a listening event for disabled staff in each care group.', 'Metric 9a', 'EDI Lead', 'Feb 2024', 'At risk'],
];
const WDES_FILLS = fillsOf(WDES, { '3,1': GREEN, '4,1': AMBER, '5,1': RED, '6,1': GREEN, '7,1': AMBER, '4,7': GREEN, '5,7': BLUE, '7,7': AMBER });

/** A WRES baseline assessment: the rating after the action ('Fully / Partly / Not in place'), a dash where none is needed. */
const WRES: CellValue[][] = [
  ['Harrowby Hospitals NHS Trust – WRES action plan 2024/25'],
  [],
  ['Ref', 'WRES indicator', 'What we will do', 'Lead', 'By when', 'RAG status', 'Where we are'],
  ['W1', 'Indicator 1', 'Publish a workforce profile by ethnicity and band for each division every quarter.', 'Head of Workforce Information', '30/09/2024', 'Complete', 'Partly in place'],
  ['W2', 'Indicator 2', '—', '—', '—', '', 'Fully in place'],
  ['W3', 'Indicator 4', 'Ring-fence 10% of leadership programme places for BME staff.', 'Head of OD', '31/12/2024', 'On track', 'Not in place'],
  ['W4', 'Indicator 5', 'No further action – monitored through the annual staff survey.', '', '', '', 'Fully in place'],
  ['W5', 'Indicator 7', 'Launch reverse mentoring for every executive director.', 'Chief People Officer', '31/03/2025', 'Off track', 'Partly in place'],
];
const WRES_FILLS = fillsOf(WRES, { '3,5': BLUE, '5,5': GREEN, '7,5': RED, '3,6': AMBER, '4,6': GREEN, '5,6': RED, '6,6': GREEN, '7,6': AMBER });

describe('a gap analysis: only the requirements with a gap carry an action', () => {
  it('sets aside a WDES row rated Met that says none is required, with why, and reads the status column, not the rating', () => {
    const report = read({ values: WDES, sheetName: 'Self-assessment', fills: WDES_FILLS });
    expect(rows(report)).toEqual([5, 6, 8]);
    expect(asides(report)).toContain(`Row 4: "None required" is read as a requirement already met that needs no action, not an action — it is rated 'Met' in B4 and says 'None required': the requirement is already met, so nothing is to be done`);
    // A bare 'N/A' or dash in the action cell was already no action (a note: no words): the rating only explains more.
    expect(asides(report).some((m) => m.startsWith('Row 7:'))).toBe(true);
    expect(report.actions.map((a) => [a.status, a.rag])).toEqual([['On track', 'green'], ['Complete', 'blue'], ['At risk', 'amber']]);
    expect(report.columns.status).toBe('H');
  });

  it('sets aside a WRES row rated Fully in place that says no further action, with the rating after the action', () => {
    const report = read({ values: WRES, sheetName: 'WRES 2024-25', fills: WRES_FILLS });
    expect(rows(report)).toEqual([4, 6, 8]);
    expect(asides(report)).toContain(`Row 7: "No further action – monitored through the annual staff surv…" is read as a requirement already met that needs no action, not an action — it is rated 'Fully in place' in G7 and says 'No further action – monitored through the annual staff survey': the requirement is already met, so nothing is to be done`);
    expect(report.actions.map((a) => [a.status, a.rag])).toEqual([['Complete', 'blue'], ['On track', 'green'], ['Off track', 'red']]);
  });

  it('keeps a row saying no further action under a rating that is not met: the plan contradicts itself, the user decides', () => {
    const partly = WRES.map((row, r) => (r === 6 ? [...row.slice(0, 6), 'Partly in place'] : row));
    expect(rows(read({ values: partly, sheetName: 'WRES 2024-25', fills: WRES_FILLS }))).toEqual([4, 6, 7, 8]);
  });

  it('with no status column, the rating stays the status, and met rows that need nothing are still set aside', () => {
    const values = WDES.map((row) => row.slice(0, 7));
    const report = read({ values, sheetName: 'Self-assessment', fills: fillsOf(values, { '3,1': GREEN, '4,1': AMBER, '5,1': RED, '6,1': GREEN, '7,1': AMBER }) });
    expect(rows(report)).toEqual([5, 6, 8]);
    expect(report.actions.map((a) => [a.status, a.rag])).toEqual([['Partially met', 'amber'], ['Not met', 'red'], ['Partially met', 'amber']]);
  });
});

describe('an ordinary plan is read as before', () => {
  /** Status 'Complete / In progress', and an action that confirms no further action is needed: a real action. */
  const PLAN: CellValue[][] = [
    ['Oakhurst Community NHS Trust – WRES action plan 2020/21'],
    ['No.', 'Action', 'WRES indicator', 'Lead', 'Target date', 'Status'],
    [1, 'Confirm no further action is required on the 2019 audit of shortlisting.', 'Indicator 2', 'Head of Resourcing', 'Sep 2020', 'Complete'],
    [2, 'Run a reverse mentoring scheme for the executive team.', 'Indicator 7', 'Chief People Officer', 'Mar 2021', 'In progress'],
    [3, 'Publish the WRES data for each directorate.', 'Indicator 1', 'Workforce Information Manager', 'Dec 2020', 'In progress'],
    [4, 'Not applicable this year: see the 2021/22 plan.', 'Indicator 9', 'Company Secretary', 'n/a', 'Complete'],
  ];
  it('reads every row as an action, the status from its Status column', () => {
    const report = read({ values: PLAN, sheetName: 'Plan' });
    expect(rows(report)).toEqual([3, 4, 5, 6]);
    expect(report.actions[0].status).toBe('Complete');
    expect(asides(report)).toEqual([]);
  });
});

describe('the words of an assessment scale and of no action', () => {
  it('reads the levels of the three scales, and no status word as one', () => {
    expect(['Compliant', 'Partially compliant', 'Non-compliant', 'Fully met', 'Partly in place', 'Not in place.'].map(readRating)).toEqual(['met', 'part', 'not', 'met', 'part', 'not']);
    expect(['Complete', 'On track', 'Achieved', 'Met deadline'].map(readRating)).toEqual([null, null, null, null]);
  });
  it('says no action is needed only for a cell that says only that', () => {
    expect(['No further action required.', 'No action needed', 'None required', 'N/A', 'n/a', '—', '-'].every(saysNoActionNeeded)).toBe(true);
    expect(['Confirm no further action is required on the 2019 audit', 'Not applicable this year: see the 2021/22 plan.', 'Review whether any action is needed'].some(saysNoActionNeeded)).toBe(false);
  });
  it('reads two keys on one line, the second titled after a full stop', () => {
    const key = readBracketedColours('Our position: Compliant (green), Not compliant (red). Action status: Complete (blue), At risk (amber).');
    expect(key.entries.map((e) => [e.label, e.rag])).toEqual([['Compliant', 'green'], ['Not compliant', 'red'], ['Complete', 'blue'], ['At risk', 'amber']]);
  });
});
