import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Rows trusts put in or around the action grid that are no actions (`stray-rows.property.test.ts` puts them into every
 * plan): a printed page's bare number, another table's rows (figures, versions), the page's running head and header
 * printed again part-way down, notes under the table.
 */
const AS_AT = new Date(Date.UTC(2022, 1, 14));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });

describe("a printed page's bare number between actions", () => {
  it('is no heading: the actions under it keep their section', () => {
    const report = read([
      ['Action', 'Lead', 'Timescale', 'Status'],
      ['Recruitment'],
      ['Use diverse interview panels for Band 7 and above.', 'Head of Resourcing', 'Q3 2023/24', 'Green'],
      [null, '7'],
      ['Publish shortlisting data by ethnicity every quarter.', 'Workforce Intelligence Lead', 'Q4 2023/24', 'Amber'],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([[3, 'Recruitment'], [5, 'Recruitment']]);
  });

  it("is no line of the action above, and does not part an objective from its numbered actions", () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Progress'],
      ['1', 'Objective 1 – Fair recruitment'],
      [null, '12'],
      ['1.1', 'Train every recruiting manager in inclusive recruitment.', 'Head of Resourcing', 'March 2023', 'Course booked'],
      [null, null, null, null, '3'],
      ['1.2', 'Audit appointments from shortlisting by ethnicity.', 'Workforce Lead', 'June 2023', 'Not started'],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme, a.progress])).toEqual([[4, 'Objective 1 – Fair recruitment', 'Course booked'], [6, 'Objective 1 – Fair recruitment', 'Not started']]);
  });
});

describe('a row of another table with a figure in the action column', () => {
  it('reads a table of indicator figures under the plan as no actions', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Timescale'],
      ['1', 'Run reciprocal mentoring for BME staff and board members.', 'Head of OD', 'March 2023'],
      ['2', 'Include an inclusive leadership objective in every appraisal.', 'Chief People Officer', 'June 2023'],
      [],
      ['Indicator', '2021', '2022', 'Change'],
      ['1. BME staff in Bands 8–9', '8.2%', '9.1%', '+0.9'],
      ['2. Relative likelihood of appointment', '1.62', '1.48', '-0.14'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });

  // Its header row ('Version | Date | Author | Changes': 'Date' in the action column) is still read as an action: known.
  it('reads the rows of a version history under the plan as no actions, and says why', () => {
    const report = read([
      ['No.', 'Action', 'Owner', 'Deadline', 'RAG'],
      ['1', 'Publish the WDES data on the Trust website.', 'EDI Lead', 'Q2 2023/24', 'Green'],
      ['2', 'Review the reasonable adjustments passport with the staff network.', 'Head of OD', 'Q4 2023/24', 'Amber'],
      [],
      ['Version', 'Date', 'Author', 'Changes'],
      [0.1, '12/05/2023', 'EDI Lead', 'First draft'],
      [1, '14/07/2023', 'Head of OD', 'Approved by People Committee'],
    ]);
    expect(report.actions.map((a) => a.row)).not.toContain(6);
    expect(report.actions.map((a) => a.row)).not.toContain(7);
    const aside = report.issues.filter((i) => i.rule === 'row-set-aside' && i.row === 6);
    expect(aside[0]?.message).toContain("is read as a note, not an action — its action cell holds '12/05/2023', a figure or a date, not words");
  });
});

describe('the page header printed again part-way down', () => {
  const plan = (title: string): CellValue[][] => [
    ['WRES action plan 2022/23'],
    [],
    ['Action', 'Lead', 'Due', 'Progress', 'Outcome'],
    ['Introduce values-based interview questions for all posts.', 'Head of Resourcing', 'Dec 2022', 'Question bank drafted.', 'Fairer appointments'],
    ['Train 40 Freedom to Speak Up champions from BME backgrounds.', 'Guardian', 'Mar 2023', '23 trained.', 'More concerns raised'],
    [title],
    ['Action', 'Lead', 'Due', 'Progress', 'Outcome'],
    ['Run reciprocal mentoring between BME colleagues and board members.', 'Chief Executive', 'Jun 2023', '', 'Board hears lived experience'],
  ];

  it("takes no theme from the page's running head ('… (continued)', '… cont.')", () => {
    for (const title of ['WRES action plan (continued)', 'WRES Action Plan 2022/23 cont.']) {
      const report = read(plan(title));
      expect(report.actions.map((a) => [a.row, a.theme]), title).toEqual([[4, null], [5, null], [8, null]]);
    }
  });

  it('keeps the columns the header gave first, though the rows under the copy leave a column empty', () => {
    const report = read(plan('Page 2 of 3'));
    const last = report.actions.find((a) => a.row === 8)!;
    expect([last.progress, last.outcome]).toEqual(['', 'Board hears lived experience']);
  });
});

describe('a note under the last action', () => {
  it("is no further line of the action above, in the action's column or a narrative column", () => {
    for (const note of ['Note: data from ESR as at 31 March 2022.', '* Indicator 9 is measured at board level.', 'Source: NHS England WRES 2022 data analysis report']) {
      const report = read([
        ['Progress', 'Action', 'Lead', 'Due'],
        ['Cohort 1 under way.', 'Launch a positive action programme for Bands 5 to 7', 'Head of OD', 'March 2023'],
        ['Review booked.', 'Review every disciplinary case before it goes to a hearing', 'Head of Employee Relations', 'June 2023'],
        [note],
      ]);
      const last = report.actions[report.actions.length - 1];
      expect([report.actions.length, last.progress, last.action], note).toEqual([2, 'Review booked.', 'Review every disciplinary case before it goes to a hearing']);
    }
  });
});
