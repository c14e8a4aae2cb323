import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Keys given by colour alone: a 'Key' block of coloured labels under the plan (the labels in whatever columns the key
 * was typed in), and a dashboard of status tiles above it (each label filled in its colour over a count). Either is
 * the plan's key: 'Complete' filled blue makes a 'Complete' status blue. Each shown in two plans laid out differently.
 */
const AS_AT = new Date(Date.UTC(2024, 5 /* Jun */, 30));
const BLUE = '#0070C0';
const GREEN = '#00B050';
const AMBER = '#FFC000';
const RED = '#FF0000';
const grid = (values: CellValue[][], fills: (string | null)[][]): Grid => ({ values, fills });
const fillsAt = (height: number, at: Record<string, string>) =>
  Array.from({ length: height }, (_, r) => Array.from({ length: 8 }, (_, c) => at[`${r},${c}`] ?? null));

describe("a 'Key' block under the plan: coloured labels, each with what it means", () => {
  it("reads a 'Key' block's labels that sit under the plan's status column (its columns in another order) as the key", () => {
    // The key keeps the columns it was typed in; the plan's status column now sits over its labels, and the timescale
    // (first grid) or the lead (second) over their meanings.
    const key: CellValue[][] = [[], ['Key'], [null, 'Complete', 'Action delivered'], [null, 'On course', 'Due date will be met'], [null, 'Stalled', 'Will not be delivered']];
    const plans: CellValue[][][] = [
      [
        ['Lead', 'RAG', 'Due date', 'Action', 'Ref'],
        ['Head of Workforce Information', 'Complete', 'Q2 2024/25', 'Relaunch the declaration campaign through ESR.', '1.1'],
        ['Head of Occupational Health', 'On course', 'Q4 2024/25', 'Set up a central reasonable adjustments fund.', '1.2'],
        ['HR Business Partner', 'Stalled', 'Q3 2024/25', 'Review the capability policy with the Disability Network.', '2.1'],
        ...key,
      ],
      [
        ['Due date', 'RAG', 'Lead', 'Action'],
        ['Q2 2024/25', 'Complete', 'Head of Workforce Information', 'Relaunch the declaration campaign through ESR.'],
        ['Q4 2024/25', 'On course', 'Head of Occupational Health', 'Set up a central reasonable adjustments fund.'],
        ['Q3 2024/25', 'Stalled', 'HR Business Partner', 'Review the capability policy with the Disability Network.'],
        ...key,
      ],
    ];
    for (const values of plans) {
      const fills = fillsAt(values.length, { '1,1': BLUE, '2,1': GREEN, '3,1': RED, '6,1': BLUE, '7,1': GREEN, '8,1': RED });
      const report = checkPlan(grid(values, fills), { asAt: AS_AT });
      expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
      expect(report.ragKey.entries.map((e) => `${e.label} ${e.rag}`)).toEqual(['Complete blue', 'On course green', 'Stalled red']);
      expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'green', 'red']);
    }
  });

  it('reads labels typed under the action column with their meaning under the lead column as the key, not as actions', () => {
    const values: CellValue[][] = [
      ['WDES action plan 2024/25'],
      ['Ref', 'Action', 'Lead', 'Due date', 'RAG'],
      ['1.1', 'Relaunch the declaration campaign through ESR.', 'Head of Workforce Information', 'Q2 2024/25', 'Complete'],
      ['1.2', 'Set up a central reasonable adjustments fund.', 'Head of Occupational Health', 'Q4 2024/25', 'Green'],
      ['2.1', 'Review the capability policy with the Disability Network.', 'HR Business Partner', 'Q3 2024/25', 'Red'],
      [],
      [null, 'Key'],
      [null, 'Complete', 'Action delivered'],
      [null, 'Green', 'On track'],
      [null, 'Red', 'Not started'],
    ];
    const fills = fillsAt(values.length, { '2,4': BLUE, '3,4': GREEN, '4,4': RED, '7,1': BLUE, '8,1': GREEN, '9,1': RED });
    const report = checkPlan(grid(values, fills), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'green', 'red']);
  });

  it("reads a 'RAG key:' title over labels in the first column with long meanings beside them", () => {
    const values: CellValue[][] = [
      ['Action', 'Owner', 'By when', 'Status', 'Update'],
      ['Put a BME panel member on every Band 8a+ interview panel.', 'Head of Resourcing', 'March 2025', 'Done', 'In place since May.'],
      ['Launch the reverse mentoring scheme.', 'Head of OD', 'Autumn 2024', 'Slipping', 'Mentors recruited.'],
      ['Audit every disciplinary case by ethnicity.', 'Head of Employee Relations', 'Q4 2024/25', 'Done', 'Audit reported.'],
      [],
      ['RAG key:'],
      ['Done', 'Delivered and signed off by the EDI Committee'],
      ['Slipping', 'Behind plan but recoverable within the year'],
    ];
    const fills = fillsAt(values.length, { '6,0': BLUE, '7,0': AMBER });
    const report = checkPlan(grid(values, fills), { asAt: AS_AT });
    expect(report.actions).toHaveLength(3);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'amber', 'blue']);
  });
});

/**
 * Which cell of a key entry is the label is told by its colour, not its column: a trust writes what each colour means
 * before its swatch as often as after, and moving a plan's columns moves its key's with them.
 */
describe("a 'Key' block whose meanings come before their coloured labels", () => {
  it('reads meanings under the lead column and coloured labels under the timescale column as the key, not as actions', () => {
    const values: CellValue[][] = [
      ['Ref', 'Lead', 'Action', 'Due date', 'RAG'],
      ['1.1', 'Head of Workforce Information', 'Relaunch the declaration campaign through ESR.', 'Q2 2024/25', 'Complete'],
      ['1.2', 'Head of Occupational Health', 'Set up a central reasonable adjustments fund.', 'Q4 2024/25', 'On track'],
      ['2.1', 'HR Business Partner', 'Review the capability policy with the Disability Network.', 'Q3 2024/25', 'Off track'],
      [],
      [null, null, null, 'Key'],
      [null, 'Action delivered', null, 'Complete'],
      [null, 'Delivery by the due date expected', null, 'On track'],
      [null, 'Not started, or will miss the due date', null, 'Off track'],
    ];
    const fills = fillsAt(values.length, { '6,3': BLUE, '7,3': GREEN, '8,3': RED });
    const report = checkPlan(grid(values, fills), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'green', 'red']);
  });

  it("reads a 'Status key' of long meanings in the first column, each followed by its swatch", () => {
    const values: CellValue[][] = [
      ['WDES action plan 2024/25'],
      ['Action', 'Owner', 'By when', 'Status'],
      ['Guarantee an interview to disabled applicants who meet the criteria.', 'Head of Resourcing', 'March 2025', 'Done'],
      ['Introduce a Reasonable Adjustments Passport.', 'Head of Wellbeing', 'Autumn 2024', 'Slipping'],
      [],
      ['Status key'],
      ['Delivered and signed off by the EDI Committee', 'Done'],
      ['Behind plan but recoverable within the year', 'Slipping'],
    ];
    const fills = fillsAt(values.length, { '6,1': BLUE, '7,1': AMBER });
    const report = checkPlan(grid(values, fills), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'amber']);
  });
});

describe('a dashboard of status tiles above the plan: each label filled in its colour over its count', () => {
  it("takes the tiles' colours as the key, the uncoloured 'Total actions' tile keying nothing", () => {
    const values: CellValue[][] = [
      ['WDES action plan 2025/26'],
      ['Dashboard – progress at Q3'],
      ['Total actions', null, 'Complete', 'On track', 'Delayed', 'Not started'],
      [3, null, 1, 1, 1, 0],
      [],
      ['Ref', 'Action', 'Lead', 'Timescale', 'Status'],
      ['S01', 'Give every Board member a disability equality objective.', 'Chair', 'By end of March', 'Complete'],
      ['S02', 'Appoint an executive sponsor for the Disability Network.', 'Chief Executive', 'Autumn 2025', 'On track'],
      ['S03', 'Publish the disability pay gap.', 'Director of People', '2025/26 Q3', 'Delayed'],
    ];
    const fills = fillsAt(values.length, { '2,2': BLUE, '2,3': GREEN, '2,4': AMBER, '2,5': RED });
    const report = checkPlan(grid(values, fills), { asAt: AS_AT });
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['Complete', 'blue'], ['On track', 'green'], ['Delayed', 'amber']]);
  });

  it('reads tiles whose counts are percentages, in the same cells filled as the labels', () => {
    const values: CellValue[][] = [
      ['WRES action plan 2024/25'],
      ['Achieved', 'Progressing', 'At risk', 'Not begun'],
      ['25%', '50%', '25%', '0%'],
      ['Action', 'Lead', 'Due', 'RAG status'],
      ['Publish the workforce profile by band.', 'Head of Workforce Information', 'Q2 2024/25', 'Achieved'],
      ['Put a BME panel member on every Band 8a+ panel.', 'Head of Resourcing', 'Q3 2024/25', 'Progressing'],
      ['Launch the reverse mentoring scheme.', 'Head of OD', 'Q4 2024/25', 'At risk'],
      ['Audit every disciplinary case by ethnicity.', 'Head of Employee Relations', 'Q4 2024/25', 'Progressing'],
    ];
    const fills = fillsAt(values.length, { '1,0': BLUE, '1,1': GREEN, '1,2': AMBER, '1,3': RED, '2,0': BLUE, '2,1': GREEN, '2,2': AMBER, '2,3': RED });
    const report = checkPlan(grid(values, fills), { asAt: AS_AT });
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'green', 'amber', 'green']);
  });

  it('a row of coloured headings over words is no dashboard', () => {
    const values: CellValue[][] = [
      ['WRES action plan 2024/25'],
      ['Recruitment', 'Retention', 'Culture'],
      ['Fair shortlisting', 'Exit interviews', 'Civility campaign'],
      ['Action', 'Lead', 'Due', 'Status'],
      ['Publish the workforce profile by band.', 'Head of Workforce Information', 'Q2 2024/25', 'Complete'],
      ['Launch the reverse mentoring scheme.', 'Head of OD', 'Q4 2024/25', 'In progress'],
    ];
    const fills = fillsAt(values.length, { '1,0': BLUE, '1,1': GREEN, '1,2': AMBER });
    const report = checkPlan(grid(values, fills), { asAt: AS_AT });
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', 'amber']);
  });
});

describe("a key along one row under the plan: a 'Key' title, then each label filled in its colour", () => {
  it("reads 'Status key:' under the action column and four filled words across the row as the key, not as an action", () => {
    const values: CellValue[][] = [
      ['WDES Action Plan 2021 – 2022'],
      ['Action No', 'Action', 'WDES Metric', 'Lead', 'Target Date', 'Progress', 'Status'],
      ['1', 'Run a declaration campaign through the staff app.', 'M1', 'Head of Workforce Intelligence', 'Dec 2021', 'Declaration up to 4.6%.', 'Done'],
      ['2', 'Audit shortlisting data for disabled applicants every quarter.', 'M2', 'Recruitment Manager', 'End of Q3', null, 'Going well'],
      ['3', 'Add a Datix category for abuse of disabled staff.', 'Metric 4a', 'Risk Manager', 'Ongoing', null, 'Late'],
      [],
      [null, 'Status key:', 'Done', 'Going well', 'Late', 'Not started'],
    ];
    const fills = fillsAt(values.length, { '2,6': BLUE, '3,6': GREEN, '4,6': AMBER, '6,2': BLUE, '6,3': GREEN, '6,4': AMBER, '6,5': RED });
    const report = checkPlan(grid(values, fills), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(report.ragKey.entries.map((e) => [e.label, e.rag])).toEqual([['Done', 'blue'], ['Going well', 'green'], ['Late', 'amber'], ['Not started', 'red']]);
  });

  it("reads 'RAG key' amid five entries across a wide WRES plan (its columns reordered), the meanings written in the labels", () => {
    const values: CellValue[][] = [
      ['Ref', 'Indicator', 'Action', 'Lead', 'Due', 'RAG', 'Update'],
      ['W1', '1', 'Set representation goals for each division.', 'Director of Workforce', 'Q2 2022/23', 'Embedded', 'Goals in every divisional plan.'],
      ['W2', '5', 'Launch the zero tolerance campaign with patients.', 'Head of Security', 'Q4 2022/23', 'Slipping', null],
      [],
      ['Embedded', 'Complete', 'RAG key', 'On track', 'Slipping', 'Stopped'],
    ];
    const fills = fillsAt(values.length, { '1,5': BLUE, '2,5': AMBER, '4,0': BLUE, '4,1': GREEN, '4,3': GREEN, '4,4': AMBER, '4,5': RED });
    const report = checkPlan(grid(values, fills), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(report.ragKey.entries.map((e) => e.label)).toEqual(['Embedded', 'Complete', 'On track', 'Slipping', 'Stopped']);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'amber']);
  });
});

/**
 * A key along a row may leave one label unfilled among its filled ones ('Not due', 'Not yet assessed'): that status
 * has no colour. It is still part of the key — the row is no action, the key lists it with no colour, and an action
 * with that status is not told its status is missing from the key — and it colours nothing; the filled labels key
 * their colours as before.
 */
describe("a key row with one label left unfilled: a status with no colour", () => {
  it("reads 'Key:' in the lead column, three filled words and an unfilled 'Not due' as the key, not as an action", () => {
    const values: CellValue[][] = [
      ['WRES ACTION PLAN 2018/19'],
      ['Lead', 'Action', 'Indicator(s)', 'By', 'Status'],
      ['Head of Workforce Planning', 'Set out BME representation by band for each division.', 'Ind. 1', 'Q1 2018/19', 'Completed'],
      ['Recruitment Manager', 'Put a BME member on every Band 7+ interview panel.', 'Indicator 2', 'Jun 2018', 'Ongoing'],
      ['Chief Executive', 'Hold a Board development session on race equality.', 'Board (9)', 'January 2019', 'Not due'],
      [],
      ['Key:', 'Completed', 'Ongoing', 'Overdue', 'Not due'],
    ];
    const fills = fillsAt(values.length, { '2,4': BLUE, '3,4': AMBER, '6,1': BLUE, '6,2': AMBER, '6,3': RED });
    const report = checkPlan(grid(values, fills), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(report.ragKey.entries.map((e) => [e.label, e.rag])).toEqual([['Completed', 'blue'], ['Ongoing', 'amber'], ['Overdue', 'red'], ['Not due', null]]);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'amber', null]);
    expect(report.issues.filter((i) => i.rule === 'status-not-in-key')).toEqual([]);
  });

  it("reads 'RAG key' after its first labels, 'Not yet assessed' unfilled between filled ones (the key's columns in another order)", () => {
    const values: CellValue[][] = [
      ['Ref', 'Action', 'Owner', 'Deadline', 'RAG'],
      ['D1', 'Guarantee an interview to disabled applicants who meet the criteria.', 'Head of Resourcing', 'Mar 2023', 'Achieved'],
      ['D2', 'Set up a reasonable adjustments passport.', 'Occupational Health Lead', 'Dec 2022', 'Not yet assessed'],
      ['D3', 'Train managers on the capability policy.', 'HR Business Partner', 'Sep 2022', 'Behind'],
      [],
      ['Achieved', 'Not yet assessed', 'RAG key', 'Behind', 'Stopped'],
    ];
    const fills = fillsAt(values.length, { '1,4': GREEN, '3,4': AMBER, '5,0': GREEN, '5,3': AMBER, '5,4': RED });
    const report = checkPlan(grid(values, fills), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(report.ragKey.entries.map((e) => [e.label, e.rag])).toEqual([['Achieved', 'green'], ['Not yet assessed', null], ['Behind', 'amber'], ['Stopped', 'red']]);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', null, 'amber']);
    expect(report.issues.filter((i) => i.rule === 'status-not-in-key')).toEqual([]);
  });
});

/**
 * A 'Key' block keeps the columns it was typed in when a trust orders its plan's columns another way: its entry with no
 * colour (a grey 'Superseded', an unfilled 'Not yet due') then has its meaning under the plan's lead column, or its label
 * under the timescale column. Under the key's title and its coloured entries, in the same two columns, it is still the
 * key's entry with no colour, not an action.
 */
describe("a 'Key' block's entry with no colour under the plan's moved columns", () => {
  const GREY = '#D9D9D9';
  const key: CellValue[][] = [
    [],
    ['RAG key'],
    ['Complete', 'Action finished and evidence filed'],
    ['On track', 'Progressing to plan'],
    ['At risk', 'Behind plan – recovery in place'],
    ['Superseded', 'No longer needed / replaced by another action'],
  ];
  it.each([
    ['its meaning under the lead column', [['SMART action', 'Lead', 'Completion', 'RAG'], ['Set a Band 8a+ representation target for each division.', 'Associate Director of Workforce', 'Q2 2022/23', 'On track'], ['Cleanse ESR ethnicity data through a self-service campaign.', 'Workforce Systems Manager', 'Q1 2022/23', 'Superseded']]],
    ['its label under the timescale column', [['Completion', 'SMART action', 'Lead', 'RAG'], ['Q2 2022/23', 'Set a Band 8a+ representation target for each division.', 'Associate Director of Workforce', 'On track'], ['Q1 2022/23', 'Cleanse ESR ethnicity data through a self-service campaign.', 'Workforce Systems Manager', 'Superseded']]],
  ])("reads a grey 'Superseded' entry with %s as the key's, not an action", (_, plan) => {
    const values = [...(plan as CellValue[][]), ...key];
    const fills = fillsAt(values.length, { '1,3': GREEN, '2,3': GREY, '5,0': BLUE, '6,0': GREEN, '7,0': AMBER, '8,0': GREY });
    const report = checkPlan(grid(values, fills), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(report.ragKey.entries.map((e) => [e.label, e.rag])).toEqual([['Complete', 'blue'], ['On track', 'green'], ['At risk', 'amber'], ['Superseded', null]]);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', null]);
  });
});
