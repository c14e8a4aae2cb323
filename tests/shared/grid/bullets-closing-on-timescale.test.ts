/**
 * A plan laid out in a report's page with no header row and no heading that calls anything an action: subject headings
 * ('Workstream 1 – Fair recruitment and progression'), each over bullets that close on their own timescale in a bracket
 * ('• Diverse interview panels for all posts at Band 7 and above (Q2)'). A line that says when it is due is a step to
 * be taken by then: every bullet of the group closing so makes the group the plan's actions, the heading their theme,
 * the bracket their due (holdout63 elverton, an annual report's page pasted from two columns). Bullets under a heading
 * of achievements, findings or progress, bullets that open with what was done, and groups where only some close on a
 * date stay no action; and the year the report's page names for its work is the plan's, not the report's own year.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2022, 5, 30));
const read = (rows: CellValue[][], sheetName = 'Report'): PlanReport => checkPlan({ values: rows, sheetName }, { asAt: AS_AT });
const actionEvidence = (r: PlanReport) => r.columnEvidence.find((e) => e.field === 'action')?.reason ?? '';

describe('bullets under subject headings, each closing on its own timescale', () => {
  it("reads plain subject headings over '–' items closing '(by Q3 2022/23)' or '(March 2023).', a paragraph above and below", () => {
    const r = read([
      ['Harbury Community NHS Trust – Equality, diversity and inclusion report'],
      ['Our race equality work this year builds on the staff survey and on what the network told us in the spring.'],
      [],
      ['Recruitment and promotion'],
      ['– A trained inclusion adviser on every interview panel at Band 8a and above (by Q3 2022/23)'],
      ['– Shortlisting outcomes by ethnicity reported to the People Committee (March 2023).'],
      [],
      ['Staff experience'],
      ['– Listening events with the Race Equality Network on every site (Q2 2022/23)'],
      ['– A review of every disciplinary case involving BME staff before a hearing (by December 2022)'],
      [],
      ['Progress will be reported to the Board twice a year.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.theme, a.due.text])).toEqual([
      [5, 'Recruitment and promotion', 'Q3 2022/23'],
      [6, 'Recruitment and promotion', 'March 2023'],
      [9, 'Staff experience', 'Q2 2022/23'],
      [10, 'Staff experience', 'December 2022'],
    ]);
    expect(r.actions[0].action).toBe('– A trained inclusion adviser on every interview panel at Band 8a and above (by Q3 2022/23)');
    expect(r.actions.every((a) => a.lead === '')).toBe(true);
    expect(actionEvidence(r)).toContain(
      "Row 5: a bullet under 'Recruitment and promotion' (row 4), a heading over bullets that each close on a timescale of their own ('(Q3 2022/23)'), so each is a step the plan will take by then",
    );
  });

  it("reads numbered workstream bands in column B over spaced '•' bullets, beside a second column's numbered list that is no action", () => {
    const r = read([
      ['Kestrel Valley Hospital NHS Trust   |   Annual Report 2021/22', '', '', 'Page 88'],
      ['', 'In 2022/23 our race equality work for 2022/23 is organised in two workstreams.', '', '4.2 Our equality duties'],
      ['', '', '', '1.  The Equality Delivery System, graded with our partners'],
      ['', '', '', '2.  The Workforce Race Equality Standard, with its 9 indicators'],
      ['', 'Objective A – Safe to speak up', '', ''],
      ['', '• A Freedom to Speak Up champion for BME staff in each division (due Q1).', '', ''],
      [],
      ['', '• Bullying and harassment cases reviewed for bias by an independent panel (Q4).', '', ''],
      ['', 'Objective B – Leadership', '', ''],
      ['', '• Reverse mentoring for the executive team (Q3)', '', ''],
      ['', '• A Board session on the WRES results with the network (Q2)', '', ''],
    ]);
    expect(r.actions.map((a) => [a.row, a.theme, a.due.text])).toEqual([
      [6, 'Objective A – Safe to speak up', 'Q1'],
      [8, 'Objective A – Safe to speak up', 'Q4'],
      [10, 'Objective B – Leadership', 'Q3'],
      [11, 'Objective B – Leadership', 'Q2'],
    ]);
    // '9 indicators' in the other column's list names no indicator of these actions.
    expect(r.actions.every((a) => a.indicators.length === 0)).toBe(true);
  });

  it('leaves bullets under achievements, findings, done work or only partly dated as no action', () => {
    // Achievements, each closing on when it happened.
    expect(read([
      ['Highlights of the year'],
      ['• Race Equality Network relaunched with an executive sponsor (April 2022)'],
      ['• Inclusive recruitment training for 80 managers (Q1 2022/23)'],
    ]).actions).toEqual([]);
    // A subject heading over bullets opening with what was done.
    expect(read([
      ['Recruitment'],
      ['• Launched reverse mentoring for the executive team (Q2)'],
      ['• Introduced diverse panels at Band 8a and above (Q3)'],
    ]).actions).toEqual([]);
    // Findings, each with the year of its data.
    expect(read([
      ['Representation'],
      ['• BME staff at Band 8a and above: 11.2% (2021/22)'],
      ['• White applicants 1.6 times more likely to be appointed (2021/22)'],
    ]).actions).toEqual([]);
    // Only one bullet of the group says when it is due: a description, not a list of steps.
    expect(read([
      ['Recruitment and promotion'],
      ['• Diverse interview panels at Band 8a and above (Q2)'],
      ['• The network is consulted on every senior appointment'],
      ['• Shortlisting data reported to the committee'],
    ]).actions).toEqual([]);
  });
});

describe("the year a report's page names for its work", () => {
  it("is the plan's year, not the year of the annual report it sits in", () => {
    const r = read([
      ['Elmbridge NHS Trust   |   Annual Report and Accounts 2020/21'],
      ['When planning the inclusion work for 2021/22 we agreed two workstreams with the network.'],
      ['Workstream 1 – Recruitment'],
      ['• Diverse panels at Band 8a and above (Q2)'],
      ['• Shortlisting data to divisional boards (Q3)'],
    ]);
    expect(r.identity.period.value).toBe('2021-22');
    // A report's year stays the plan's where no line gives its work another.
    expect(read([
      ['Elmbridge NHS Trust   |   Annual Report and Accounts 2020/21'],
      ['Workstream 1 – Recruitment'],
      ['• Diverse panels at Band 8a and above (Q2)'],
      ['• Shortlisting data to divisional boards (Q3)'],
    ]).identity.period.value).toBe('2020-21');
  });
});
