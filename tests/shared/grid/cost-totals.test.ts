import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

/**
 * A TOTAL OF THE PLAN'S COSTS UNDER ITS ACTIONS (holdout58 marshfleet, fenlandmere): a plan with a cost or budget column
 * ends with a line adding it up ('Total cost of the plan' | 28000, 'Total budget committed' | £23,000), the label in the
 * action column. It is a total, never an action; a row whose action only mentions a total ('Total reward review…') is one.
 */
const AS_AT = new Date(Date.UTC(2024, 0, 15));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const rows = (report: PlanReport) => report.actions.map((a) => a.row);
const asides = (report: PlanReport) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

const COSTED: CellValue[][] = [
  ['Ref', 'Action', 'Lead', 'Due', 'Cost (£)'],
  ['A1', 'Run a declaration campaign with the disabled staff network.', 'Head of EDI', 'Mar 2024', 5000],
  ['A2', 'Set up a central budget for reasonable adjustments.', 'Director of People', 'Jun 2024', 15000],
  ['A3', 'Train every recruiting manager in inclusive interviewing.', 'Head of Recruitment', 'Sep 2024', 8000],
  ['', 'Total cost of the plan', '', '', 28000],
];

const BUDGET_FIRST: CellValue[][] = [
  ['Budget', 'No.', 'What we will do', 'Owner', 'By'],
  ['£3,500', '1', 'Move to values-based shortlisting for every Band 8a+ post.', 'Head of HR Operations', 'Jul 2024'],
  ['£12,000', '2', 'Run a talent review for Bands 6 to 8b with a development plan for each colleague.', 'OD Business Partner', 'Sep 2024'],
  ['£1,500', '3', 'Give internationally recruited staff a buddy for six months.', 'Head of Hosted Services', 'Oct 2024'],
  ['£17,000', '', 'Total budget committed', '', ''],
];

const NEGATIVE: CellValue[][] = [
  ['Ref', 'Action', 'Lead', 'Due', 'Cost (£)'],
  ['A1', 'Run a declaration campaign with the disabled staff network.', 'Head of EDI', 'Mar 2024', 5000],
  ['A2', 'Total reward statements to show the value of the adjustments we fund.', 'Head of Reward', 'Jun 2024', 15000],
  ['A3', 'Train every recruiting manager in inclusive interviewing.', 'Head of Recruitment', 'Sep 2024', 8000],
];

describe('a total of the plan\'s costs under its actions', () => {
  it('sets aside the total line with why', () => {
    const report = read(COSTED);
    expect(rows(report)).toEqual([2, 3, 4]);
    expect(asides(report)).toContainEqual(expect.stringMatching(/^Row 5: .*'Total cost of the plan' beside '28000' adds up the plan's costs, not an action/));
  });

  it('sets aside a total written in pounds, its label elsewhere', () => {
    const report = read(BUDGET_FIRST);
    expect(rows(report)).toEqual([2, 3, 4]);
    expect(asides(report).some((m) => m.startsWith('Row 5:') && m.includes("'Total budget committed' beside '£17,000'"))).toBe(true);
  });

  it('keeps an action that only mentions a total', () => {
    expect(rows(read(NEGATIVE))).toEqual([2, 3, 4]);
  });
});
