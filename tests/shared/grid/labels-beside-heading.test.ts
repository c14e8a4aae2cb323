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

/**
 * Such a heading row right UNDER the header, where a header's second row would sit, is still the group's heading: its
 * cells write a lead and a date behind labels ('Lead: Head of Resourcing'), which no row of field names does — however
 * weakly the header above names its columns ('Budget | Item | Actions | Progress', holdout57 lanthorne under the layout
 * property). A header's real second row, field names under group labels, still joins it.
 */
describe('a heading row giving its lead and deadline right under a weak header', () => {
  it("keeps the first heading row out of the header: its group's actions read their lead, deadline and theme from it", () => {
    const report = read([
      ['Lanthorne Eye Hospital – WDES action plan 2024/25'],
      ['Budget', 'Item', 'Actions', 'Progress'],
      ['', 'Metrics 1 and 2 – Representation', '', 'Lead: Head of Resourcing\nDeliver by: March 2025'],
      ['£5,000', '1.1', 'Review the disability status recorded for every member of staff in imaging.', 'RAG: Green\nCampaign run in November.'],
      ['Nil', '1.2', 'Include a panel member with lived experience of disability on Band 7 panels.', 'RAG: Amber\nPool of 11 trained.'],
      ['', 'Metric 9a – Engagement', '', 'Lead: Chief People Officer\nDeliver by: March 2025'],
      ['Nil', '2.1', 'Give the network chair a place on the People Committee.', 'RAG: Green\nAttends from November.'],
    ], { merges: [span(2, 1, 2), span(5, 1, 2)] });
    expect(report.headerRows).toEqual([2]);
    expect(report.actions.map((a) => [a.row, a.lead, a.due.text, a.theme])).toEqual([
      [4, 'Head of Resourcing', 'March 2025', 'Metrics 1 and 2 – Representation'],
      [5, 'Head of Resourcing', 'March 2025', 'Metrics 1 and 2 – Representation'],
      [7, 'Chief People Officer', 'March 2025', 'Metric 9a – Engagement'],
    ]);
  });

  it("keeps out a heading row of an indicator and 'Owner: …' / 'Timescale: …' under 'Spend | Item | Actions | Notes'", () => {
    const report = read([
      ['WRES plan 2023/24'],
      ['Spend', 'Item', 'Actions', 'Notes'],
      ['', 'Indicator 2 – Shortlisting', '', 'Owner: Head of Recruitment\nTimescale: Q4 2023/24'],
      ['Nil', 'A1', 'Put an independent panel member on every Band 8a interview.', 'Started.'],
      ['£2,000', 'A2', 'Publish shortlisting ratios each quarter.', 'Not yet.'],
      ['', 'Indicator 5 – Harassment from patients', '', 'Owner: Head of Security\nTimescale: Q2 2024/25'],
      ['Nil', 'A3', 'Add racial abuse to the incident form.', 'Done.'],
    ], { merges: [span(2, 1, 2), span(5, 1, 2)] });
    expect(report.headerRows).toEqual([2]);
    expect(report.actions.map((a) => [a.row, a.lead, a.due.text])).toEqual([
      [4, 'Head of Recruitment', 'Q4 2023/24'],
      [5, 'Head of Recruitment', 'Q4 2023/24'],
      [7, 'Head of Security', 'Q2 2024/25'],
    ]);
  });

  it("NEGATIVE: a header's second row of field names under its group labels still joins the header", () => {
    const report = read([
      ['WRES plan 2023/24'],
      ['THE PLAN', '', 'DELIVERY', ''],
      ['Ref', 'Action', 'Lead', 'Timescale'],
      ['A1', 'Put an independent panel member on every Band 8a interview.', 'Head of Recruitment', 'March 2024'],
      ['A2', 'Publish shortlisting ratios each quarter.', 'Workforce Information', 'June 2024'],
    ], { merges: [span(1, 0, 1), span(1, 2, 3)] });
    expect(report.headerRows).toEqual([2, 3]);
    expect(report.actions.map((a) => [a.row, a.lead, a.due.text])).toEqual([
      [4, 'Head of Recruitment', 'March 2024'],
      [5, 'Workforce Information', 'June 2024'],
    ]);
  });
});
