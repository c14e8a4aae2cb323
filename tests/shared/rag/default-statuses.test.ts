import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Statuses trusts write that the default vocabulary did not know, so a plan with no key of its own had each reported as
 * "not a status we recognise" (30 findings over 15 corpus plans): 'Overdue', 'Not achieved', 'Significant delay' (red in
 * every gold that colours them), 'Some risk', 'Behind' (amber), and statuses for an action not being worked on now —
 * 'Not due', 'Not yet due', 'Deferred', 'Paused', 'On hold', 'Postponed', 'Superseded', 'Withdrawn' — which the golds
 * leave uncoloured wherever the cell is unfilled: recognised, with no colour made up, so the cell's own fill says how it
 * is going. Shown in two plans laid out differently, and a plan whose own key colours 'Deferred'.
 */
const AS_AT = new Date(Date.UTC(2022, 0, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const ragsOf = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.status, a.statusRag]);
const unknown = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'status-not-in-key').map((i) => i.message);

describe('statuses the default vocabulary knows', () => {
  it('reads overdue, not achieved and some risk with their colours, and not-now statuses with none, in a plan with no key', () => {
    const values: CellValue[][] = [
      ['Ashcombe Healthcare NHS Trust – WRES action plan 2021/22'],
      ['No.', 'WRES indicator', 'Action', 'Lead', 'Target date', 'Status'],
      [1, 'Indicator 2', 'Add a BME panel member to every interview for Band 8a and above.', 'Head of Resourcing', 'Dec 2021', 'Overdue'],
      [2, 'Indicator 3', 'Review disciplinary cases by ethnicity every quarter.', 'Head of ER', 'Sep 2021', 'Not achieved'],
      [3, 'Indicator 5', 'Report abuse from patients by ethnicity to the People Committee.', 'Head of Security', 'Mar 2022', 'Some risk'],
      [4, 'Indicator 6', 'Launch reverse mentoring for the executive team.', 'Director of People', 'Jun 2022', 'Not yet due'],
      [5, 'Indicator 7', 'Run career conversations for BME staff in Bands 5–7.', 'Head of Talent', 'Mar 2022', 'Deferred'],
      [6, 'Indicator 8', 'Replace the old bullying helpline with the FTSU service.', 'FTSU Guardian', 'Mar 2022', 'Superseded'],
      [7, 'Indicator 9', 'Set a race equality objective for every Board member.', 'Chair', 'Mar 2022', 'Significant delay'],
    ];
    const report = read({ values });
    expect(report.ragKey.source).toBe('default');
    expect(ragsOf(report)).toEqual([
      ['Overdue', 'red'], ['Not achieved', 'red'], ['Some risk', 'amber'], ['Not yet due', null], ['Deferred', null], ['Superseded', null], ['Significant delay', 'red'],
    ]);
    expect(unknown(report)).toEqual([]);
  });

  it("lets the cell's own fill colour a not-now status ('On hold' filled amber), and keeps one unfilled uncoloured", () => {
    const values: CellValue[][] = [
      ['Ref', 'Action', 'Metric', 'Responsible', 'By when', 'Progress', 'RAG'],
      ['D1', 'Offer a reasonable adjustments passport to every starter.', 'M1', 'Head of OD', 'Apr 2022', 'Awaiting the new ESR release.', 'On hold'],
      ['D2', 'Train managers in agreeing adjustments.', 'M4a', 'Head of L&D', 'Jul 2022', 'Postponed until the new policy is agreed.', 'Paused'],
      ['D3', 'Publish the disability pay gap with the annual report.', 'M10', 'Head of Reward', 'Oct 2022', '', 'Not due'],
    ];
    const fills = values.map((row, r) => row.map((_, c) => (r === 1 && c === 6 ? '#FFC000' : null)));
    const report = read({ values, fills });
    expect(ragsOf(report)).toEqual([['On hold', 'amber'], ['Paused', null], ['Not due', null]]);
    expect(unknown(report)).toEqual([]);
  });

  it("keeps a plan's own key over the default words: its 'Deferred = amber' colours, and a status outside it is still reported", () => {
    const values: CellValue[][] = [
      ['Key: Complete = blue, On track = green, Deferred = amber, Off track = red'],
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Publish the WRES data on the trust website.', 'Head of EDI', 'Sep 2021', 'Complete'],
      ['2', 'Review the recruitment policy with the race equality network.', 'Head of Resourcing', 'Jun 2022', 'Deferred'],
      ['3', 'Run listening events in every division.', 'EDI Lead', 'May 2022', 'Waiting for rooms'],
    ];
    const report = read({ values });
    expect(report.ragKey.source).toBe('legend');
    expect(ragsOf(report).slice(0, 2)).toEqual([['Complete', 'blue'], ['Deferred', 'amber']]);
    expect(unknown(report)).toEqual([expect.stringMatching(/^Row 5: status "Waiting for rooms" is not in the plan's key/)]);
  });
});
