import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A heading row whose other cell gives its group's lead and deadline behind labels (holdout57 lanthorne: 'Metrics 4a and
 * 4b – Harassment' merged over A:B, and in C 'Lead: Head of Patient Experience' / 'Deliver by: December 2024'). The
 * action rows have no lead or date of their own: each takes the heading row's labelled values, and the heading stays
 * their theme. The next heading gives its own, or none.
 */
const AS_AT = new Date(Date.UTC(2024, 11, 1));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const span = (r: number, left: number, right: number) => ({ top: r, left, bottom: r, right });

describe("a heading row giving its group's lead and deadline behind labels", () => {
  it('gives each action under the heading the labelled lead and deadline, the heading staying the theme', () => {
    const report = read([
      ['Ashcombe Community NHS Trust – WRES action plan 2024/25'],
      ['No.', 'What we will do', 'Update'],
      ['Recruitment and promotion', '', 'Lead: Head of Talent\nDeliver by: March 2025'],
      ['1', 'Add an independent panel member to every Band 8a interview.', 'Started in October.'],
      ['2', 'Publish shortlisting outcomes by ethnicity each quarter.', 'First report in January.'],
      ['Bullying and harassment', '', 'Lead: Freedom to Speak Up Guardian\nDeadline: December 2024'],
      ['3', 'Run listening events with the race equality network on every site.', 'Two held.'],
    ], { merges: [span(2, 0, 1), span(5, 0, 1)] });
    expect(report.actions.map((a) => [a.row, a.lead, a.due.text, a.theme])).toEqual([
      [4, 'Head of Talent', 'March 2025', 'Recruitment and promotion'],
      [5, 'Head of Talent', 'March 2025', 'Recruitment and promotion'],
      [7, 'Freedom to Speak Up Guardian', 'December 2024', 'Bullying and harassment'],
    ]);
    expect(report.actions[2].sources.lead?.why).toBe("Lead: 'Freedom to Speak Up Guardian', labelled on the heading row 6 (C6) for every action under it");
    expect(report.actions[0].sources.due?.why).toBe("Due: 'March 2025', labelled on the heading row 3 (C3) for every action under it");
  });

  it('reads the labels in the middle cell of a four-column plan, and a heading with only a lead gives no date', () => {
    const report = read([
      ['WDES plan 2023/24'],
      ['Metric', 'Action', 'Measure of success', 'RAG'],
      ['Metric 9a – Engagement', 'Owner: Director of People; Timescale: Q4 2023/24', '', ''],
      ['', 'Invite the disability network chair to the People Committee.', 'Chair attends every meeting.', 'Green'],
      ['Metric 10 – Board', 'Owner: Company Secretary', '', ''],
      ['', 'Offer every Board member disability awareness training.', 'All trained.', 'Amber'],
    ]);
    expect(report.actions.map((a) => [a.row, a.lead, a.due.text])).toEqual([
      [4, 'Director of People', 'Q4 2023/24'],
      [6, 'Company Secretary', ''],
    ]);
  });

  it('does not carry a lead from a labelled heading into the next heading that names none', () => {
    const report = read([
      ['WRES action plan 2024/25'],
      ['Ref', 'Action', 'Progress'],
      ['Data', '', 'Lead: Head of Workforce Information'],
      ['1', 'Publish the WRES data by directorate.', 'Done.'],
      ['Culture', '', 'Discussed at the People Committee in May.'],
      ['2', 'Hold a race equality week.', 'Planned for October.'],
    ], { merges: [span(2, 0, 1), span(4, 0, 1)] });
    expect(report.actions.map((a) => [a.row, a.lead, a.due.text])).toEqual([
      [4, 'Head of Workforce Information', ''],
      [6, '', ''],
    ]);
  });
});
