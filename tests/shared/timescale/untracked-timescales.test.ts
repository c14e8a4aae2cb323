import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { dateBeforeWords, parseTimescale } from '../../../shared/timescale';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Timescales the reader cannot place on a calendar ('due-unparsed'), as a careful EDI lead would want them reported
 * (71 findings over the corpus, 4 Dec 2026):
 * - a timescale that says the action is done ('Complete' under 'Timescale') has nothing left to track: no finding;
 * - a plan's own years ('Year 1', 'Years 2–3') are read when the plan's title says which year of its strategy this plan
 *   is ('2023/24 (year 1 of our 2023–2025 …)', 'Year 2 of our … Plan 2025–2028', 'Plan 2025–2028 … Year 1 (2025/26)');
 *   with no such line they stay unread, and the finding says what 'Year 1' lacks;
 * - a timescale tied to an event ('As vacancies arise', 'Next vacancy', 'By next WRES submission') or counted from an
 *   unstated start ('Within 6 months') is still reported, saying why it cannot be tracked and what to add.
 */
const AS_AT = new Date(Date.UTC(2024, 5, 30));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const unparsed = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'due-unparsed').map((i) => i.message);
const windows = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.due.text, a.due.parsed, a.due.start, a.due.end]);

describe('a timescale that says the action is done', () => {
  it("asks for no date when the timescale cell says 'Complete' or 'Done'", () => {
    const values: CellValue[][] = [
      ['Ashby Vale NHS Trust – WRES action plan 2023/24'],
      ['Ref', 'Action', 'Lead', 'Timescale', 'Status'],
      ['1', 'Publish the WRES data on the trust website.', 'Head of EDI', 'Complete', 'Completed'],
      ['2', 'Add a BME panel member to every Band 8a interview.', 'Head of Resourcing', 'Done.', 'Complete'],
      ['3', 'Run career conversations for BME staff in Bands 5–7.', 'Head of Talent', 'TBC', 'In progress'],
    ];
    expect(unparsed(read({ values }))).toEqual(['Row 5: "TBC" is still to be agreed, so the action cannot be tracked or shown overdue — write the date once it is agreed (e.g. "March 2024")']);
  });

  it("keeps asking when the words say more than done ('Complete the audit at next review')", () => {
    const values: CellValue[][] = [
      ['Action', 'Owner', 'By when', 'RAG'],
      ['Audit disciplinary cases by ethnicity.', 'Head of ER', 'Complete the audit at next review', 'Amber'],
    ];
    expect(unparsed(read({ values }))).toHaveLength(1);
  });
});

describe("a plan's own years, read when the title says which year of its strategy the plan is", () => {
  it("reads 'Year 1' and 'Year 2' from '2023/24 (year 1 of our 2023–2025 …)'", () => {
    const values: CellValue[][] = [
      ['Heathfield NHS Foundation Trust'],
      ['WDES action plan 2023/24 (year 1 of our 2023–2025 disability inclusion strategy)'],
      ['Ref', 'Action', 'Responsible', 'Target date', 'Status'],
      ['1.1', 'Sign up to Disability Confident Leader.', 'Head of Resourcing', 'Year 1', 'In progress'],
      ['1.2', 'Launch a reasonable adjustments passport.', 'Head of OH', 'Year 2', 'Not started'],
    ];
    const report = read({ values });
    expect(windows(report)).toEqual([['Year 1', true, '2023-04-01', '2024-03-31'], ['Year 2', true, '2024-04-01', '2025-03-31']]);
    expect(unparsed(report)).toEqual([]);
  });

  it("reads 'Years 2–3' from a title that says 'Year 2 of our … Plan 2025–2028', and 'Year 1' is past and overdue", () => {
    const values: CellValue[][] = [
      ['Wyndham and District NHS Trust'],
      ['WRES action plan 2026/27 – Year 2 of our Race Equality Plan 2025–2028'],
      ['Indicator', 'We will', 'Who', 'When', 'Status'],
      ['Indicator 1', 'Set representation goals for Band 8a and above.', 'Chief People Officer', 'Years 2–3', 'On track'],
      ['Indicator 2', 'Add a diverse panel member to every senior interview.', 'Head of Resourcing', 'Year 1', 'In progress'],
    ];
    const report = checkPlan({ values }, { asAt: new Date(Date.UTC(2026, 8, 30)) });
    expect(windows(report)).toEqual([['Years 2–3', true, '2026-04-01', '2028-03-31'], ['Year 1', true, '2025-04-01', '2026-03-31']]);
    expect(report.actions.map((a) => a.overdue)).toEqual([false, true]);
    expect(unparsed(report)).toEqual([]);
  });

  it("reads 'Year 1' from a strategy's span with this year in brackets: 'Delivery Plan 2025–2028 – Year 1 (2025/26)'", () => {
    const values: CellValue[][] = [
      ['Race Equality Delivery Plan 2025–2028: WRES deliverables – Year 1 (2025/26)'],
      ['Ref', 'Deliverable', 'Accountable officer', 'Target completion', 'Status'],
      ['D1', 'Set representation goals for each division.', 'Chief People Officer', 'Year 1', 'On track'],
      ['D2', 'Report disciplinary cases by ethnicity each quarter.', 'Head of ER', 'Year 3', 'Not started'],
    ];
    expect(windows(read({ values }))).toEqual([['Year 1', true, '2025-04-01', '2026-03-31'], ['Year 3', true, '2027-04-01', '2028-03-31']]);
  });

  it("leaves 'Year 1' unread when the plan does not say which year of a strategy it is, and says what is missing", () => {
    const values: CellValue[][] = [
      ['Ottery NHS Trust – WDES action plan 2023/24'],
      ['Ref', 'Action', 'Responsible', 'Target date', 'Status'],
      ['1', 'Sign up to Disability Confident Leader.', 'Head of Resourcing', 'Year 1', 'In progress'],
    ];
    const report = read({ values });
    expect(windows(report)).toEqual([['Year 1', false, null, null]]);
    expect(unparsed(report)).toEqual([
      'Row 3: "Year 1" is a year of a longer plan, and this plan does not say which year it is — write the financial year (e.g. "2024/25"), or say in the title which year of the strategy this plan is (e.g. "Year 1 of our 2023–2026 strategy")',
    ]);
  });
});

describe('a timescale tied to an event, or counted from a start the plan does not give', () => {
  it('says an event-driven timescale cannot be tracked and asks for a date to review it by', () => {
    const values: CellValue[][] = [
      ['Brackley NHS Trust – WRES action plan 2023/24'],
      ['No.', 'Action', 'Lead', 'Timescale', 'Status'],
      ['1', 'Add a BME panel member to every Band 8a interview.', 'Head of Resourcing', 'As vacancies arise', 'In progress'],
      ['2', 'Appoint a BME non-executive director.', 'Chair', 'Next vacancy', 'Not started'],
      ['3', 'Publish the action plan with the data.', 'Head of EDI', 'By next WRES submission', 'Not started'],
    ];
    expect(unparsed(read({ values }))).toEqual([
      'Row 3: "As vacancies arise" depends on an event, not a date, so it cannot be tracked or shown overdue — add a date to review it by, e.g. "As vacancies arise – review by March 2024"',
      'Row 4: "Next vacancy" depends on an event, not a date, so it cannot be tracked or shown overdue — add a date to review it by, e.g. "Next vacancy – review by March 2024"',
      'Row 5: "By next WRES submission" depends on an event, not a date, so it cannot be tracked or shown overdue — add a date to review it by, e.g. "By next WRES submission – review by March 2024"',
    ]);
  });

  it("reads the advised form ('As vacancies arise – review by March 2024') as a date", () => {
    const values: CellValue[][] = [
      ['Action', 'Owner', 'By when', 'RAG'],
      ['Add a diverse panel member to senior interviews.', 'Head of Resourcing', 'As vacancies arise – review by March 2024', 'Green'],
    ];
    const report = read({ values });
    expect(report.actions[0].due.parsed).toBe(true);
    expect(unparsed(report)).toEqual([]);
  });

  it("says a relative timescale ('Within 6 months') counts from a start the plan does not give", () => {
    const values: CellValue[][] = [
      ['Action', 'Owner', 'By when', 'RAG'],
      ['Review the capability policy with the Disability Network.', 'Head of ER', 'Within 6 months', 'Amber'],
      ['Train managers in agreeing adjustments.', 'Head of L&D', 'Within three months of the policy launch', 'Amber'],
    ];
    expect(unparsed(read({ values }))).toEqual([
      'Row 2: "Within 6 months" counts from a start the plan does not give, so it cannot be tracked — write the date it ends (e.g. "March 2024")',
      'Row 3: "Within three months of the policy launch" counts from a start the plan does not give, so it cannot be tracked — write the date it ends (e.g. "March 2024")',
    ]);
  });
});

describe('a date followed by words about it, with no dash or comma between', () => {
  it("reads 'Jan 2023 cohort' and 'March 2024 Board meeting' by their dates", () => {
    const values: CellValue[][] = [
      ['Dunmore NHS Trust – WDES action plan 2022/23'],
      ['Ref', 'Action', 'Lead', 'Timescale', 'Status'],
      ['1', 'Offer places on the Calibre leadership programme to disabled staff.', 'Head of OD', 'Jan 2023 cohort', 'In progress'],
      ['2', 'Present the disability pay gap to the Board.', 'Head of Reward', 'March 2024 Board meeting', 'Not started'],
    ];
    const report = read({ values });
    expect(windows(report)).toEqual([['Jan 2023 cohort', true, '2023-01-01', '2023-01-31'], ['March 2024 Board meeting', true, '2024-03-01', '2024-03-31']]);
    expect(unparsed(report)).toEqual([]);
  });

  it("reads 'March 2017 or in line with the content review scheme whichever is earlier' as due by March 2017", () => {
    const w = dateBeforeWords('March 2017 or in line with the content review scheme whichever is earlier');
    expect([w?.parsed, w?.end]).toEqual([true, '2017-03-31']);
  });

  it("keeps the words after a date that make it ongoing ('April 2024 onwards for new starters', 'June 2016 Pulse survey quarterly')", () => {
    const w = dateBeforeWords('April 2024 onwards for new starters');
    expect([w?.parsed, w?.start, w?.end, w?.ongoing]).toEqual([true, '2024-04-01', null, true]);
    const q = dateBeforeWords('June 2016 Pulse survey quarterly');
    expect([q?.parsed, q?.start, q?.end, q?.ongoing, q?.text]).toEqual([true, '2016-06-01', null, true, 'June 2016 Pulse survey quarterly']);
  });

  it("does not read a date offered as one choice of several ('March 2017 or after the review, whichever is later'), or words with another date in them", () => {
    expect(dateBeforeWords('March 2017 or in line with the review scheme whichever is later')).toBeNull();
    expect(dateBeforeWords('Q3 with recommendations in Q4 23/24')).toBeNull();
    expect(dateBeforeWords('r 2019')).toBeNull();
    // The parser itself keeps such text unparsed: a header's period is the words it reads ('Q1 2021/22' of 'Q1 2021/22 Progress').
    expect(parseTimescale('Q1 2021/22 Progress').parsed).toBe(false);
  });
});
