import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readKeySheets } from '../../../shared/grid';
import type { CellValue, Grid, PlanReport } from '../../../shared/types';

/**
 * A plan's key may name a status and give it no colour: 'Not yet due (no rating)' in a key line, 'D = deferred' in a
 * line of codes, a 'Not yet due' row left unfilled (or a 'Superseded' row filled grey) in a key block. The key names
 * the status, so an action with it is told nothing about its status being missing from the key; it has no RAG, and
 * says why; a status the key truly lacks is still named. Each key form in two plans laid out differently.
 */
const AS_AT = new Date(Date.UTC(2024, 5 /* Jun */, 30));
const BLUE = '#0070C0';
const GREEN = '#00B050';
const AMBER = '#FFC000';
const RED = '#FF0000';
const GREY = '#D9D9D9';
const fillsAt = (height: number, at: Record<string, string>) =>
  Array.from({ length: height }, (_, r) => Array.from({ length: 8 }, (_, c) => at[`${r},${c}`] ?? null));
const grid = (values: CellValue[][], at: Record<string, string> = {}, sheetName = 'Plan'): Grid => ({ values, fills: fillsAt(values.length, at), sheetName });

/** The status-not-in-key findings, by the status they quote. */
const notInKey = (report: PlanReport) => report.issues.filter((i) => i.rule === 'status-not-in-key').map((i) => /status "([^"]*)"/.exec(i.message)?.[1]);
const actionWith = (report: PlanReport, status: string) => report.actions.find((a) => a.status === status)!;

/** What a user sees of an action whose status the key names with no colour. */
function expectNamedWithNoColour(report: PlanReport, status: string, label = status) {
  expect(report.ragKey.entries.find((e) => e.label === label)?.rag).toBeNull();
  const action = actionWith(report, status);
  expect(action.statusRag).toBeNull();
  expect(action.rag).toBeNull();
  expect(action.statusRagWhy).toMatch(/names it with no colour/);
  // Shown beside the status's RAG wherever the action is listed field by field (the report's JSON, the CLI's --json).
  const fields = Object.keys(action);
  expect(fields[fields.indexOf('statusRag') + 1]).toBe('statusRagWhy');
  expect(notInKey(report)).not.toContain(status);
}

describe('a key line naming a status with no colour in brackets', () => {
  it("reads 'Not yet due (no rating)' under the plan as a status of the key; 'Awaiting sign-off' is still not in the key", () => {
    const values: CellValue[][] = [
      ['WDES action plan 2025/26'],
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Relaunch the declaration campaign through ESR.', 'Head of Workforce Information', 'Mar 2026', 'On track'],
      ['2', 'Set up a central reasonable adjustments fund.', 'Head of Occupational Health', 'Mar 2026', 'Not yet due'],
      ['3', 'Review the capability policy with the Disability Network.', 'HR Business Partner', 'Mar 2026', 'Awaiting sign-off'],
      [],
      ['Status: Complete (blue) – On track (green) – At risk (amber) – Off track (red) – Not yet due (no rating)'],
    ];
    const report = checkPlan(grid(values), { asAt: AS_AT });
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', null, null]);
    expectNamedWithNoColour(report, 'Not yet due');
    expect(notInKey(report)).toEqual(['Awaiting sign-off']);
  });

  it("reads 'Paused (not rated)' in a key line above the header the same way", () => {
    const values: CellValue[][] = [
      ['Key: Achieved (green); Behind plan (red); Paused (not rated)'],
      ['Action', 'Owner', 'Timescale', 'RAG'],
      ['Publish the WRES data on the intranet.', 'Head of EDI', 'Q4 2024/25', 'Achieved'],
      ['Run reverse mentoring for the executive team.', 'Chief People Officer', 'Q4 2024/25', 'Paused'],
      ['Audit shortlisting panels for diversity.', 'HR Business Partner', 'Q4 2024/25', 'Behind plan'],
      ['Train recruiting managers in inclusive hiring.', 'Head of Resourcing', 'Q4 2024/25', 'Under review'],
    ];
    const report = checkPlan(grid(values), { asAt: AS_AT });
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', null, 'red', null]);
    expectNamedWithNoColour(report, 'Paused');
    expect(notInKey(report)).toEqual(['Under review']);
  });
});

describe('a line of status codes, one defined with no colour', () => {
  it("reads 'D = deferred' beside coloured codes: a 'D' status is in the key, with no colour", () => {
    const values: CellValue[][] = [
      ['WRES action plan 2018/19'],
      ['Status: C = complete (green)   IP = in progress (amber)   NS = not started (red)   D = deferred'],
      ['No.', 'Action', 'Lead', 'By when', 'Status'],
      ['1', 'Publish the WRES data on the intranet.', 'Head of EDI', 'Mar 2025', 'C'],
      ['2', 'Run reverse mentoring for the executive team.', 'Chief People Officer', 'Mar 2025', 'D'],
      ['3', 'Audit shortlisting panels for diversity.', 'HR Business Partner', 'Mar 2025', 'X'],
    ];
    const report = checkPlan(grid(values), { asAt: AS_AT });
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', null, null]);
    expectNamedWithNoColour(report, 'D', 'deferred');
    expect(actionWith(report, 'D').statusRagWhy).toContain('(deferred)');
    expect(notInKey(report)).toEqual(['X']);
  });

  it("reads 'P = paused (no colour)' in a code line under the plan", () => {
    const values: CellValue[][] = [
      ['Ref', 'Action', 'Owner', 'Deadline', 'RAG'],
      ['D1', 'Guarantee an interview to disabled applicants who meet the criteria.', 'Head of Resourcing', 'Mar 2025', 'OT'],
      ['D2', 'Set up a reasonable adjustments passport.', 'Occupational Health Lead', 'Mar 2025', 'P'],
      ['D3', 'Train managers on the capability policy.', 'HR Business Partner', 'Mar 2025', 'NS'],
      [],
      ['Status codes: OT = on track (green), NS = not started (red), P = paused (no colour)'],
    ];
    const report = checkPlan(grid(values), { asAt: AS_AT });
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', null, 'red']);
    expectNamedWithNoColour(report, 'P', 'paused');
    expect(notInKey(report)).toEqual([]);
  });
});

describe('a key block whose last label is left unfilled or filled grey', () => {
  it("reads an unfilled 'Not yet due' under the block's coloured labels as a status of the key, not as an action", () => {
    const values: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'Target', 'Progress RAG'],
      ['WD/01', 'Improve disability declaration on ESR to 8%.', 'Workforce Information Team', 'Sep 2025', 'On target'],
      ['WD/02', 'Deliver Board development on disability inclusion.', 'Company Secretary', 'Jan 2026', 'Not yet due'],
      ['WD/03', 'Introduce stay conversations for disabled staff.', 'Head of Retention', 'Mar 2026', 'Waiting'],
      [],
      ['Key', null],
      ['Achieved', 'Action complete'],
      ['On target', 'Progressing as planned'],
      ['Off target', 'Will not be delivered without intervention'],
      ['Not yet due', 'Start date not reached'],
    ];
    const report = checkPlan(grid(values, { '6,0': BLUE, '7,0': GREEN, '8,0': RED }), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(report.ragKey.entries.map((e) => [e.label, e.rag])).toEqual([['Achieved', 'blue'], ['On target', 'green'], ['Off target', 'red'], ['Not yet due', null]]);
    expectNamedWithNoColour(report, 'Not yet due');
    expect(notInKey(report)).toEqual(['Waiting']);
  });

  it("reads a grey 'Superseded' in a key kept on its own sheet the same way", () => {
    const key = grid([
      ['RAG key'],
      [],
      ['Complete', 'Action finished and evidence in place'],
      ['On track', 'Progressing to plan'],
      ['At risk', 'Behind plan – recovery in place'],
      ['Superseded', 'No longer needed / replaced by another action'],
    ], { '2,0': BLUE, '3,0': GREEN, '4,0': AMBER, '5,0': GREY }, 'Key');
    const plan = grid([
      ['WRES action plan 2022/23'],
      ['Indicator', 'Action', 'Lead', 'Timescale', 'Status'],
      ['1', 'Publish the WRES data on the intranet.', 'Head of EDI', 'Mar 2025', 'Complete'],
      ['2', 'Run reverse mentoring for the executive team.', 'Chief People Officer', 'Mar 2025', 'Superseded'],
      ['3', 'Audit shortlisting panels for diversity.', 'HR Business Partner', 'Mar 2025', 'Withdrawn'],
    ], { '2,4': BLUE, '3,4': GREY }, 'WRES AP');
    const report = checkPlan(plan, { asAt: AS_AT, workbook: { sheetNames: ['Key', 'WRES AP'], keys: readKeySheets([key, plan], 'WRES AP') } });
    expect(report.ragKey.entries.map((e) => [e.label, e.rag])).toEqual([['Complete', 'blue'], ['On track', 'green'], ['At risk', 'amber'], ['Superseded', null]]);
    expectNamedWithNoColour(report, 'Superseded');
    expect(actionWith(report, 'Superseded').statusRagWhy).toContain('“Key” sheet');
    expect(notInKey(report)).toEqual(['Withdrawn']);
  });

  it("gives an unfilled label the usual status words colour ('Not started') their colour, still as a key entry", () => {
    const values: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'Target', 'RAG'],
      ['1', 'Improve disability declaration on ESR to 8%.', 'Workforce Information Team', 'Sep 2025', 'Complete'],
      ['2', 'Deliver Board development on disability inclusion.', 'Company Secretary', 'Jan 2026', 'Not started'],
      [],
      ['Key', null],
      ['Complete', 'Action delivered'],
      ['In progress', 'Progressing as planned'],
      ['Not started', 'Not begun yet'],
    ];
    const report = checkPlan(grid(values, { '5,0': BLUE, '6,0': AMBER }), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(report.ragKey.entries.map((e) => [e.label, e.rag])).toEqual([['Complete', 'blue'], ['In progress', 'amber'], ['Not started', 'red']]);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'red']);
  });

  it('takes no unfilled row for a key entry under one coloured label alone (emphasis, not a key)', () => {
    const values: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'Target', 'RAG'],
      ['1', 'Improve disability declaration on ESR to 8%.', 'Workforce Information Team', 'Sep 2025', 'Complete'],
      ['2', 'Deliver Board development on disability inclusion.', 'Company Secretary', 'Jan 2026', 'Deferred'],
      [],
      ['Complete', 'Action delivered'],
      ['Deferred', 'Moved to next year'],
    ];
    const report = checkPlan(grid(values, { '4,0': BLUE }), { asAt: AS_AT });
    expect(report.ragKey.entries.some((e) => e.rag === null)).toBe(false);
    expect(notInKey(report)).toContain('Deferred');
  });
});

describe("a status the user's key or the status column's conditional formatting gives no colour", () => {
  it("your key: 'Deferred' with no colour is in the key, and the reason says it is your key", () => {
    const values: CellValue[][] = [
      ['Action', 'Lead', 'Due', 'Status'],
      ['Publish the WRES data on the intranet.', 'Head of EDI', 'Mar 2025', 'Done'],
      ['Run reverse mentoring for the executive team.', 'Chief People Officer', 'Mar 2025', 'Deferred'],
    ];
    const ragKey = { source: 'settings' as const, entries: [{ rag: 'green' as const, label: 'Done' }, { rag: null, label: 'Deferred' }] };
    const report = checkPlan(grid(values), { asAt: AS_AT, ragKey });
    expectNamedWithNoColour(report, 'Deferred');
    expect(actionWith(report, 'Deferred').statusRagWhy).toContain('your key');
  });

  it("conditional formatting: a rule filling 'Superseded' grey beside coloured rules names it with no colour", () => {
    const values: CellValue[][] = [
      ['Action', 'Lead', 'Due', 'Status'],
      ['Publish the WRES data on the intranet.', 'Head of EDI', 'Mar 2025', 'Complete'],
      ['Run reverse mentoring for the executive team.', 'Chief People Officer', 'Mar 2025', 'Superseded'],
      ['Audit shortlisting panels for diversity.', 'HR Business Partner', 'Mar 2025', 'Behind'],
      ['Train recruiting managers in inclusive hiring.', 'Head of Resourcing', 'Mar 2025', 'Parked'],
    ];
    const ranges = [{ top: 1, left: 3, bottom: 40, right: 3 }];
    const rule = (text: string, fill: string) => ({ ranges, column: null, test: 'equals' as const, text, fill });
    const report = checkPlan({ ...grid(values), conditionalFills: [rule('Complete', BLUE), rule('Behind', RED), rule('Superseded', GREY)] }, { asAt: AS_AT });
    expect(report.ragKey.source).toBe('conditional format');
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', null, 'red', null]);
    expectNamedWithNoColour(report, 'Superseded');
    expect(notInKey(report)).toEqual(['Parked']);
  });
});
