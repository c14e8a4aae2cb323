/**
 * A plan found half-way through its year, still being worked on (holdout91), keeps rows that are no action of it: a place
 * kept for an action not yet written ('7 | Action 7 – to be agreed', with its metric and even a lead), an action the plan
 * has dropped ('Dropped' as its status, 'Dropped – replaced by action 9.' as its update), and an action typed in twice
 * (its words pasted again with nothing else; or retyped, unnumbered, with 'Same as no. 4?? delete one' beside it). Each is
 * set aside with why, so it is not counted, checked for dates or rated. A half-filled action ('TBC' as its lead), a
 * withdrawn action the plan keeps ('Withdrawn – combined with action 7'), a figure that dropped, and one text given to
 * two leads with their own dates stay actions (negatives).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2025, 10, 1));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Action plan' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message).join('\n');

describe('a place kept for an action not yet written', () => {
  it("sets aside 'Action 7 – to be agreed' and 'Action 9 – TBC (…)' under a numbered plan", () => {
    const report = read([
      ['Ref', 'WRES Indicator', 'Action', 'Lead', 'Timescale', 'RAG'],
      ['6', '5', 'Put up posters in ED saying racist abuse of staff will be reported to the police.', 'Head of Security', 'Nov 2025', 'A'],
      ['7', '', 'Action 7 – to be agreed', '', '', ''],
      ['8', '7', 'Start a mentoring scheme pairing BME nurses at Bands 5–6 with senior nurses.', 'Director of Nursing', 'Mar 2026', 'G'],
      ['9', '9', 'Action 9 – TBC (waiting for NHSE board guidance)', '', '', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(setAside(report)).toMatch(/Row 3: .* is read as a place kept for an action not yet written, not an action — its action cell says the action is still to come \('to be agreed'\)/);
    expect(setAside(report)).toMatch(/Row 5: .*still to come \('TBC'\)/);
  });

  it('sets aside a placeholder that names its metric and a lead, and a bracketed prompt, in another layout', () => {
    const report = read([
      ['No.', 'Metric', 'What we will do', 'Who', 'By when', 'Status'],
      ['P2.2', 'M4a', 'Train managers in outpatients to act when disabled staff report abuse from patients.', 'TBC', 'to be confirmed at EDI group', 'Not started'],
      ['P2.3', 'M5', 'Action to be agreed with the Disability Network', 'Disability Network', '', ''],
      ['P2.4', 'M6', '[to add]', '', '', ''],
      ['P3.1', 'M8', 'Make the Reasonable Adjustments Passport available on the staff app.', 'Head of HR Operations', 'Jan 2026', 'Behind'],
    ]);
    // The half-filled action (lead 'TBC', due to be confirmed) is still an action.
    expect(report.actions.map((a) => a.row)).toEqual([2, 5]);
    expect(setAside(report)).toMatch(/Row 3: .*still to come \('to be agreed'\)/);
    expect(setAside(report)).toMatch(/Row 4: .*still to come \('to add'\)/);
  });
});

describe('an action the plan has dropped', () => {
  it("sets aside a row whose status is 'Dropped', and one whose update opens 'Dropped –'", () => {
    const report = read([
      ['Metric', 'Action', 'Lead', 'Target date', 'Status', 'Update'],
      ['Metric 5', 'Hold six career conversations a year for disabled staff at Bands 3–5.', 'Head of OD', '31/03/2026', 'In progress', 'Two held so far.'],
      ['Metric 6', 'Send a presenteeism leaflet to all staff with their payslip.', 'Communications Manager', '30/11/2025', 'Dropped', 'Not enough on its own.'],
      ['Metric 6', 'Send a presenteeism leaflet to managers with the sickness absence policy.', 'Head of Employee Relations', '31/12/2025', '', 'Dropped – replaced by the action below.'],
      ['Metric 6', 'Run manager sessions on presenteeism and phased returns.', 'Head of Employee Relations', '31/03/2026', 'Not started', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 5]);
    expect(setAside(report)).toMatch(/Row 3: .* is read as an action the plan has dropped, not an action — its status 'Dropped' \(E3\) says so/);
    expect(setAside(report)).toMatch(/Row 4: .*its update 'Dropped – replaced by the action below\.' \(F4\) says so/);
  });

  it('keeps a withdrawn action the plan still shows, and an update reporting a figure that dropped (negatives)', () => {
    const report = read([
      ['Action no.', 'Indicator', 'Action', 'Owner', 'Deadline', 'Status', 'Progress'],
      ['4', '2', 'Run an inclusive recruitment workshop for every recruiting manager.', 'Head of Resourcing', 'Sep 2025', 'Withdrawn – combined with action 7', ''],
      ['5', '5', 'Report abuse from patients to the police and tell staff the outcome.', 'Head of Security', 'Dec 2025', 'On track', 'Dropped from 14% to 9% of staff saying they were abused.'],
      ['7', '2', 'Put an independent panel member on every interview at Band 8a and above.', 'Head of Resourcing', 'Mar 2026', 'On track', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(setAside(report)).not.toMatch(/dropped/);
  });
});

describe('an action typed in twice', () => {
  it('sets aside an action pasted again with nothing else, and an unnumbered retyping a note calls the same as no. 4', () => {
    const report = read([
      ['Ref', 'WRES Indicator', 'Action', 'Lead', 'Timescale', 'RAG', 'Comments'],
      ['3', '2', 'Remove names and dates of birth from application forms at shortlisting.', 'Recruitment Manager', 'Mar 2026', 'G', ''],
      ['4', '3', 'Ask the Deputy Director of HR to review every decision to start a formal disciplinary against a BME member of staff.', 'Deputy Director of HR', 'Oct 2025', 'G', 'In place since October.'],
      ['', '3', 'DDHR to check all formal disciplinaries for BME staff before they start', 'DDHR', 'Oct 25', '', 'KP – added from the group notes. Same as no. 4?? delete one'],
      ['5', '4', 'Publish every CPD funding decision by ethnicity and division each quarter.', 'Head of Education', 'Mar 2026', 'A', ''],
      ['', '', 'Publish every CPD funding decision by ethnicity and division each quarter.', '', '', '', ''],
      ['6', '5', 'Put up signs in ED and outpatients saying racist abuse of staff will be reported.', 'Head of Security', 'Aug 2025', 'R', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 5, 7]);
    expect(setAside(report)).toMatch(/Row 4: .* is read as a second copy of another action, not an action — G4 says 'KP – added from the group notes\. Same as no\. 4\?\? delete one', .*the action on row 3 typed in again/);
    expect(setAside(report)).toMatch(/Row 6: .*repeats row 5's word for word, and the row gives nothing else/);
  });

  it('keeps one text given to two leads with their own dates, and a numbered action whose update says "same as last year" (negatives)', () => {
    const report = read([
      ['Ref', 'Indicator', 'Action', 'Lead', 'Due', 'Update'],
      ['W1', '1', 'Set a target for each care group to increase ethnic minority representation at Band 8a.', 'Deputy Chief People Officer', 'Jun-25', ''],
      ['W1', '1', 'Set a target for each care group to increase ethnic minority representation at Band 8a.', 'Deputy Medical Director', 'Sep-25', ''],
      ['W2', '2', 'Put an independent inclusion panel member on every interview at Band 7 and above.', 'Head of Recruitment', 'Jul-25', 'Same as last year – panel list refreshed.'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(setAside(report)).not.toMatch(/second copy/);
  });
});
