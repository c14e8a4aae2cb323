import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid, MergeArea } from '../../../shared/types';

/**
 * A two-row header mirroring a TWO-ROW RECORD, tied ACROSS (holdout67 drenmouth): the header's upper row merges the
 * action's cell across the columns its lower row names ('Action' over 'Lead | Target | RAG | Evidence'), and every
 * record's first row merges its action text across the same columns, the row under it writing the lead, target, RAG
 * and evidence. One action per record, its fields from the record's second row (`grid/find-record-rows.ts`).
 */
const AS_AT = new Date(Date.UTC(2021, 5, 1));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const across = (r: number, left: number, right: number): MergeArea => ({ top: r, left, bottom: r, right });
const setAside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('records whose action is merged across the fields of their second row', () => {
  it('reads one action per record with its lead, target and RAG from the row under it', () => {
    const values: CellValue[][] = [
      ['Harbourne Trust – WRES plan 2020/21'],
      ['Ref', 'Indicator', 'Action', null, null, null],
      [null, null, 'Lead', 'Target', 'RAG', 'Update'],
      ['R1', '2', 'Anonymise shortlisting for all bank posts.', null, null, null],
      [null, null, 'Recruitment Manager', 'Jan 2021', 'Amber', 'System change booked.'],
      ['R2', '3', 'Put a BME observer on every formal disciplinary panel.', null, null, null],
      [null, null, 'Head of HR', 'Dec 2020', 'Green', 'Four panels observed.'],
      ['R3', '9', 'Bring a BME board apprentice onto the Board for a year.', null, null, null],
      [null, null, 'Chief Executive', 'Mar 2021', 'Red', 'Not yet advertised.'],
    ];
    const merges = [1, 3, 5, 7].map((r) => across(r, 2, 5));
    const report = read(values, { merges });
    expect(report.actions.map((a) => a.row)).toEqual([4, 6, 8]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Recruitment Manager', 'Head of HR', 'Chief Executive']);
    expect(report.actions.map((a) => a.due?.text)).toEqual(['Jan 2021', 'Dec 2020', 'Mar 2021']);
    expect(report.actions.map((a) => a.status)).toEqual(['Amber', 'Green', 'Red']);
    expect(report.actions.map((a) => a.progress)).toEqual(['System change booked.', 'Four panels observed.', 'Not yet advertised.']);
    const messages = setAside(report);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toContain("it is line 2 of the action on row 4: the plan writes each action over two rows under a header of two rows (2–3), and C4:F4 is merged across the columns its next line fills, as the header's upper row is over the fields its lower row names");
  });

  it('reads the same with the action first, no indicator column and the fields under it in another order', () => {
    const values: CellValue[][] = [
      ['What we will do', null, null, 'No.'],
      ['Status', 'Owner', 'Deadline', null],
      ['Publish the disability pay gap with the gender pay gap.', null, null, 'D1'],
      ['On track', 'Head of Reward', 'Sep 2020', null],
      ['Give the Ability Network chair protected time each month.', null, null, 'D2'],
      ['Complete', 'Director of People', 'Jul 2020', null],
    ];
    const report = read(values, { merges: [0, 2, 4].map((r) => across(r, 0, 2)) });
    expect(report.actions.map((a) => a.row)).toEqual([3, 5]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Reward', 'Director of People']);
    expect(report.actions.map((a) => a.due?.text)).toEqual(['Sep 2020', 'Jul 2020']);
    expect(report.actions.map((a) => a.status)).toEqual(['On track', 'Complete']);
  });
});

describe('lookalikes that stay as they were', () => {
  it("keeps a group label merged over 'Start | End' a two-row header for one-row actions", () => {
    const values: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'Timescale', null, 'Status'],
      [null, null, null, 'Start', 'End', null],
      ['1', 'Audit shortlisting by ethnicity.', 'Head of Resourcing', 'Apr 2020', 'Dec 2020', 'Green'],
      ['2', 'Offer coaching to BME nurses at Band 5 and 6.', 'Deputy Chief Nurse', 'Jun 2020', 'Mar 2021', 'Amber'],
      ['3', 'Review every disciplinary case before investigation.', 'Head of Employee Relations', 'May 2020', 'Sep 2020', 'Green'],
    ];
    const down = (c: number): MergeArea => ({ top: 0, left: c, bottom: 1, right: c });
    const report = read(values, { merges: [across(0, 3, 4), down(0), down(1), down(2), down(5)] });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
  });

  it('keeps a form whose values are merged across its label rows a form, one action per block', () => {
    const block = (n: number, action: string, lead: string): CellValue[][] => [
      [`Action ${n}`, 'Metric', `Metric ${n}`, null, null],
      [null, 'Action', action, null, null],
      [null, 'Lead', lead, null, null],
      [null, 'Completion date', 'Mar 2025', null, null],
      [null, 'Status', 'On track', null, null],
      [],
    ];
    const values = [...block(1, 'Ask every member of staff to review their ESR record.', 'Head of Workforce Information'), ...block(2, 'Offer adjustments at every stage of recruitment.', 'Recruitment Lead'), ...block(3, 'Train every team leader in reasonable adjustments.', 'Head of OD')];
    const merges = values.flatMap((row, r) => (row.length ? [across(r, 2, 4)] : []));
    const report = read(values, { merges });
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Workforce Information', 'Recruitment Lead', 'Head of OD']);
  });
});
