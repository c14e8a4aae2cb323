import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A pivot table pasted as values, and the outlines people type by hand in its image: a label (the lead, the metric)
 * written once on the first row of its group and blank below it, a '<label> Total' subtotal after each group, a
 * 'Grand Total' at the end, and '(blank)' where the pivot had no value. The total rows are summaries, a label written
 * once is each of its group's rows', and '(blank)' is an empty value. A lead column with gaps and no such group
 * evidence is still a plan with leads missing.
 */
const AS_AT = new Date(Date.UTC(2023, 3, 30));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const issues = (report: ReturnType<typeof read>, rule: string) => report.issues.filter((i) => i.rule === rule);

describe('a pivot table pasted as values', () => {
  it('carries the director down its group, reads the subtotals and the grand total as summaries, and says why', () => {
    const report = read([
      ['Harrowgate Community NHS Trust – WRES actions by accountable director'],
      ['Standard', 'WRES'],
      [],
      ['Accountable director', 'Indicator', 'Action', 'Target', 'RAG', 'Count of Action'],
      ['Director of People', 'Indicator 1', 'Publish ethnicity by band for every division each quarter.', 'Sep 2023', 'Green', 1],
      [null, null, 'Set divisional targets for BME staff at Band 8a and above.', 'Mar 2024', 'Amber', 1],
      [null, 'Indicator 2', 'Put a trained BME panel member on every Band 7+ interview panel.', 'Dec 2023', 'Green', 1],
      ['Director of People Total', null, null, null, null, 3],
      ['Medical Director', 'Indicator 5', 'Record and act on racist abuse from patients in the incident system.', 'Jun 2023', 'Red', 1],
      [null, null, 'Back staff who report abuse with a named senior contact.', 'Oct 2023', 'Amber', 1],
      ['Medical Director Total', null, null, null, null, 2],
      ['Grand Total', null, null, null, null, 5],
    ]);
    expect(report.actions.map((a) => [a.row, a.lead, a.indicators])).toEqual([
      [5, 'Director of People', ['1']],
      [6, 'Director of People', ['1']],
      [7, 'Director of People', ['2']],
      [9, 'Medical Director', ['5']],
      [10, 'Medical Director', ['5']],
    ]);
    expect(report.actions[1].sources.lead?.why).toBe("Lead: 'Director of People', written once above for its group (A5)");
    expect(report.columnEvidence.find((e) => e.field === 'lead')?.reason).toContain("subtotal 'Director of People Total' on row 8");
    const aside = issues(report, 'row-set-aside');
    expect(aside.map((i) => i.row)).toEqual([8, 11, 12]);
    expect(aside[0].message).toContain("a subtotal ('Director of People Total')");
    expect(aside[2].message).toContain("the grand total ('Grand Total')");
    expect(issues(report, 'lead-missing')).toEqual([]);
    // 'Count of Action' is the pivot's value field (1 on every row): no ref, so no action is told its ref repeats.
    expect(report.actions.every((a) => !a.ref)).toBe(true);
    expect(issues(report, 'header-unmapped').map((i) => i.message).join('\n')).toContain("pivot table's value field");
  });

  it('reads a pivot grouped by lead then metric with subtotals on both, its counts switched off', () => {
    const report = read([
      ['WDES plan 2023/24 (pivot, values only)'],
      ['Lead', 'WDES metric', 'What we will do', 'By', 'Status'],
      ['Head of OD', 'M4a', 'Train managers to act on harassment reports from disabled staff.', '31/10/2023', 'On track'],
      [null, null, 'Add a disability category to the incident form.', '30/11/2023', 'Complete'],
      [null, 'M4a Total'],
      [null, 'M9b', 'Give the disability network chair protected time.', '31/12/2023', 'At risk'],
      [null, 'M9b Total'],
      ['Head of OD Total'],
      ['Head of Resourcing', 'M2', 'Offer a guaranteed interview to disabled applicants who meet the criteria.', '(blank)', 'Not started'],
      ['Head of Resourcing Total'],
      ['Grand Total'],
    ]);
    expect(report.actions.map((a) => [a.row, a.lead, a.indicators])).toEqual([
      [3, 'Head of OD', ['4a']],
      [4, 'Head of OD', ['4a']],
      [6, 'Head of OD', ['9b']],
      [9, 'Head of Resourcing', ['2']],
    ]);
    // '(blank)' is no timescale: the action is said to have none, not one that cannot be read.
    expect(report.actions[3].due.text).toBe('');
    expect(issues(report, 'due-unparsed')).toEqual([]);
    expect(issues(report, 'lead-missing')).toEqual([]);
  });

  it("reads subtotals typed in capitals or with spaces after 'Total' (a non-breaking one from a web copy) as closing their groups", () => {
    const report = read([
      ['WRES actions by director (pivot, values only)'],
      ['Director', 'Action', 'Due', 'RAG', 'Count'],
      ['Director of People', 'Publish ethnicity by band for every division each quarter.', 'Sep 2023', 'Green', 1],
      [null, 'Set divisional targets for BME staff at Band 8a and above.', 'Mar 2024', 'Amber', 1],
      ['DIRECTOR OF PEOPLE TOTAL\u00a0 ', null, null, null, 2],
      ['Chief Nurse', 'Record and act on racist abuse from patients.', 'Jun 2023', 'Red', 1],
      [null, 'Back staff who report abuse with a named senior contact.', 'Oct 2023', 'Amber', 1],
      ['Chief Nurse Total', null, null, null, 2],
    ]);
    expect(report.actions.map((a) => [a.row, a.lead])).toEqual([
      [3, 'Director of People'],
      [4, 'Director of People'],
      [6, 'Chief Nurse'],
      [7, 'Chief Nurse'],
    ]);
    expect(report.columnEvidence.find((e) => e.field === 'lead')?.reason).toContain("subtotal 'Director of People Total' on row 5");
    expect(issues(report, 'lead-missing')).toEqual([]);
  });
});

describe('an outline typed by hand', () => {
  it('carries each lead written once over its group, in the first column, to the rows below it', () => {
    const report = read([
      ['WRES action plan 2022/23'],
      ['Executive owner', 'Ref', 'Action', 'Deadline', 'Progress'],
      ['Chief Executive', 'R1', 'Set a Board objective on race equality.', 'Jun 2022', 'Complete'],
      [null, 'R2', 'Report WRES progress to every public Board meeting.', 'Quarterly', 'On track'],
      ['Chief People Officer', 'R3', 'Audit shortlisting outcomes by ethnicity.', 'Sep 2022', 'On track'],
      [null, 'R4', 'Launch reciprocal mentoring for the executive team.', 'Dec 2022', 'Not started'],
      [null, 'R5', 'Review the disciplinary process with a cultural ambassador.', 'Mar 2023', 'On track'],
      ['Chief Nurse', 'R6', 'Support ward staff abused by patients.', 'Oct 2022', 'At risk'],
      [null, 'R7', 'Publish harassment data by ward.', 'Jan 2023', 'On track'],
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Chief Executive', 'Chief Executive', 'Chief People Officer', 'Chief People Officer', 'Chief People Officer', 'Chief Nurse', 'Chief Nurse']);
    expect(report.actions[6].sources.lead?.why).toBe("Lead: 'Chief Nurse', written once above for its group (A8)");
    expect(issues(report, 'lead-missing')).toEqual([]);
  });
});

describe('a blank lead with no group evidence is still a lead missing', () => {
  it('raises lead-missing where a lead column repeats its leads and leaves some rows blank', () => {
    const report = read([
      ['WRES action plan 2022/23'],
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Audit shortlisting outcomes by ethnicity.', 'Head of Resourcing', 'Sep 2022', 'On track'],
      ['2', 'Launch reciprocal mentoring.', null, 'Dec 2022', 'Not started'],
      ['3', 'Review the disciplinary process.', 'Head of ER', 'Mar 2023', 'On track'],
      ['4', 'Publish harassment data by ward.', null, 'Jan 2023', 'On track'],
      ['5', 'Run listening events with the network.', 'Head of Resourcing', 'Feb 2023', 'On track'],
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Resourcing', '', 'Head of ER', '', 'Head of Resourcing']);
    expect(issues(report, 'lead-missing').map((i) => i.row)).toEqual([4, 6]);
  });

  it('raises lead-missing in a first-column lead whose top rows are blank (no group starts there)', () => {
    const report = read([
      ['WRES action plan 2022/23'],
      ['Lead', 'Action', 'Due', 'Status'],
      [null, 'Audit shortlisting outcomes by ethnicity.', 'Sep 2022', 'On track'],
      [null, 'Launch reciprocal mentoring.', 'Dec 2022', 'Not started'],
      ['Head of ER', 'Review the disciplinary process.', 'Mar 2023', 'On track'],
      [null, 'Publish harassment data by ward.', 'Jan 2023', 'On track'],
      ['Head of OD', 'Run listening events with the network.', 'Feb 2023', 'On track'],
      [null, 'Coach BME staff for Band 8a interviews.', 'Feb 2023', 'On track'],
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['', '', 'Head of ER', '', 'Head of OD', '']);
    expect(issues(report, 'lead-missing')).toHaveLength(4);
  });

  it("reads a pivot's '(blank)' lead as none named, not as a lead", () => {
    const report = read([
      ['WRES action plan 2022/23'],
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Audit shortlisting outcomes by ethnicity.', 'Head of Resourcing', 'Sep 2022', 'On track'],
      ['2', 'Launch reciprocal mentoring.', '(blank)', 'Dec 2022', 'Not started'],
      ['3', 'Review the disciplinary process.', 'Head of ER', 'Mar 2023', 'On track'],
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Resourcing', '', 'Head of ER']);
    expect(issues(report, 'lead-missing').map((i) => i.row)).toEqual([4]);
  });
});

describe('total rows of a table that is no pivot', () => {
  it("reads an Excel table's total row, counting in several columns, as a summary", () => {
    const report = read([
      ['WDES action plan 2021/22'],
      ['No.', 'Metric', 'Action', 'Owner', 'Due', 'Status', 'Actions'],
      ['1', 'Metric 1', 'Run a declaration campaign.', 'Head of Workforce', 'Oct 2021', 'Complete', 1],
      ['2', 'Metric 3', 'Add an occupational health check before capability hearings.', 'Head of ER', 'Dec 2021', 'On track', 1],
      ['Total', null, null, null, null, 2, 2],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
    expect(issues(report, 'row-set-aside')[0].message).toContain("a total ('Total')");
  });
});
