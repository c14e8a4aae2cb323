import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Figures kept in the plan's grid: a name or a label, then nothing but figures (counts, percentages, ratios) — a
 * table of each provider's or each band's figures under the plan, under a header of its own ('Trust | Declaration rate
 * (ESR) | Metric 2 | Metric 8', 'A1.1 Ethnicity | Staff in post at 31 March 2016 | %'), or the plan's own results
 * written along a tick matrix's indicator columns ('Our 2019 result' | 3.2% | 1.41 | …). Such a row says what the
 * figures are, never what is to be done: neither it nor the header over it is an action, and each says why. A tick
 * matrix keeps its marks for the actions under the results row.
 */
const AS_AT = new Date(Date.UTC(2025, 2, 31));
const read = (values: CellValue[][], merges: Grid['merges'] = []) => checkPlan({ values, merges, sheetName: 'Plan' }, { asAt: AS_AT });
const setAside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside');

describe("a table of figures under the plan, under its own header", () => {
  it("reads a provider breakdown (a name, then figures) under its caption and header as no actions", () => {
    const report = read([
      ['Disability equality action plan 2024/25'],
      ['No.', 'Action', 'Owner', 'Quarter', 'Q2 position'],
      ['1.1', 'Agree one wording for the disability question across all five trusts.', 'ICS Workforce Information Lead', 'Q1', 'Complete'],
      ['1.2', 'Run a system-wide declaration week with the disabled staff networks.', 'Head of EDI, ICB', 'Q3', 'On track'],
      ['8.1', 'Introduce a passport for adjustments that moves with a colleague between trusts.', 'Head of EDI, ICB', 'Q4', 'Behind plan'],
      [],
      ['WDES metrics – provider breakdown'],
      [null, 'Trust', 'Declaration rate (ESR)', 'Metric 2', 'Metric 8'],
      [null, 'Stourwell General Hospital NHS Trust', '3.9%', '1.22', '71.4%'],
      [null, 'Brede Valley NHS Foundation Trust', '5.6%', '1.08', '74.0%'],
      [null, 'Southern Coast Ambulance Service NHS Trust', '3.1%', '1.41', '66.3%'],
    ]);
    expect(report.actions.map((a) => [a.row, a.ref, a.lead])).toEqual([
      [3, '1.1', 'ICS Workforce Information Lead'],
      [4, '1.2', 'Head of EDI, ICB'],
      [5, '8.1', 'Head of EDI, ICB'],
    ]);
    const why = setAside(report);
    expect(why.map((i) => i.row)).toEqual([8, 9, 10, 11]);
    expect(why[0].message).toContain('figures');
  });

  it('reads a workforce profile by band (a label, a count and a per cent) under the action and lead columns as no actions', () => {
    const report = read([
      ['Area', 'Next step', 'Lead', 'By'],
      ['Recruitment', 'Include a BME staff member on interview panels for all band 8a and above posts.', 'Director of HR', 'April 2017'],
      ['Staff networks', 'Give the BME Staff Network an executive sponsor and a budget.', 'Chief Executive', 'June 2017'],
      [],
      ['Appendix A. Workforce profile'],
      [null, 'Pay band', 'Staff in post at 31 March 2016', '% BME'],
      [null, 'Bands 1 to 4', '1,204', '21.9%'],
      [null, 'Bands 5 to 7', '2,310', '18.2%'],
      [null, 'Band 8a and above', '402', '7.5%'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(setAside(report).map((i) => i.row)).toEqual([6, 7, 8, 9]);
  });
});

describe("the plan's results along a tick matrix's indicator columns", () => {
  it('reads the results row as no action, and the marks under it as each action’s indicators', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'By', 'WRES indicators addressed', null, null, null, null, 'Status'],
      [null, null, null, null, '1', '2', '5', '7', '9', null],
      [null, 'Our 2022 result (see the WRES report)', null, null, '14.2%', '1.63', '27.0%', '41.5%', '-9.1%', null],
      ['A1', 'Publish shortlisting outcomes by ethnicity for every Band 7 and above post.', 'Head of Resourcing', 'December 2022', null, '✓', null, null, null, 'On track'],
      ['A2', 'Set up reverse mentoring for every executive director.', 'Director of People', 'March 2023', '✓', null, null, '✓', '✓', 'Not started'],
      ['A3', 'Launch a zero tolerance campaign on abuse from patients.', 'Director of Nursing', 'January 2023', null, null, '✓', null, null, 'Complete'],
    ], [
      // The label over the indicators' numbers, and each other header cell merged down over the numbers' row.
      { top: 0, left: 4, bottom: 0, right: 8 },
      ...[0, 1, 2, 3, 9].map((c) => ({ top: 0, left: c, bottom: 1, right: c })),
    ]);
    expect(report.actions.map((a) => [a.row, a.ref, a.indicators])).toEqual([
      [4, 'A1', ['2']],
      [5, 'A2', ['1', '7', '9']],
      [6, 'A3', ['5']],
    ]);
    const why = setAside(report).find((i) => i.row === 3)!;
    expect(why.message).toContain('figures');
  });

  it("reads a results row over a WDES matrix whose label names 'this action' as well as its metrics", () => {
    const metrics = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
    const row = (ref: string, action: string, lead: string, due: string, marked: string[], status: string): CellValue[] => [ref, action, lead, due, ...metrics.map((m) => (marked.includes(m) ? '●' : null)), status];
    const report = read(
      [
        ['Ashgrove Community Health NHS Trust – WDES action plan 2020/21'],
        ['Ref', 'Action', 'Lead', 'By', 'WDES metric(s) this action is intended to improve', ...metrics.slice(1).map(() => null), 'Status at March 2021'],
        [null, null, null, null, ...metrics, null],
        [null, 'Baseline (WDES report 2020)', null, null, '2.8%', '1.35', '1.90', '31.0%', '74.2%', '25.5%', '35.0%', '70.1%', '6.8', '0%', null],
        row('A1', 'Run a declaration campaign through ESR self-service.', 'Workforce Information Manager', 'December 2020', ['1'], 'Complete'),
        row('B1', 'Offer a guaranteed interview to every disabled applicant who meets the criteria.', 'Head of Resourcing', 'March 2021', ['2', '5'], 'On track'),
      ],
      [{ top: 1, left: 4, bottom: 1, right: 13 }, ...[0, 1, 2, 3, 14].map((c) => ({ top: 1, left: c, bottom: 2, right: c }))],
    );
    expect(report.actions.map((a) => [a.row, a.ref, a.indicators])).toEqual([
      [5, 'A1', ['1']],
      [6, 'B1', ['2', '5']],
    ]);
    expect(setAside(report).map((i) => i.row)).toEqual([4]);
  });

  it('still reads actions beside figures as actions: a baseline and a target with a lead, or figures after what is to be done (negatives)', () => {
    const report = read([
      ['Action', 'Baseline 2023', 'Target 2024', 'Target 2025', 'Lead', 'By'],
      ['Increase BME representation at Band 8a and above', '8.1%', '10%', '12%', 'Head of OD', 'March 2025'],
      ['Reduce the relative likelihood of entering formal disciplinary', '1.42', '1.25', '1.10', null, null],
      ['Bands 5 to 7 talent programme places for BME colleagues', '12', '24', '36', 'Head of Learning', 'April 2024'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
  });
});
