import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Statuses a user would not call unknown, that 'status-not-in-key' reported as "not a status we recognise" (34 of its 76
 * findings over the corpus, 4 Dec 2026):
 * - a tick or a cross alone ('✓', '✔' / '✗') under a status header ('Done?', 'Status'): a tick says done, a cross not
 *   done, as a key would; no colour is made up for either, and a plan's key that names the marks still says what they
 *   mean;
 * - a letter code ('C', 'IP') whose cell is filled: the fill is the RAG, as a coloured mark's is ('●' in green). A letter
 *   with no fill and no key is still reported, saying what it lacks.
 */
const AS_AT = new Date(Date.UTC(2024, 5, 30));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const unknown = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'status-not-in-key').map((i) => i.message);
const fillsOf = (values: CellValue[][], at: Record<string, string>) => values.map((row, r) => row.map((_, c) => at[`${r},${c}`] ?? null));

describe('a tick or a cross as the status', () => {
  it("reads '✓' under 'Done?' as done and '✗' as not done, with no colour made up", () => {
    const values: CellValue[][] = [
      ['Heathfield NHS Foundation Trust – WDES action plan 2023/24'],
      ['Ref', 'Action', 'Responsible', 'Target date', 'Done?', 'Notes'],
      ['1.1', 'Sign up to Disability Confident Leader.', 'Head of Resourcing', 'Dec 2023', '✓', 'Leader status confirmed.'],
      ['1.2', 'Offer adjustments at every stage of recruitment.', 'Recruitment Lead', 'Jan 2024', '✗', 'Form not yet changed.'],
      ['1.3', 'Report shortlisting by disability for each division.', 'Workforce Information Manager', 'Feb 2024', '✓', 'First report in May.'],
    ];
    const report = read({ values });
    expect(report.actions.map((a) => [a.status, a.statusRag, a.overdue])).toEqual([['✓', null, false], ['✗', null, true], ['✓', null, false]]);
    expect(report.actions[1].statusRagWhy).toBe("Status '✗' reads as not done and has no colour: the plan has no key of its own, and a cross gives none");
    expect(unknown(report)).toEqual([]);
  });

  it("reads a heavy tick '✔' among words under 'Status' as complete", () => {
    const values: CellValue[][] = [
      ['No.', 'WRES indicator', 'Action', 'Lead', 'Deadline', 'Status', 'Update'],
      [1, 'Indicator 2', 'Add a BME panel member to every Band 8a interview.', 'Head of Resourcing', '30 September 2023', '✔', 'In place since August.'],
      [2, 'Indicator 5', 'Report abuse from patients by ethnicity.', 'Head of Security', '31 March 2025', 'In progress', 'Datix field added.'],
      [3, 'Indicator 7', 'Run career conversations for BME staff.', 'Head of Talent', '31 October 2023', '✔', '42 held.'],
    ];
    const report = read({ values });
    expect(report.actions.map((a) => [a.status, a.overdue])).toEqual([['✔', false], ['In progress', false], ['✔', false]]);
    expect(unknown(report)).toEqual([]);
  });

  it("keeps a plan's key over the tick: '✓ = on track (green)' is on track, not done", () => {
    const values: CellValue[][] = [
      ['Key: ✓ = on track (green)   ◐ = some delay (amber)   ✗ = off track (red)'],
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Publish the WRES data on the trust website.', 'Head of EDI', 'Sep 2023', '✓'],
      ['2', 'Review the recruitment policy with the race equality network.', 'Head of Resourcing', 'Mar 2025', '◐'],
      ['3', 'Run listening events in every division.', 'EDI Lead', 'Mar 2025', '✗'],
    ];
    const report = read({ values });
    expect(report.actions.map((a) => [a.status, a.statusRag, a.overdue])).toEqual([['✓', 'green', true], ['◐', 'amber', false], ['✗', 'red', false]]);
  });
});

describe('a letter code whose cell is filled', () => {
  it("takes the fill of 'C' among R / A / G letters as its RAG, and asks only about the unfilled 'P'", () => {
    const values: CellValue[][] = [
      ['Lintmoor NHS Trust – WRES action plan 2023/24'],
      ['Ref', 'Action', 'Lead', 'Due', 'RAG'],
      ['1', 'Set divisional targets for BME representation at Band 7 and above.', 'Deputy Director of Workforce', 'Sep 2023', 'C'],
      ['2', 'Improve ethnicity recording on ESR.', 'Workforce Information Manager', 'Mar 2025', 'G'],
      ['3', 'Launch reverse mentoring for the executive team.', 'Director of People', 'Mar 2025', 'P'],
      ['4', 'Review disciplinary cases by ethnicity.', 'Head of ER', 'Mar 2025', 'A'],
    ];
    const fills = fillsOf(values, { '2,4': '#0070C0', '3,4': '#00B050', '5,4': '#FFC000' });
    const report = read({ values, fills });
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['C', 'blue'], ['G', 'green'], ['P', null], ['A', 'amber']]);
    expect(unknown(report)).toEqual([
      'Row 5: status "P" is a code with no key to say what it stands for, and its cell has no colour — write the status in words (Not Started, In Progress, Completed, On Track, Slippage Likely, Critical, New, Open, Closed, Not Yet Due, Deferred, Superseded, To Do, Doing, Stuck) or add a key line such as "P = …"',
    ]);
  });

  it("takes the fill of two-letter codes ('IP', 'NS') as their RAG under 'Status'", () => {
    const values: CellValue[][] = [
      ['Action', 'Owner', 'Timescale', 'Status'],
      ['Train managers in agreeing adjustments.', 'Head of L&D', 'Mar 2025', 'IP'],
      ['Publish the disability pay gap.', 'Head of Reward', 'Mar 2025', 'NS'],
    ];
    const report = read({ values, fills: fillsOf(values, { '1,3': '#FFC000', '2,3': '#FF0000' }) });
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['IP', 'amber'], ['NS', 'red']]);
    expect(unknown(report)).toEqual([]);
  });

  it("still reports a word outside the key when its cell is filled in a colour the key does not have ('Waiting for rooms' in amber)", () => {
    const values: CellValue[][] = [
      ['Key: Complete = blue, On track = green, Off track = red'],
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Run listening events in every division.', 'EDI Lead', 'Mar 2025', 'Waiting for rooms'],
    ];
    const report = read({ values, fills: fillsOf(values, { '2,4': '#FFC000' }) });
    expect(report.actions[0].statusRag).toBe('amber');
    expect(unknown(report)).toHaveLength(1);
  });
});

describe('a progress update written in a status cell coloured by the key', () => {
  it("takes the fill as the status where the header says to colour the cell ('Progress against action (colour the cell: …)')", () => {
    const values: CellValue[][] = [
      ['Oakford Hospitals NHS Foundation Trust – WRES action plan 2023/24'],
      ['Ref', 'Action', 'Exec owner', 'Completion date', 'Progress against action (colour the cell: Red = not started, Amber = started but behind plan, Green = on plan, Blue = completed)'],
      ['W1', 'Set up a BME Staff Network with an executive sponsor.', 'Director of Workforce', 'Jun 2023', 'Network launched on 21 June with 85 members.'],
      ['W2', 'Agree aspirational targets for BME representation at Band 8a and above.', 'Director of Workforce', 'Mar 2025', 'Targets drafted; on the Board agenda for January.'],
      ['W3', 'Launch a BME leadership programme.', 'Chief Nurse', 'Mar 2025', 'Start delayed to February because of facilitator availability.'],
    ];
    const report = read({ values, fills: fillsOf(values, { '2,4': '#0070C0', '3,4': '#00B050', '4,4': '#FFC000' }) });
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'green', 'amber']);
    expect(unknown(report)).toEqual([]);
  });

  it("takes the fill of a 'RAG Rating' cell holding notes, under a key of coloured rows above the plan", () => {
    const values: CellValue[][] = [
      ['Hallam Vale NHS Trust – WRES action plan 2023/24'],
      ['Red', 'Not yet begun'],
      ['Amber', 'Begun but not complete'],
      ['Green', 'Complete'],
      [],
      ['Indicator', 'WRES action', 'Lead', 'Date', 'RAG Rating'],
      ['Indicator 2', 'Train recruiting managers in fair shortlisting.', 'Head of Resourcing', 'Mar 2025', '61% of recruiting managers trained to date.'],
      ['Indicator 5', 'Put up zero tolerance posters in every ward.', 'Head of Security', 'Dec 2023', 'Posters displayed in all wards; Datix reporting live.'],
    ];
    const fills = fillsOf(values, { '1,0': '#FF0000', '2,0': '#FFC000', '3,0': '#00B050', '6,4': '#FFC000', '7,4': '#00B050' });
    const report = read({ values, fills });
    expect(report.actions.map((a) => a.statusRag)).toEqual(['amber', 'green']);
    expect(unknown(report)).toEqual([]);
  });

  it('still reports a progress update in an uncoloured status cell: no status is given at all', () => {
    const values: CellValue[][] = [
      ['Key: Not yet begun = red, Begun but not complete = amber, Complete = green'],
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Review recruitment with the race equality network.', 'Head of Resourcing', 'Mar 2025', 'A recruitment review has been carried out with the network.'],
    ];
    expect(unknown(read({ values }))).toHaveLength(1);
  });
});
