import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Two patterns found together in plans written in their own voice:
 * (1) the action column headed as the plan's commitments, pledges or promises ('Our commitments | Owner | By', 'What we
 *     pledge | Who | When', 'Our promise | Lead | Date'): the action, as a document's 'We commit to:' introduces its
 *     actions — second to a plain 'Action' column beside it;
 * (2) a sign-off box above the plan ('Approved by | Date approved | Next review | Comments' over 'People Committee |
 *     12/05/2024 | May 2025 | Approved'): it records the plan's approval, heads no plan, and its row is never an action
 *     (the rule a version history already follows: neither its header nor its rows give the plan's columns).
 */
const AS_AT = new Date(Date.UTC(2024, 5, 30));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, sheetName: 'Plan', ...more }, { asAt: AS_AT });
const seen = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.action.slice(0, 24), a.lead, a.due.text]);

describe('an action column headed as the plan’s commitments, pledges or promises', () => {
  it("reads 'Our commitments | Owner | By' under a sign-off box as the plan's header, the box's row as no action", () => {
    const report = read([
      ['Approved by', 'Date approved', 'Next review', 'Comments'],
      ['People Committee', '12/05/2024', 'May 2025', 'Approved'],
      [],
      ['Our commitments', 'Owner', 'By'],
      ['Publish our ethnicity pay gap alongside the WRES report every year.', 'Director of People', 'Sep 2024'],
      ['Give every staff network chair protected time of one day a month.', 'Chief Executive', 'Oct 2024'],
    ]);
    expect(report.headerRows).toEqual([4]);
    expect(report.columns).toMatchObject({ action: 'A', lead: 'B', due: 'C' });
    expect(seen(report)).toEqual([
      [5, 'Publish our ethnicity pa', 'Director of People', 'Sep 2024'],
      [6, 'Give every staff network', 'Chief Executive', 'Oct 2024'],
    ]);
  });

  it("reads 'What we pledge | Who | When' in columns B–E, a sign-off box typed right above it with no blank row", () => {
    const report = read([
      [null, 'Signed off', 'Date approved', 'Next review'],
      [null, 'Executive Team', '12/05/2024', 'May 2025'],
      [null, 'What we pledge', 'Who', 'When', 'Comments'],
      [null, 'Set up reverse mentoring for every band 7 manager in the directorate.', 'Head of OD', 'Q3 2024/25', 'Started'],
      [null, 'Ask every disabled colleague leaving the Trust about their experience.', 'Head of HR', 'Dec 2024', ''],
    ]);
    expect(report.headerRows).toEqual([3]);
    expect(report.columns).toMatchObject({ action: 'B', lead: 'C', due: 'D', progress: 'E' });
    expect(seen(report).map((a) => a[0])).toEqual([4, 5]);
  });

  it("reads 'Our promise | Lead | Date' with no box above it", () => {
    const report = read([
      ['WDES plan 2024/25'],
      ['No', 'Our promise', 'Lead', 'Date'],
      ['1', 'Run a reasonable adjustments passport campaign with the disability network.', 'Head of OD', 'Jul 2024'],
      ['2', 'Give the disability network a seat on the People Committee.', 'Company Secretary', 'Sep 2024'],
    ]);
    expect(report.columns).toMatchObject({ ref: 'A', action: 'B', lead: 'C', due: 'D' });
    expect(seen(report).map((a) => a[0])).toEqual([3, 4]);
  });

  it("NEGATIVE: beside a plain 'Action' column a 'Pledge' column is not the action", () => {
    const report = read([
      ['Pledge', 'Action', 'Lead', 'Timescale'],
      ['Fair recruitment', 'Introduce diverse interview panels for every post at band 8a and above.', 'Head of Resourcing', 'Jun 2024'],
      ['Fair recruitment', 'Audit shortlisting by ethnicity each quarter with the staff network.', 'Head of ER', 'Quarterly'],
    ]);
    expect(report.columns.action).toBe('B');
    expect(seen(report).map((a) => a[1])).toEqual(['Introduce diverse interv', 'Audit shortlisting by et']);
  });
});

describe('a sign-off box above the plan heads no plan', () => {
  it("never reads 'Approved by | Date approved | …' as the header of a plan whose own action words are unknown", () => {
    const report = read([
      ['Approved by', 'Date approved', 'Next review', 'Comments'],
      ['People Committee', '12/05/2024', 'May 2025', 'Approved'],
      [],
      ['Our intentions for 2024', 'Owner', 'Target'],
      ['Publish our ethnicity pay gap alongside the WRES report every year.', 'Director of People', 'Sep 2024'],
      ['Give every staff network chair protected time of one day a month.', 'Chief Executive', 'Oct 2024'],
    ]);
    // Before, the box was the header: 'People Committee' and 'Our intentions for 2024' were read as actions.
    expect(report.headerRows).toEqual([4]);
    expect(report.columns).toMatchObject({ action: 'A', lead: 'B' });
    expect(seen(report).map((a) => a.slice(0, 3))).toEqual([
      [5, 'Publish our ethnicity pa', 'Director of People'],
      [6, 'Give every staff network', 'Chief Executive'],
    ]);
  });

  it("never reads a row of a 'Ratified by | Date ratified | Notes' box in columns B–D as an action", () => {
    const report = read([
      [null, 'Ratified by', 'Date ratified', 'Notes'],
      [null, 'Trust Board', '03/04/2024', 'Ratified with no changes'],
      [null, 'Trust Board', '02/10/2024', 'Mid-year review'],
      [],
      [null, 'Where we want to be', 'Owner', 'Target'],
      [null, 'Publish our ethnicity pay gap alongside the WRES report every year.', 'Director of People', 'Sep 2024'],
      [null, 'Give every staff network chair protected time of one day a month.', 'Chief Executive', 'Oct 2024'],
    ]);
    expect(report.headerRows).toEqual([5]);
    expect(seen(report).map((a) => a[0])).toEqual([6, 7]);
  });

  it('reads a ratification box in columns F–G beside the plan’s title as no header', () => {
    const report = read([
      ['WRES plan', null, null, null, null, 'Ratified by', 'Date ratified'],
      [null, null, null, null, null, 'Trust Board', '03/04/2024'],
      [],
      ['Next steps', 'Who', 'By', 'Progress'],
      ['Publish our ethnicity pay gap alongside the WRES report every year.', 'Director of People', 'Sep 2024', 'Started'],
      ['Give every staff network chair protected time of one day a month.', 'Chief Executive', 'Oct 2024', ''],
    ]);
    expect(report.headerRows).toEqual([4]);
    expect(seen(report).map((a) => a[0])).toEqual([5, 6]);
  });

  it("NEGATIVE: a plan's own 'Approved by' and 'Date approved' columns beside its actions stay the plan's header", () => {
    const report = read([
      ['Action', 'Lead', 'Due', 'Approved by', 'Date approved'],
      ['Publish our ethnicity pay gap alongside the WRES report every year.', 'Director of People', 'Sep 2024', 'Board', '01/02/2024'],
      ['Give every staff network chair protected time of one day a month.', 'Chief Executive', 'Oct 2024', 'ET', '01/02/2024'],
    ]);
    expect(report.headerRows).toEqual([1]);
    expect(seen(report)).toEqual([
      [2, 'Publish our ethnicity pa', 'Director of People', 'Sep 2024'],
      [3, 'Give every staff network', 'Chief Executive', 'Oct 2024'],
    ]);
  });

  it("NEGATIVE: a plan's 'Next review' column is still its timescale: 'next review' alone names no sign-off", () => {
    const report = read([
      ['Objective', 'Lead', 'Next review', 'Status'],
      ['Publish our ethnicity pay gap alongside the WRES report every year.', 'Director of People', 'Sep 2024', 'On track'],
      ['Give every staff network chair protected time of one day a month.', 'Chief Executive', 'Oct 2024', 'Not started'],
    ]);
    expect(report.headerRows).toEqual([1]);
    expect(seen(report).map((a) => [a[0], a[3]])).toEqual([
      [2, 'Sep 2024'],
      [3, 'Oct 2024'],
    ]);
  });
});
