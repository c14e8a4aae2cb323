/**
 * A template listing every metric, where the trust answers a metric's row with no action of its own: a pointer to another
 * metric's actions ('See Metric 2 – covered by the ER case review.') or a statement that nothing is planned this year ('No
 * action this year – above the national average for acute trusts.'), with no lead, timescale or status (holdout38
 * grisdale). Neither is an action: the pointer is read as a cross-reference to the metric it names, the statement set
 * aside with why. An action that starts 'See' or 'No' and does something ('Seek …', 'Nominate …', 'See every case …'
 * with a lead and a date) stays an action.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'WDES template' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe("a metric's row answered with no action of its own", () => {
  it("reads 'See Metric 2 – …' as a pointer and 'No action this year – …' as no action, beside the metric's figures", () => {
    const report = read([
      ['Regional WDES action plan template 2020/21'],
      ['WDES metric', 'Metric description', 'Trust position', 'Action(s)', 'Lead', 'Timescale', 'RAG'],
      ['Metric 1', 'Percentage of staff in each band', '3.4%', 'Run a declaration campaign with the staff network.', 'Head of Workforce Information', 'Dec 2020', 'Green'],
      ['Metric 2', 'Likelihood of appointment from shortlisting', '1.38', 'Review every shortlisting decision for disabled applicants.', 'Recruitment Manager', 'Nov 2020', 'Amber'],
      ['Metric 3', 'Likelihood of entering the formal capability process', '1.05', 'See Metric 2 – covered by the case review.'],
      ['Metric 8', 'Adequate adjustments', '78.3%', 'No action this year – above the national average.'],
      ['Metric 9a', 'Engagement score', '6.6 v 7.0', 'Hold quarterly listening sessions led by an executive.', 'Director of Workforce', 'Quarterly', 'Green'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 7]);
    expect(report.issues.filter((i) => i.rule === 'cross-reference-unknown')).toEqual([]);
    expect(setAside(report).join('\n')).toMatch(/Row 6: "No action this year – above the national average\." .* says nothing is to be done, and the row names no lead, timescale or status/);
  });

  it("reads 'Refer to indicator 5' and 'No new actions for 2023/24: …' the same way in a plan whose action comes first", () => {
    const report = read([
      ['Action', 'WRES indicator', 'Owner', 'Due', 'Status'],
      ['Launch a speak-up route for racist abuse from patients.', '5', 'Head of Patient Experience', 'Oct-23', 'In progress'],
      ['Refer to indicator 5 (the same survey question).', '6', '', '', ''],
      ['No new actions for 2023/24: representation at board level already matches the workforce.', '9', '', '', ''],
      ['Offer reverse mentoring to every executive director.', '9', 'Chief Executive', 'Mar-24', 'Not started'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 5]);
    expect(setAside(report).join('\n')).toMatch(/Row 4: .* says nothing is to be done/);
  });

  it("keeps actions that start 'See' or 'No' and name a lead and a date (negative)", () => {
    const report = read([
      ['Action', 'WRES indicator', 'Owner', 'Due', 'Status'],
      ['See every disciplinary case involving BME staff reviewed by a second manager.', '3', 'Head of Employee Relations', 'Oct-23', 'In progress'],
      ['No BME candidate to be shortlisted without an inclusion ambassador on the panel.', '2', 'Head of Resourcing', 'Dec-23', 'Not started'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});
