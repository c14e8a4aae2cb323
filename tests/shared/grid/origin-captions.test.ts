import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readStatusCaption } from '../../../shared/grid/read-status-caption';
import { remarksOnActions } from '../../../shared/grid/remarks-on-actions';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Two kinds of row between actions that say nothing of what the actions are about, so give them no theme:
 *
 * - a BAND saying where the actions under it came from or how new they are, often lettered on its own ('A. Carried
 *   forward from 2023-24', 'B. New actions for 2024-25', 'C. Added during the year', 'Added at the mid-year review – EDI
 *   Steering Group, 17 October 2023'): the actions are grouped by origin, so they have no theme (holdout45 ashdown,
 *   stourhaven);
 * - a NOTE kept between the actions telling what happened on a day ('Discussed at E&D Steering Group 12/1/17 – BME staff
 *   network to be invited …', 'Control room event moved – too short-staffed on 19/12. New date to find.'): a remark, so
 *   the actions below keep the theme they had (holdout41 elmstow, fellbridge).
 *
 * A lettered subject ('A. Recruitment and progression') and headings without such words stay themes, as does a band
 * naming the event its actions answer ('Actions added after the December 2022 engagement event', holdout29 brantwood's
 * gold): what was said there is what they are about.
 */
const AS_AT = new Date(Date.UTC(2024, 11, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const themes = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.theme]);
const notes = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('a band saying where its actions came from', () => {
  it("gives no theme under lettered origin bands ('A. Carried forward from 2022/23', 'B) New actions agreed at the People Committee', 'C – Added in year')", () => {
    const band = (t: string) => [t, t, t, t, t, t];
    const report = read(
      [
        ['Thornbury Community Health NHS Trust'],
        ['WDES action plan 2023/24'],
        [],
        ['No.', 'Metric', 'What we will do', 'Owner', 'Deadline', 'Progress'],
        band('A. Carried forward from 2022/23'),
        ['1', '4a', 'Run civility workshops for the community nursing teams.', 'Head of OD', 'Sep 2023', 'In progress'],
        ['2', '1', 'Cut the share of staff whose disability status is not declared.', 'Workforce Information Lead', 'Mar 2024', 'Complete'],
        band('B) New actions agreed at the People Committee'),
        ['3', '2', 'Publish easy read versions of every job advert.', 'Recruitment Manager', 'Dec 2023', 'Not started'],
        band('C – Added in year'),
        ['4', '8', 'Give every manager a reasonable adjustments guide.', 'Occupational Health Lead', 'Feb 2024', 'In progress'],
      ],
      { merges: [4, 7, 9].map((r) => ({ top: r, left: 0, bottom: r, right: 5 })) },
    );
    expect(themes(report)).toEqual([[6, null], [7, null], [9, null], [11, null]]);
    expect(notes(report)).toContain(
      'Row 5: "A. Carried forward from 2022/23" is read as a note, not an action — it says when or where its actions came into the plan, not what they are about, so it gives them no theme',
    );
  });

  it("ends a subject's theme at a band saying its actions were added at a meeting, the action first and the band in one cell", () => {
    const report = read([
      ['Action', 'Indicator', 'Lead', 'Due', 'Status'],
      ['Recruitment and progression'],
      ['Put a BME Network member on every Band 7 and above panel.', '2', 'Head of Recruitment', '31/12/2023', 'In progress'],
      ['Leadership and Board'],
      ['Set a target for BME representation on the Board.', '9', 'Chief People Officer', '31/03/2024', 'Not started'],
      ['Added at the Q2 review – People Committee, 12 October 2023'],
      ['Audit two years of disciplinary cases by ethnicity.', '3', 'Head of Employee Relations', '31/03/2024', 'Not started'],
      ['Run a campaign on reporting racism from colleagues.', '6', 'Freedom to Speak Up Guardian', '29/02/2024', 'In progress'],
    ]);
    expect(themes(report)).toEqual([[3, 'Recruitment and progression'], [5, 'Leadership and Board'], [7, null], [8, null]]);
    expect(notes(report).some((m) => m.startsWith('Row 6:') && m.includes('came into the plan'))).toBe(true);
  });

  it("keeps a lettered subject ('A. Recruitment and progression') and a heading that only starts like one ('New starters and induction') as themes", () => {
    const report = read([
      ['Ref', 'Indicator', 'Action', 'Lead', 'Due', 'RAG'],
      ['A. Recruitment and progression'],
      ['1', '2', 'Put a BME member on every interview panel.', 'Head of Recruitment', 'Q2', 'G'],
      ['New starters and induction'],
      ['2', '1', 'Ask every new starter for their ethnicity at induction.', 'Workforce Information Manager', 'Q3', 'A'],
      ['Added value of staff networks'],
      ['3', '8', 'Give network chairs protected time.', 'Chief People Officer', 'Q4', 'R'],
    ]);
    expect(themes(report)).toEqual([[3, 'A. Recruitment and progression'], [5, 'New starters and induction'], [7, 'Added value of staff networks']]);
    expect(notes(report).filter((m) => m.includes('came into the plan'))).toEqual([]);
  });
});

describe('a note telling what happened on a day', () => {
  it("keeps the heading's theme across a merged note of a meeting's discussion and a note typed in the action column", () => {
    const report = read(
      [
        ['Ref', 'Action', 'Lead', 'Timescale', 'Comments'],
        ['Fair recruitment'],
        ['1', 'Review shortlisting for Band 5 posts.', 'HR', 'Mar-17', ''],
        ['Discussed at Workforce Committee 12/1/17 – staff network to be invited to the next meeting.'],
        ['2', 'Include a BME member on Band 7 interview panels.', 'E&D lead', '31.03.17', ''],
        ['', 'Listening event postponed – room double-booked on 19/12. New date to find.'],
        ['3', 'Track applications to the leadership programme by ethnicity.', 'L&D', 'Apr 2017', ''],
      ],
      { merges: [{ top: 1, left: 0, bottom: 1, right: 4 }, { top: 3, left: 0, bottom: 3, right: 4 }] },
    );
    expect(report.actions.map((a) => a.row)).toEqual([3, 5, 7]);
    expect(themes(report)).toEqual([[3, 'Fair recruitment'], [5, 'Fair recruitment'], [7, 'Fair recruitment']]);
    expect(notes(report).some((m) => m.startsWith('Row 6:') && m.includes("it tells what happened ('postponed', on 19/12)"))).toBe(true);
  });

  it('gives no theme where the plan has none, across a note between indicator groups', () => {
    const report = read([
      ['Ind.', 'Action', 'Who', 'By when', 'Where we are'],
      ['1', 'Publish BME headcount by band every quarter.', 'JW', 'end Sept 17', 'Done'],
      ['', 'Station briefing moved – managers away on 3/11. Rebook for December.'],
      ['4', 'Open the team leader course to ambulance care assistants.', 'SD', 'Mar-18', 'Moving'],
      ['9', 'Ask the Chair to widen the search for the next non-executive director.', 'JW', '2018', 'not started yet'],
    ]);
    expect(themes(report)).toEqual([[2, null], [4, null], [5, null]]);
  });

  it.each([
    ['Staff survey results 2023'],
    ['Agreed priorities for 2024/25'],
    ['Theme B: Fair treatment at work'],
  ])('%s is no account of what happened', (heading) => {
    expect(remarksOnActions(heading)).toBeNull();
  });
});

describe('readStatusCaption: when or where actions joined the plan', () => {
  it.each([
    ['A. Carried forward from 2023-24', null],
    ['C. Added during the year', null],
    ['Added at the mid-year review – EDI Steering Group, 17 October 2023', null],
    // New to that year's plan: how the actions stand in its years, as 'Continuing' says, no status (holdout68 severnmoor).
    ['B. New actions for 2024-25', null],
    ['PART 2 – NEW ACTIONS FOR 2025/26', null],
  ])('%s → status %s', (heading, status) => {
    expect(readStatusCaption(heading)).toEqual({ status });
  });

  it.each(['A. Recruitment and progression', 'New starters and induction', 'Added value of staff networks', 'A-level apprenticeships', 'Actions added after the December 2022 engagement event'])('%s names a subject', (heading) => {
    expect(readStatusCaption(heading)).toBeNull();
  });
});
