import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { isCompleteStatus } from '../../../shared/rag';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * 'Open' and 'Closed' as statuses (holdout2 thornbury, no key): they say whether an action is finished — Closed is
 * complete — not how it is going, so neither is given a colour (the golds give them none) unless the cell is filled; and
 * a state with a qualifier after a dash ('Open – on track', 'Open – at risk': holdout9 birchcombe) takes its colour from
 * the qualifier, since the state alone gives none.
 */
const AS_AT = new Date(Date.UTC(2020, 0, 31));
const read = (values: CellValue[][], fills?: (string | null)[][]) => checkPlan({ values, fills } as Grid, { asAt: AS_AT });
const ragsOf = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.status, a.statusRag]);
const unknownStatuses = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'status-not-in-key').map((i) => i.message);
const complete = (report: ReturnType<typeof read>) => report.actions.map((a) => isCompleteStatus(a.status, a.statusRag, report.ragKey));

describe("'Open' / 'Closed' and a state with a qualifier", () => {
  it("reads Open and Closed with no colour, Closed complete, and no unknown status", () => {
    const report = read([
      ['Indicator', 'Ref', 'Action', 'Lead(s)', 'By', 'Open/Closed'],
      ['Ind 1', '1.1', 'Publish workforce data by pay band.', 'KP (HRD)', 'Q1', 'Closed'],
      ['Ind 2', '2.1', 'Add a BME panel member to Band 8a interviews.', 'HoR', 'Q2', 'Open'],
      ['Ind 5', '5.1', 'Launch a zero tolerance campaign.', 'CoSec', 'Q3', 'Open'],
    ]);
    expect(ragsOf(report)).toEqual([['Closed', null], ['Open', null], ['Open', null]]);
    expect(complete(report)).toEqual([true, false, false]);
    expect(report.actions[1].statusRagWhy).toBe("Status 'Open' has no colour: the plan has no key of its own, and the usual status words give it none");
    expect(unknownStatuses(report)).toEqual([]);
  });

  it("takes the colour after the dash when the state gives none, and a filled 'Closed' keeps its fill", () => {
    const values: CellValue[][] = [
      ['Ref', 'WRES indicator', 'Action', 'Accountable', 'Deadline', 'Status'],
      ['W-01', '1', 'Publish the WRES report.', 'CPO', '30 Sep 24', 'Closed'],
      ['W-02', '2', 'Review shortlisting.', 'CNO', '31 Dec 24', 'Open – on track'],
      ['W-03', '5', 'Report abuse by ethnicity.', 'DoF', '31 Mar 25', 'Open - at risk'],
      ['W-04', '7', 'Career conversations for BME staff.', 'CEO', '31 Mar 25', 'Open – off track'],
    ];
    const fills = values.map((row, r) => row.map((_, c) => (r === 1 && c === 5 ? '#9DC3E6' : null)));
    const report = read(values, fills);
    expect(ragsOf(report)).toEqual([['Closed', 'blue'], ['Open – on track', 'green'], ['Open - at risk', 'amber'], ['Open – off track', 'red']]);
    expect(complete(report)).toEqual([true, false, false, false]);
    expect(unknownStatuses(report)).toEqual([]);
  });

  it("negative: a coloured state keeps its own colour, and a sentence before a dash is not a state", () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Deadline', 'Status'],
      ['1', 'Publish the WRES data on the website.', 'EDI Lead', 'Sep 2023', 'Completed – on track for audit'],
      ['2', 'Run a reverse mentoring scheme.', 'Head of OD', 'Mar 2024', 'Review held with the network in June – on track'],
    ]);
    expect(ragsOf(report)).toEqual([['Completed – on track for audit', 'green'], ['Review held with the network in June – on track', null]]);
    expect(complete(report)).toEqual([true, false]);
    expect(unknownStatuses(report)).toHaveLength(1);
  });
});
