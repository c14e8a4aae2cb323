/**
 * A PRIORITY'S 'WHERE WE ARE' / 'WHERE WE WANT TO BE' LINES UNDER ITS HEADING (holdout87 wendlebury): each priority row
 * is followed by 'Where we are (2021 WDES): 4.8% of staff declare …' and 'Where we want to be by 2024: …', merged across
 * the grid, then its actions. The first line names the standard and a year, so it was taken for a running title, which
 * parted the second from its heading: the second became the actions' theme. Both lines describe the block (its return's
 * figures, its aim): the theme is the priority heading, and neither line is an action. Also the same lines in column A
 * under an 'Objective' heading, and a short 'Where we aim to be by 2026:' line with no figure under a plain heading.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2022, 2, 31));
const read = (grid: Omit<Grid, 'sheetName'>) => checkPlan({ ...grid, sheetName: 'Plan' }, { asAt: AS_AT });
const themes = (report: PlanReport) => report.actions.map((a) => a.theme);
const rows = (report: PlanReport) => report.actions.map((a) => a.row);

describe("a priority's 'where we are' and 'where we want to be' lines are context, the priority the theme", () => {
  it("reads the priority as the theme over 'Where we are (2021 WDES): …' and 'Where we want to be by 2024: …' merged across", () => {
    const values: CellValue[][] = [
      ['Wendlecombe Orthopaedic Hospital NHS Foundation Trust'],
      ['Disability Inclusion Strategy 2021–2024: delivery plan (WDES)'],
      [],
      ['Ref', 'Action', 'WDES metric', 'Lead', 'When', 'Status'],
      ['Priority 1 – Being counted and heard'],
      ['', 'Where we are (2021 WDES): 4.8% of staff declare a disability in ESR against 21% in the staff survey.'],
      ['', 'Where we want to be by 2024: ESR declaration above 10%; engagement gap under 0.2.'],
      ['P1.1', 'Run a declaration campaign each October with the Enable network.', '1', 'Head of Workforce Systems', 'Y1–Y3', 'On track'],
      ['P1.2', 'Give the Enable network a budget and an executive sponsor.', '9b', 'Chief People Officer', 'Y1', 'Complete'],
      ['Priority 2 – Fair processes'],
      ['', 'Where we are (2021 WDES): non-disabled applicants 1.37 times more likely to be appointed.'],
      ['', 'Where we want to be by 2024: both measures between 0.8 and 1.25.'],
      ['P2.1', 'Publish a reasonable adjustments passport.', '5', 'Head of Occupational Health', 'Y1', 'Delayed'],
    ];
    const merges = [6, 7, 11, 12].map((r) => ({ top: r - 1, left: 1, bottom: r - 1, right: 5 }));
    const report = read({ values, merges });
    expect(rows(report)).toEqual([8, 9, 13]);
    expect(themes(report)).toEqual(['Priority 1 – Being counted and heard', 'Priority 1 – Being counted and heard', 'Priority 2 – Fair processes']);
  });

  it("reads the objective as the theme over the lines written in column A, the figures' line naming a WRES year", () => {
    const values: CellValue[][] = [
      ['Dunmere Community NHS Trust – race equality plan 2022–2025'],
      ['No.', 'What we will do', 'WRES', 'Lead', 'By when'],
      ['Objective A – Fair recruitment'],
      ['Where we are now (WRES 2022): white applicants are 1.6 times more likely to be appointed from shortlisting.'],
      ['Where we want to be by March 2025: a relative likelihood below 1.25.'],
      ['A1', 'Put a trained inclusion panel member on every Band 7+ interview.', '2', 'Head of Recruitment', 'Mar 2023'],
      ['A2', 'Publish shortlisting outcomes by ethnicity each quarter.', '2', 'Workforce Information Manager', 'Jun 2022'],
    ];
    const report = read({ values });
    expect(rows(report)).toEqual([6, 7]);
    expect(themes(report)).toEqual(['Objective A – Fair recruitment', 'Objective A – Fair recruitment']);
  });

  it("reads a short 'Where we aim to be by 2026:' line with no figure under a plain heading as the block's aim", () => {
    const values: CellValue[][] = [
      ['Action', 'Lead', 'Deadline', 'RAG'],
      ['Safe at work'],
      ['Where we aim to be by 2026: every concern heard and answered'],
      ['Train ward managers in supporting staff after an incident.', 'Deputy Chief Nurse', 'Dec 2025', 'Green'],
      ['Start a confidential route to report bullying by managers.', 'Freedom to Speak Up Guardian', 'Mar 2026', 'Amber'],
    ];
    const report = read({ values });
    expect(rows(report)).toEqual([4, 5]);
    expect(themes(report)).toEqual(['Safe at work', 'Safe at work']);
  });
});
