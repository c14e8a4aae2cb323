import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * The Board as the body a plan is approved by or reported to ('The WDES action plan was not approved by the Board before
 * publication', holdout64 wyvern; 'Report progress to the Trust Board every six months') governs the plan: the words name
 * no Board-membership metric (WDES 10, WRES 9). Words about who sits on the Board still do.
 */
const AS_AT = new Date(Date.UTC(2024, 0, 31));
const read = (values: CellValue[][], sheetName: string) => checkPlan({ values, sheetName }, { asAt: AS_AT });
const indicators = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.indicators]);

describe('the Board that approves or hears about the plan', () => {
  it("an audit Issue: 'not approved by the Board before publication' (WDES)", () => {
    const report = read([
      ['Ref', 'Issue', 'Management action agreed', 'Lead', 'Due', 'Status'],
      ['A', 'The WDES action plan was not approved by the Board before publication.', 'Take the report and plan to the People Committee under delegated authority', 'Director of People', 'Oct-23', 'Complete'],
      ['B', 'No check that the metric 1 figures agree with ESR.', 'Reconcile the figures to ESR each year', 'Workforce Information Manager', 'Sep-23', 'Complete'],
    ], 'WDES audit actions');
    expect(indicators(report)).toEqual([[2, []], [3, ['1']]]);
  });

  it("an objective column on the right: 'Progress is reported to the Trust Board' (WRES)", () => {
    const report = read([
      ['Action', 'Lead', 'By when', 'Why'],
      ['Publish a six-monthly progress report on the plan', 'Head of EDI', 'Jun 2024', 'Progress has not been reported to the Trust Board since 2021.'],
      ['Hold a listening event with the race equality network', 'Network Chair', 'Mar 2024', 'Staff say they are not heard.'],
    ], 'WRES plan');
    expect(indicators(report)).toEqual([[2, []], [3, []]]);
  });

  it('NEGATIVE: words about who sits on the Board still name the Board metric', () => {
    const report = read([
      ['Ref', 'Issue', 'Management action agreed', 'Lead', 'Due', 'Status'],
      ['A', 'No disabled members sit on the Board.', 'Invite Board members to share their own disability in the skills review', 'Company Secretary', 'Mar-24', 'In progress'],
      ['B', 'No check that the metric 1 figures agree with ESR.', 'Reconcile the figures to ESR each year', 'Workforce Information Manager', 'Sep-23', 'Complete'],
    ], 'WDES audit actions');
    expect(indicators(report)).toEqual([[2, ['10']], [3, ['1']]]);
  });
});
