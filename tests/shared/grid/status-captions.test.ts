import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { namesStatusOrPeriod } from '../../../shared/grid/names-status-or-period';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A caption over a block of actions that names how far they have got or when ("Completed during 2022/23", "Actions
 * carried forward from 2021/22", "Closed actions") sorts them by status or period, not by subject: it is no theme.
 * A heading naming a subject stays the theme, whatever status words it also holds.
 */
const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const themes = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.theme]);

describe('a caption naming a status or a period', () => {
  it('gives the completed actions moved below the live plan no theme (a merged grey caption row)', () => {
    const report = read(
      [
        ['Workforce Race Equality Standard – action plan 2022/23'],
        [],
        ['No.', 'Indicator', 'Action', 'Lead', 'Timescale', 'Progress', 'RAG'],
        ['1', '1', 'Agree representation targets for ethnic minority staff at Band 7 and above.', 'Deputy Director of People', 'Q2', 'Agreed', 'G'],
        ['2', '3', 'Apply a pre-investigation review before any disciplinary case.', 'Head of Employee Relations', 'Q3', null, 'A'],
        [],
        ['Completed during 2022/23', 'Completed during 2022/23', 'Completed during 2022/23', 'Completed during 2022/23', 'Completed during 2022/23', 'Completed during 2022/23', 'Completed during 2022/23'],
        ['3', '1', 'Run an ESR data-cleansing exercise on ethnicity records.', 'Workforce Information Manager', 'Q1', 'Completed June 2022.', 'B'],
        ['4', '8', 'Appoint a second Freedom to Speak Up Guardian.', 'Director of Corporate Affairs', 'Q2', 'Appointed.', 'B'],
      ],
      { merges: [{ top: 6, left: 0, bottom: 6, right: 6 }] },
    );
    expect(themes(report)).toEqual([
      [4, null],
      [5, null],
      [8, null],
      [9, null],
    ]);
    expect(report.actions.map((a) => a.indicator)).toEqual(['1', '3', '1', '8']);
  });

  it('ends the theme of the section above at "Actions carried forward from 2021/22", and keeps a subject heading that holds a status word', () => {
    const report = read([
      ['Action', 'Metric', 'Owner', 'By when', 'Status'],
      ['Recruitment'],
      ['Guarantee an interview to disabled applicants who meet the essential criteria.', 'M2', 'Head of Resourcing', 'Sep 2021', 'On track'],
      ['Actions carried forward from 2020/21'],
      ['Publish a reasonable adjustments passport.', 'M8', 'Occupational Health Lead', 'Dec 2021', 'Delayed'],
      ['Completed staff survey actions'],
      ['Share the staff survey results with the Disability Network.', 'M9a', 'EDI Manager', 'Jun 2021', 'Complete'],
    ]);
    expect(themes(report)).toEqual([
      [3, 'Recruitment'],
      [5, null],
      [7, 'Completed staff survey actions'],
    ]);
  });
});

/**
 * A plan in parts under one header — this year's new actions, then those carried forward — captions each part by the
 * actions' standing ('New', 'Continuing', 'Existing', 'Outstanding') and a period, behind the part's own number ('Part A
 * – ', 'Section 2: '). The number orders the parts and names nothing, so the caption names no subject: no theme.
 */
describe("a plan in parts: 'Part A – New actions for 2025/26', 'Part B – Continuing actions carried forward'", () => {
  it('gives neither part a theme, under merged grey captions, and keeps each action\'s metric', () => {
    const report = read(
      [
        ['Workforce Disability Equality Standard (WDES) – Action Plan 2025/26'],
        [],
        ['Metric', 'Action', 'Lead', 'Timeframe', 'RAG', 'Notes'],
        ['Part A – New actions for 2025/26', 'Part A – New actions for 2025/26', 'Part A – New actions for 2025/26', 'Part A – New actions for 2025/26', 'Part A – New actions for 2025/26', 'Part A – New actions for 2025/26'],
        ['Metric 1', 'Add a disability prompt to the staff app, linked to ESR.', 'Workforce Systems', 'Jun–Sept 2025', 'G', null],
        ['Metrics 2, 3', 'Publish quarterly dashboards of shortlisting and capability outcomes.', 'Workforce Intelligence', 'Apr 2025 – Mar 2026', 'A', null],
        ['Part B – Continuing actions carried forward from 2024/25', 'Part B – Continuing actions carried forward from 2024/25', 'Part B – Continuing actions carried forward from 2024/25', 'Part B – Continuing actions carried forward from 2024/25', 'Part B – Continuing actions carried forward from 2024/25', 'Part B – Continuing actions carried forward from 2024/25'],
        ['Metric 8', 'Complete the move to a central reasonable adjustments fund.', 'Occupational Health Manager', 'Q2', 'A', 'Carried forward.'],
      ],
      { merges: [{ top: 3, left: 0, bottom: 3, right: 5 }, { top: 6, left: 0, bottom: 6, right: 5 }] },
    );
    expect(themes(report)).toEqual([
      [5, null],
      [6, null],
      [8, null],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['1'], ['2', '3'], ['8']]);
  });

  it("gives no theme under 'Section 1: Existing actions' and 'Section 2: New actions (2021/22)' typed in the action column, and keeps 'Section 3: Recruitment'", () => {
    const report = read([
      ['Ref', 'Action', 'WRES indicator', 'Owner', 'By when'],
      [null, 'Section 1: Existing actions'],
      ['1.1', 'Keep the reverse mentoring programme running for a third cohort.', '7', 'Head of OD', 'Mar 2022'],
      [null, 'Section 2: New actions (2021/22)'],
      ['2.1', 'Publish the ethnicity pay gap with the WRES report.', '1', 'Head of Reward', 'Oct 2021'],
      [null, 'Section 3: Recruitment'],
      ['3.1', 'Put a trained inclusion ambassador on every Band 7+ panel.', '2', 'Head of Resourcing', 'Dec 2021'],
    ]);
    expect(themes(report)).toEqual([
      [3, null],
      [5, null],
      [7, 'Section 3: Recruitment'],
    ]);
  });
});

describe('namesStatusOrPeriod', () => {
  it.each([
    ['Completed during 2022/23', true],
    ['Closed actions from the 2021/22 plan (kept for reference)', true],
    ['Actions carried forward from 2021/22', true],
    ['In progress', true],
    ['Not yet started', true],
    ['Q1 2023/24 actions', true],
    ['Part A – New actions for 2025/26', true],
    ['Part B – Continuing actions carried forward from 2024/25', true],
    ['Section 1: Outstanding actions', true],
    ['Part A – Recruitment', false],
    ['Section 2: New starters', false],
    ['Part-time staff', false],
    ['Recruitment', false],
    ['New starters and induction', false],
    ['Marketing and communications', false],
    ['Actions', false],
    ['Year 1', false],
  ])('%s → %s', (heading, expected) => {
    expect(namesStatusOrPeriod(heading)).toBe(expected);
  });
});
