import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });

// A PDF converted to Excel keeps each page's foot, the running head and the header printed again. Where a page breaks
// inside an action, its last line comes after them: it is still the action's (holdout88 brantholme, tavenham; holdout71
// carrowdale, holdout72 dunmere with the header alone between), never a heading over the actions below.
describe("an action's last line after a page break", () => {
  it("joins the action over the page's footer, the title and the header printed again", () => {
    const report = read({
      values: [
        ['Brookfield Hospitals NHS Trust'],
        ['Workforce Race Equality Standard Action Plan 2019/20'],
        ['No.', 'WRES Indicator', 'Action', 'Lead', 'Target date'],
        ['1', '3', 'Introduce a pre-formal check for disciplinary', 'Deputy Director of', 'Nov 2019'],
        [null, null, 'cases so that an HR Business Partner reviews', 'Workforce'],
        [null, null, 'whether informal resolution has been tried'],
        ['WRES Action Plan 2019/20 – published August 2019', null, null, null, 'Page 1 of 2'],
        ['Brookfield Hospitals NHS Trust'],
        ['Workforce Race Equality Standard Action Plan 2019/20'],
        ['No.', 'WRES Indicator', 'Action', 'Lead', 'Target date'],
        [null, null, 'before a formal investigation is opened.'],
        ['2', '4', 'Record access to non-mandatory training by ethnicity.', 'Head of Education', 'Feb 2020'],
        ['3', '5', 'Launch a campaign with the Staff Side on bullying.', 'Head of Staff Engagement', 'Jan 2020'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.theme, a.lead])).toEqual([[4, null, 'Deputy Director of Workforce'], [12, null, 'Head of Education'], [13, null, 'Head of Staff Engagement']]);
    expect(report.actions[0].action).toMatch(/whether informal resolution has been tried\nbefore a formal investigation is opened\.$/);
    expect(report.issues.find((i) => i.rule === 'row-set-aside' && i.row === 11)?.message).toMatch(/carried over a page break \(rows 7–10 between/);
  });

  it('joins the action over a header printed again alone', () => {
    const report = read({
      values: [
        ['Metric', 'Action/s', 'Timescales', 'Lead/s'],
        ['1. Representation', '1. Hold a career conversation with every Band 5 member of staff.', 'March 2020', 'Head of OD'],
        [null, '2. Review recruitment processes so that advertising,', 'July 2020', 'Recruitment Manager'],
        ['Metric', 'Action/s', 'Timescales', 'Lead/s'],
        [null, 'shortlisting and interviewing are consistent across all directorates.'],
        ['2. Shortlisting', '3. Pilot a diverse interview panel for Band 7 posts.', 'June 2020', 'Recruitment Manager'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([[2, null], [3, null], [6, null]]);
    expect(report.actions[1].action).toBe('2. Review recruitment processes so that advertising,\nshortlisting and interviewing are consistent across all directorates.');
  });

  it('keeps a heading after a page break as a heading when the action above is a finished sentence', () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'Timescale'],
        ['Publish the WRES data on the website.', 'Head of Equality', 'Aug 2020'],
        ['WRES action plan 2020/21', null, 'Page 1 of 2'],
        ['Action', 'Lead', 'Timescale'],
        ['Fair recruitment'],
        ['Train shortlisting panels in fair selection.', 'Head of Resourcing', 'Q3'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([[2, null], [6, 'Fair recruitment']]);
  });
});

// A Board paper's running head (the meeting and the item) is printed again over each page's header; a row repeating one
// printed above the plan, at a page break, is no action (holdout88 tavenham twice, fellbury). Words listed above the
// table and used again as block headings under the header stay headings (holdout48 hollinbrook).
describe("a Board paper's running head printed again at each page break", () => {
  it('reads the repeated running head as no action', () => {
    const report = read({
      values: [
        ['Public Board of Directors – 5 October 2023', null, null, 'Item 9.3 WDES report 2023'],
        ['Appendix 2: WDES Action Plan 2023-24'],
        ['WDES metric', 'Action', 'Lead', 'By', 'RAG'],
        ['Metric 1', 'Ask every member of staff to check their disability status on ESR.', 'Head of Workforce Intelligence', 'Jan 2024', 'On track'],
        ['Metric 2', 'Offer every disabled candidate the chance to ask for adjustments.', 'Head of Recruitment', 'Dec 2023', 'At risk'],
        ['Tavenham University Hospitals NHS Foundation Trust', null, null, null, 'Page 41 of 58'],
        ['Public Board of Directors – 5 October 2023', null, null, 'Item 9.3 WDES report 2023'],
        ['WDES metric', 'Action', 'Lead', 'By', 'RAG'],
        ['Metric 4b', 'Add a “what happened next” email to every report of bullying.', 'Freedom to Speak Up Guardian', 'Mar 2024', 'On track'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([4, 5, 9]);
  });

  it('keeps block headings that repeat the themes listed above the table', () => {
    const report = read({
      values: [
        ['Key themes:'],
        ['1. Counted and seen'],
        ['2. A fair way in'],
        ['No.', 'WDES metric', 'Action', 'Lead(s)', 'Timescale'],
        ['1. Counted and seen'],
        ['1.1', '1', 'Relaunch self-service disability recording on ESR.', 'Head of Workforce Systems', 'Q2 2025/26'],
        ['2. A fair way in'],
        ['2.1', '2', 'Offer every shortlisted candidate an adjustment.', 'Head of Recruitment', 'July 2025'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([[6, '1. Counted and seen'], [8, '2. A fair way in']]);
  });
});
