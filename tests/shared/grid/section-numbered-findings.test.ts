import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * Actions numbered as the paragraphs of one section of a report ('2.1' … '2.7': an internal audit's section 2 findings,
 * holdout64 wyvern): the leading number is the section's, not an indicator's. A plan numbering its actions by indicator
 * spreads them over several ('1.1', '2.1', '5.1'). The actions' indicators come from what they name ('metric 8').
 */
const AS_AT = new Date(Date.UTC(2024, 0, 31));
const read = (values: CellValue[][], sheetName = 'WDES audit actions') => checkPlan({ values, sheetName }, { asAt: AS_AT });
const indicators = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.indicators]);

describe('actions numbered within one section of a report', () => {
  it("an audit log's findings 2.1–2.5, the agreed action naming a metric or none", () => {
    const report = read([
      ['WDES internal audit – recommendations log'],
      ['Ref', 'Issue', 'Management action agreed', 'Responsible lead', 'Implementation date', 'Status'],
      ['2.1', 'The plan was published before it was approved.', 'Take the WDES report and plan to the People Committee under delegated authority', 'Director of People', 'Oct-23', 'Complete'],
      ['2.2', 'No check that the figures agree with ESR.', 'Reconcile the metric 1 and metric 10 figures to ESR each year', 'Workforce Information Manager', 'Sep-23', 'Complete'],
      ['2.3', 'Shortlisting data cannot be reproduced from TRAC.', 'Commission a TRAC report on shortlisting (metric 2) by disability', 'Head of Resourcing', 'Mar-24', 'In progress'],
      ['2.4', 'Actions in the plan have no owners or dates.', 'Add a named owner and a target date to every action in the plan', 'Head of EDI', 'Nov-23', 'In progress'],
      ['2.5', 'Adjustment requests are not logged centrally.', 'Introduce a central log of reasonable adjustment requests (metric 8)', 'Head of Health and Wellbeing', 'Mar-24', 'Not started'],
    ]);
    expect(indicators(report)).toEqual([[3, []], [4, ['1', '10']], [5, ['2']], [6, []], [7, ['8']]]);
  });

  it("a Board paper's section 4 numbered 4.1–4.4 in the action's own text, no ref column", () => {
    const report = read([
      ['Action', 'Lead', 'By', 'RAG'],
      ['4.1 Publish the race pay gap alongside the WRES report', 'Head of Reward', 'Sep 2023', 'Green'],
      ['4.2 Refresh the reverse mentoring scheme with the network', 'Head of OD', 'Dec 2023', 'Amber'],
      ['4.3 Review the capability policy with staff side', 'Head of Employee Relations', 'Mar 2024', 'Amber'],
      ['4.4 Add the freedom to speak up route to induction', 'FTSU Guardian', 'Jan 2024', 'Green'],
    ], 'WRES');
    expect(report.actions.map((a) => a.indicators)).toEqual([[], [], [], []]);
    expect(report.actions.map((a) => a.indicator)).toEqual([null, null, null, null]);
  });

  it('NEGATIVE: actions numbered by indicator over several stay so', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1.1', 'Publish the share of disabled staff in each band', 'Workforce Information Manager', 'Sep 2023', 'Complete'],
      ['1.2', 'Run a declaration campaign with the network', 'Head of EDI', 'Nov 2023', 'In progress'],
      ['2.1', 'Add a guaranteed interview reminder to every shortlisting panel', 'Head of Resourcing', 'Dec 2023', 'In progress'],
      ['8.1', 'Introduce a reasonable adjustments passport', 'Head of Occupational Health', 'Mar 2024', 'Not started'],
    ], 'WDES');
    expect(report.actions.map((a) => a.indicators)).toEqual([['1'], ['1'], ['2'], ['8']]);
  });

  it("NEGATIVE: four actions numbered 2.1–2.4 under 'Metric 2' keep the metric", () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['Metric 2 – Appointment from shortlisting'],
      ['2.1', 'Add a guaranteed interview reminder to every shortlisting panel', 'Head of Resourcing', 'Dec 2023', 'In progress'],
      ['2.2', 'Train shortlisting panels in disability confident practice', 'Head of Learning', 'Jan 2024', 'In progress'],
      ['2.3', 'Publish shortlisting ratios by disability each quarter', 'Workforce Information Manager', 'Mar 2024', 'Not started'],
      ['2.4', 'Audit TRAC for adjustments offered at interview', 'Head of Resourcing', 'Mar 2024', 'Not started'],
    ], 'WDES');
    expect(report.actions.map((a) => a.indicators)).toEqual([['2'], ['2'], ['2'], ['2']]);
  });
});
