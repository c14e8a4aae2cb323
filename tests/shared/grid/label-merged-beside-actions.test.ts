import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, MergeArea as Merge } from '../../../shared/types';

/**
 * A metric's label merged down from its own row beside its actions ('Metric 1 – Workforce representation / Disabled staff
 * are 4.8% …' spanning A4:A5, after holdout57 tarnhallow): the label sits beside every row it spans, its own included,
 * so its own row's sentence saying what will be done is the block's first action, not the block's heading. Its
 * indicator is read for every row it spans. A merged label whose own row states a finding (what the data shows) still
 * heads the block.
 */
const AS_AT = new Date(Date.UTC(2025, 9, 31));
const read = (values: CellValue[][], merges: Merge[]) => checkPlan({ values, sheetName: 'Plan', merges }, { asAt: AS_AT });
const down = (top: number, bottom: number, left: number): Merge => ({ top, bottom, left, right: left });

describe('a label merged down from its own row beside its actions', () => {
  it('reads its own row as the first action (metric and data merged in A, two columns)', () => {
    const report = read([
      ['Hollinsford NHS Trust – WDES 2025/26: what the data shows and what we will do'],
      ['Metric and what the data shows', 'What we will do'],
      ['Metric 2 – Appointment from shortlisting\nNon-disabled applicants are 1.4 times more likely to be appointed.', 'We will audit every shortlisting decision on TRAC for a quarter and report the findings to the People Committee.'],
      [null, 'We will train recruiting managers in the guaranteed interview scheme by the end of March 2026.'],
      ['Metric 7 – Feeling valued\n33% of disabled staff feel valued, against 44% of non-disabled staff.', 'Our Head of Wellbeing will bring in a reasonable adjustments passport.'],
      [null, 'The network will run listening events at each site.'],
    ], [down(2, 3, 0), down(4, 5, 0)]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5, 6]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['2'], ['2'], ['7'], ['7']]);
    expect(report.actions[0].action).toBe('We will audit every shortlisting decision on TRAC for a quarter and report the findings to the People Committee.');
  });

  it('reads it in a WRES plan whose label is merged over three rows, the actions written as noun phrases', () => {
    const report = read([
      ['WRES indicator', 'Our actions'],
      ['Indicator 5 – Harassment from patients', 'Bystander training for every ward manager, delivered with the security team by December 2025.'],
      [null, 'We will add racist abuse to the Datix incident categories by January 2026.'],
      [null, 'Quarterly abuse figures to the Board from the Director of Nursing.'],
      ['Indicator 9 – Board representation', 'A board shadowing scheme for ethnic minority staff, led by the Company Secretary.'],
    ], [down(1, 3, 0)]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 5]);
    expect(report.actions[0]).toMatchObject({ indicator: '5', action: 'Bystander training for every ward manager, delivered with the security team by December 2025.' });
    expect(report.actions.map((a) => a.indicator)).toEqual(['5', '5', '5', '9']);
  });
});

describe('a merged label whose own row states what the data shows (negative)', () => {
  it('heads its block: the finding is no action', () => {
    const report = read([
      ['Metric', 'Action', 'Lead', 'Due'],
      ['Metric 2 – Appointment from shortlisting', 'Non-disabled applicants are 1.4 times more likely to be appointed than disabled applicants.', null, null],
      [null, 'Audit every shortlisting decision on TRAC for a quarter.', 'Head of Recruitment', 'Dec 2025'],
      [null, 'Train recruiting managers in the guaranteed interview scheme.', 'Recruitment Lead', 'Mar 2026'],
    ], [down(1, 3, 0)]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
    expect(report.actions.map((a) => a.indicator)).toEqual(['2', '2']);
  });
});

/**
 * A printed page's number between a block's last action (the last row its label spans) and the next block's label ('2',
 * 'Page 2 of 3'): the page's, so the label still heads nothing below that last action, which stays an action
 * (holdout57 tarnhallow under the stray-rows property lost it as the block's heading).
 */
describe("a page's number under the last row a merged label spans", () => {
  it("keeps the label's last row an action over a bare page number", () => {
    const report = read([
      ['Metric and what the data shows', 'What we will do'],
      ['Metric 1 – Workforce representation\nFew staff have told us they are disabled.', 'We will run a "Count me in" campaign asking staff to update ESR.'],
      [null, 'We will add a short section on disability declaration to the corporate induction programme.'],
      [null, '2'],
      ['Metric 2 – Appointment from shortlisting', 'Our Head of Recruitment will review how the guaranteed interview scheme is applied.'],
    ], [down(1, 2, 0)]);
    expect(report.actions.map((a) => [a.row, a.indicators])).toEqual([[2, ['1']], [3, ['1']], [5, ['2']]]);
  });

  it("keeps it an action over 'Page 2 of 3', a WRES plan's label merged over three rows", () => {
    const report = read([
      ['WRES indicator', 'Our actions'],
      ['Indicator 5 – Harassment from patients', 'Bystander training for every ward manager, delivered with the security team.'],
      [null, 'We will add racist abuse to the Datix incident categories by January 2026.'],
      [null, 'We will report the abuse figures to the Board each quarter from April 2026.'],
      [null, 'Page 2 of 3'],
      ['Indicator 9 – Board representation', 'A board shadowing scheme for ethnic minority staff, led by the Company Secretary.'],
    ], [down(1, 3, 0)]);
    expect(report.actions.map((a) => [a.row, a.indicators])).toEqual([[2, ['5']], [3, ['5']], [4, ['5']], [6, ['9']]]);
  });

  it('NEGATIVE: a row of words between still ends the block: the last row under an unmerged label stays as before', () => {
    const report = read([
      ['Metric and what the data shows', 'What we will do'],
      ['Metric 1 – Workforce representation\nFew staff have told us they are disabled.', 'We will run a "Count me in" campaign asking staff to update ESR.'],
      [null, 'We will add a short section on disability declaration to the corporate induction programme.'],
      [null, 'Figures from ESR at March 2019.'],
      ['Metric 2 – Appointment from shortlisting', 'Our Head of Recruitment will review how the guaranteed interview scheme is applied.'],
    ], [down(1, 2, 0)]);
    expect(report.actions.map((a) => a.row)).not.toContain(4);
  });
});
