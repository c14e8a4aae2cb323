import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2022, 5, 30));

describe('a plan with no lead or timescale column', () => {
  const grid: Grid = {
    values: [
      ['Lowmoor NHS Trust — WRES Action Plan 2021/22'],
      [],
      ['EQUALITY OBJECTIVE', 'RATIONALE', 'BASELINE MEASURE', 'TARGET', 'ACTIONS'],
      ['Representative senior workforce', 'BME staff are 21% of the workforce but 9% at Band 8a+', '9%', '12% by 2023', 'Set a representation goal for each division and report it to the People Committee by September 2021.'],
      ['Fair recruitment', 'Relative likelihood 1.74', '1.74', '1.25', 'Train every recruiting manager in inclusive recruitment by end of Q3 2021/22.'],
      ['Fair recruitment', 'Relative likelihood 1.74', '1.74', '1.25', 'Put a trained inclusion ambassador on every Band 7+ panel.'],
      ['Zero tolerance', '29% report abuse from patients', '29%', '22%', 'Review the violence reduction policy with the BME network\nLEAD: Head of Security\nTimeframe: Q4 2021/22'],
    ],
  };
  const report = checkPlan(grid, { asAt: AS_AT });

  it('reads every action from the one column that holds actions, among the context columns', () => {
    expect(report.columns.action).toBe('E');
    expect(report.actions.map((a) => a.row)).toEqual([4, 5, 6, 7]);
  });

  it('parses the dates written inside the action text, and says where each came from', () => {
    const [a, b, c, d] = report.actions;
    expect(a.due).toMatchObject({ text: 'September 2021', end: '2021-09-30', parsed: true });
    expect(a.sources.due).toEqual({ kind: 'action text', cell: 'E4' });
    expect(b.due).toMatchObject({ text: 'end of Q3 2021/22', end: '2021-12-31' });
    expect(c.due.text).toBe('');
    expect(d.due).toMatchObject({ text: 'Q4 2021/22', end: '2022-03-31' });
    expect(d.sources.due).toEqual({ kind: 'label', cell: 'E7' });
    expect(d.lead).toBe('Head of Security');
  });

  it('raises lead-missing and due-missing, in words a lead understands', () => {
    const lead = report.issues.filter((i) => i.rule === 'lead-missing');
    const due = report.issues.filter((i) => i.rule === 'due-missing');
    expect(lead.map((i) => i.row)).toEqual([4, 5, 6, null]);
    expect(lead.find((i) => i.row === null)!.message).toMatch(/no Lead column: 1 of 4 leads were written inside other cells/);
    expect(lead[0].message).toBe('Row 4: no lead named for this action');
    expect(due.map((i) => i.row)).toEqual([6, null]);
    expect(due.find((i) => i.row === null)!.message).toMatch(/no Timescale column: 3 of 4 timescales were read from inside other cells/);
  });

  it('asks the user which columns hold the lead and the timescale', () => {
    expect(report.columnQuestions.map((q) => q.field)).toEqual(expect.arrayContaining(['lead', 'due']));
  });

  it('flags the actions that are overdue by the dates in their text', () => {
    expect(report.actions.filter((a) => a.overdue).map((a) => a.row)).toEqual([4, 5, 7]);
  });
});

describe("a bare quarter closing an action's sentence, placed in the plan's year", () => {
  it('reads "…by Q4." and "…by end of Q2." in a 2022/23 WDES plan as that year\'s quarters', () => {
    const report = checkPlan({
      values: [
        ['Harbourside NHS Trust – WDES action plan 2022/23'],
        ['No.', 'WDES metric', 'Action', 'Lead', '% complete'],
        [1, 'Metric 8', 'Launch a wellbeing passport and a central adjustments fund by Q4.', 'Head of Occupational Health', 0.3],
        [2, 'Metric 1', 'Run a declaration campaign with the network by end of Q2.', 'Head of Workforce Information', 1],
        [3, 'Metric 9a', 'Share engagement scores with every division.', 'Head of Staff Experience', 0],
      ],
    }, { asAt: AS_AT });
    expect(report.actions.map((a) => [a.due.text, a.due.end])).toEqual([['Q4', '2023-03-31'], ['end of Q2', '2022-09-30'], ['', null]]);
    expect(report.actions[0].sources.due).toEqual({ kind: 'action text', cell: 'C3' });
  });

  it('reads "(Q3)" at the end of an action in a 2021/22 WRES plan with its lead written in the cell', () => {
    const report = checkPlan({
      values: [
        ['WRES action plan 2021/22'],
        ['Indicator', 'Action', 'Progress'],
        ['Indicator 2', 'Put a trained inclusion ambassador on every Band 7 panel (Q3).\nLead: Head of Resourcing', 'Ambassadors recruited.'],
        ['Indicator 5', 'Relaunch the zero-tolerance policy with the BME network in Q1.\nLead: Head of Security', 'Relaunched in May.'],
      ],
    }, { asAt: AS_AT });
    expect(report.actions.map((a) => [a.lead, a.due.text, a.due.end])).toEqual([['Head of Resourcing', 'Q3', '2021-12-31'], ['Head of Security', 'Q1', '2021-06-30']]);
  });
});
