import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * Last year's actions reviewed in a grid of their own ABOVE this year's plan, on a report's one sheet (holdout96
 * pennimoor, orwellton): its header names last year over the action ('2017-18 action'), its rows give each action's
 * outcome, and this year's plan follows under a caption naming a later year. The review's rows are no actions of the
 * plan, and its caption names no period of the plan's.
 */
const AS_AT = new Date(Date.UTC(2022, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });

describe("last year's review in a grid of its own above this year's plan", () => {
  it("reads only this year's actions under a WRES report's 'Looking back' grid, and the plan's period from its own caption", () => {
    const report = read([
      ['Fernlow University Hospitals NHS Trust – Workforce Race Equality Standard'],
      ['Report to the People Committee, September 2021'],
      [],
      ['Looking back: what happened to our 2020/21 actions'],
      ['Ref', '2020/21 action', 'Lead', 'Outcome', 'RAG'],
      ['20.1', 'Introduce diverse interview panels for Band 7 and above posts.', 'Head of Recruitment', 'In place in surgery and medicine only.', 'Partly done'],
      ['20.2', 'Launch a reverse mentoring scheme with the executive team.', 'Director of OD', 'Ten pairs completed.', 'Done'],
      ['20.3', 'Review every BME disciplinary case before formal investigation.', 'Head of Employee Relations', 'Not started: the post was vacant.', 'Not done'],
      [],
      ['Our WRES action plan 2021/22'],
      ['Ref', 'Action', 'Indicator', 'Lead', 'Due', 'Status'],
      ['21.1', 'Extend diverse interview panels to every clinical division.', '2', 'Head of Recruitment', 'Dec 2021', 'On track'],
      ['21.2', 'Start the pre-investigation check for every BME disciplinary case.', '3', 'Head of Employee Relations', 'Oct 2021', 'Not started'],
      ['21.3', 'Open the leadership programme to BME staff at Bands 5 and 6.', '1, 7', 'Director of OD', 'Mar 2022', 'On track'],
    ]);
    expect(report.actions.map((a) => a.action.slice(0, 24))).toEqual(['Extend diverse interview', 'Start the pre-investigat', 'Open the leadership prog']);
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Recruitment', 'Head of Employee Relations', 'Director of OD']);
    expect(report.identity.period.value).toBe('2021-22');
  });

  it("sets aside a WDES review grid whose header reads 'Action in 2023-24 plan', with the action carried forward read from the new plan", () => {
    const carried = 'Agree a 28-day standard for putting workplace adjustments in place.';
    const report = read([
      ['Harrowdene Community NHS Trust – WDES 2024'],
      [],
      ['Section 2 – Review of last year'],
      ['Metric', 'Action in 2023-24 plan', 'Lead', 'Target', 'What happened'],
      ['1', 'Run a declaration campaign with easy-read forms.', 'Workforce Information Manager', 'Oct 2023', 'Complete – declaration up to 78%.'],
      ['8', carried, 'Head of HR Services', 'Jan 2024', 'Not complete – carried forward.'],
      [],
      ['Section 3 – Action plan 2024-25'],
      ['Ref', 'Metric', 'Action', 'Lead', 'Target'],
      ['H-01', '8', carried, 'Head of HR Services', 'Jun 2024'],
      ['H-02', '4a', 'Add a disability question to the violence and aggression reporting form.', 'Head of Health and Safety', 'Jul 2024'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([10, 11]);
    expect(report.actions[0].due.text).toBe('Jun 2024');
  });

  it("keeps a second table whose caption names an EARLIER year than the plan's header: the plan on top, last year's below", () => {
    const report = read([
      ['Fernlow University Hospitals NHS Trust – WRES action plan 2021/22'],
      ['Ref', '2021/22 action', 'Lead', 'Due'],
      ['21.1', 'Extend diverse interview panels to every clinical division.', 'Head of Recruitment', 'Dec 2021'],
      ['21.2', 'Open the leadership programme to BME staff at Bands 5 and 6.', 'Director of OD', 'Mar 2022'],
      [],
      ['WRES action plan 2020/21 – final position'],
      ['Ref', 'Action', 'Lead', 'Due'],
      ['20.1', 'Introduce diverse interview panels for Band 7 and above posts.', 'Head of Recruitment', 'Dec 2020'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
  });
});
