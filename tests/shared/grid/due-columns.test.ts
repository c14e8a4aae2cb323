import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A timescale written over several columns of one header, read together:
 * - in parts, one part of a date per column ('Year' | 'Qtr', 'Month' | 'Year', 'Quarter' | 'Financial year', perhaps
 *   under a 'Delivery' label merged over both): joined as a person says them, the smaller unit first ('Q3 2021/22');
 *   a row with one part filled gives it as written ('Ongoing');
 * - dates set again beside the one first set ('Original date' | 'Revised date', 'Target date' | 'New target date',
 *   'Deadline' over 'Original | Revised'): the revised date where a row gives one, else the original.
 * Either way overdue is judged on the timescale read, and the reason says how it was read. Start | End, a year alone,
 * quarterly update columns and 'Date completed' are read as before.
 */
const check = (g: Grid, asAt: Date) => checkPlan(g, { asAt });
const dueReason = (g: Grid, asAt: Date) => check(g, asAt).columnEvidence.find((e) => e.field === 'due')?.reason;
const unused = (g: Grid, asAt: Date) => check(g, asAt).issues.filter((i) => i.rule === 'header-unmapped').map((i) => i.message);
const overdueRows = (g: Grid, asAt: Date) => check(g, asAt).actions.filter((a) => a.overdue).map((a) => a.row);

describe('a timescale split over a month column and a year column', () => {
  const asAt = new Date(Date.UTC(2022, 0, 15));
  const g: Grid = {
    values: [
      ['Ashwell Community Health NHS Trust – WRES action plan 2021/22'],
      ['No.', 'Action', 'Indicator', 'Owner', 'Month', 'Year', 'Progress'],
      ['1', 'Publish the WRES data and this plan on the website.', '1', 'EDI Manager', 'September', '2021', 'Published.'],
      ['2', 'Add a BME panel member to every band 8a+ interview.', '2', 'Head of Resourcing', 'March', '2022', 'Pilot in two divisions.'],
      ['3', 'Review every disciplinary case for bias before a hearing.', '3', 'Head of Employee Relations', 'Nov', '2021', 'Checklist drafted.'],
      ['4', 'Run listening events with the BME staff network.', '5', 'Network Chair', '', 'Ongoing', 'Two events held.'],
    ],
  };

  it('reads the month and the year together, month first, and says so', () => {
    expect(check(g, asAt).actions.map((a) => a.due.text)).toEqual(['September 2021', 'March 2022', 'Nov 2021', 'Ongoing']);
    expect(dueReason(g, asAt)).toBe("Timescale: columns E ('Month') and F ('Year') are read together as one timescale, the month first (row 3: 'September' + '2021' → 'September 2021'); a row with one of them filled gives it as written");
    // Neither half is left over as a column 'not used'.
    expect(unused(g, asAt).filter((m) => /Month|Year/.test(m))).toEqual([]);
  });

  it('judges overdue on the joined timescale, not on the year alone', () => {
    // As at 1 December 2021 September and November 2021 have passed; the year '2021' alone has not.
    expect(overdueRows(g, new Date(Date.UTC(2021, 11, 1)))).toEqual([3, 5]);
    expect(check(g, asAt).actions[2].sources.due).toEqual({ kind: 'columns', cell: 'F5', why: "Due: the month 'Nov' (E5) and the year '2021' (F5) read together" });
  });
});

describe("a timescale split over 'Due: FY' and 'Due: Qtr' under a merged 'Timescale' label", () => {
  const asAt = new Date(Date.UTC(2022, 10, 1));
  const g: Grid = {
    values: [
      ['Birchfield Mental Health NHS Foundation Trust'],
      ['WDES action plan 2022/23'],
      ['Metric', 'Action', 'Lead', 'Timescale', null, 'RAG'],
      [null, null, null, 'Due: FY', 'Due: Qtr', null],
      ['Metric 1', 'Run a declaration campaign on ESR self-service.', 'Workforce Information Lead', '2022/23', 'Q1', 'Complete'],
      ['Metric 4a', 'Give staff a clear route to report abuse from patients.', 'Head of Patient Experience', '2022/23', 'Q2', 'On track'],
      ['Metric 5', 'Open the leadership programme to disabled staff.', 'Head of Education', '2023/24', '3', 'On track'],
      ['Metric 9b', 'Give the disabled staff network protected time.', 'Director of People', 'Ongoing', null, 'On track'],
    ],
    merges: [{ top: 2, left: 3, bottom: 2, right: 4 }, ...[0, 1, 2, 5].map((c) => ({ top: 2, left: c, bottom: 3, right: c }))],
  };

  it('joins the quarter and the year, quarter first, whichever column comes first', () => {
    expect(check(g, asAt).actions.map((a) => a.due.text)).toEqual(['Q1 2022/23', 'Q2 2022/23', 'Q3 2023/24', 'Ongoing']);
    expect(dueReason(g, asAt)).toContain("columns E ('Due: Qtr') and D ('Due: FY') are read together as one timescale, the quarter first");
  });

  it('judges overdue on the quarter: Q2 2022/23 ended in September', () => {
    expect(overdueRows(g, asAt)).toEqual([6]);
    expect(check(g, asAt).actions[1].due.end).toBe('2022-09-30');
  });
});

describe('a year column with no part beside it', () => {
  const asAt = new Date(Date.UTC(2022, 0, 15));
  it('reads a year alone as written', () => {
    const g: Grid = {
      values: [
        ['WRES action plan'],
        ['Ref', 'Action', 'Lead', 'Year', 'Status'],
        ['1', 'Publish the WRES data.', 'EDI Manager', '2021/22', 'Complete'],
        ['2', 'Review shortlisting for bias.', 'Head of Resourcing', '2022/23', 'On track'],
        ['3', 'Set up reverse mentoring.', 'Director of People', '2021/22', 'On track'],
      ],
    };
    expect(check(g, asAt).actions.map((a) => a.due.text)).toEqual(['2021/22', '2022/23', '2021/22']);
  });

  it('keeps quarterly update columns beside the year as progress, not as parts of the timescale', () => {
    const g: Grid = {
      values: [
        ['WRES action plan 2021/22'],
        ['Ref', 'Action', 'Lead', 'Year', 'Q1 update', 'Q2 update'],
        ['1', 'Publish the WRES data.', 'EDI Manager', '2021/22', 'Data checked.', 'Published in September.'],
        ['2', 'Review shortlisting for bias.', 'Head of Resourcing', '2021/22', 'Audit started.', 'Audit half done.'],
        ['3', 'Set up reverse mentoring.', 'Director of People', '2022/23', 'Not started.', 'Mentors recruited.'],
      ],
    };
    const report = check(g, asAt);
    expect(report.actions.map((a) => a.due.text)).toEqual(['2021/22', '2021/22', '2022/23']);
    expect(report.actions[0].progress).toBe('Published in September.');
  });

  it("reads a 'Qtr' column of notes beside the year as no part of the timescale", () => {
    const g: Grid = {
      values: [
        ['WRES action plan 2021/22'],
        ['Ref', 'Action', 'Lead', 'Year', 'Qtr', 'Status'],
        ['1', 'Publish the WRES data.', 'EDI Manager', '2021/22', 'Reported to the board in the autumn.', 'Complete'],
        ['2', 'Review shortlisting for bias.', 'Head of Resourcing', '2021/22', 'Waiting for the audit team.', 'On track'],
        ['3', 'Set up reverse mentoring.', 'Director of People', '2022/23', 'Mentors recruited over the summer.', 'On track'],
      ],
    };
    expect(check(g, asAt).actions.map((a) => a.due.text)).toEqual(['2021/22', '2021/22', '2022/23']);
  });
});

describe('a revised date beside the date first set', () => {
  const asAt = new Date(Date.UTC(2022, 4, 1));
  const g: Grid = {
    values: [
      ['Carnford Hospitals NHS Trust – WRES action plan 2021/22 (re-dated after the winter surge)'],
      ['Action', 'Indicator', 'Lead', 'Target date', 'Revised target date', 'Status'],
      ['Publish the WRES report on the website.', '1', 'EDI Lead', 'September 2021', '', 'Complete'],
      ['Add a BME panel member to band 8a+ interviews.', '2', 'Head of Resourcing', 'December 2021', 'June 2022', 'Delayed'],
      ['Audit disciplinary cases for bias.', '3', 'Head of Employee Relations', 'January 2022', '', 'On track'],
      ['Launch reverse mentoring for the Board.', '9', 'Chief Executive', 'March 2022', 'September 2022', 'Delayed'],
    ],
  };

  it('reads the revised date where a row gives one, else the original, and says why', () => {
    const report = check(g, asAt);
    expect(report.actions.map((a) => a.due.text)).toEqual(['September 2021', 'June 2022', 'January 2022', 'September 2022']);
    expect(dueReason(g, asAt)).toBe("Timescale: column E ('Revised target date') where a row gives a revised date, else column D ('Target date') — a revised date replaces the one first set (row 4: 'June 2022', not 'December 2021')");
    expect(report.actions[1].sources.due).toEqual({ kind: 'columns', cell: 'E4', why: "Due: the revised date 'June 2022' (E4), which replaces the original date 'December 2021' (D4)" });
    expect(report.actions[2].sources.due).toEqual({ kind: 'columns', cell: 'D5', why: "Due: the original date 'January 2022' (D5); no revised date is given" });
    expect(unused(g, asAt).filter((m) => /Revised/.test(m))).toEqual([]);
  });

  it('judges overdue on the revised date: re-dated actions are not overdue on their first date', () => {
    expect(overdueRows(g, asAt)).toEqual([5]);
  });
});

describe("'Original' and 'Revised' under a merged 'Deadline' label, real dates", () => {
  const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
  const asAt = d(2021, 2, 1);
  const row = (ref: string, action: string, original: Date, revised: Date | null, status: string): CellValue[] => [ref, action, 'M2', 'Head of OD', original, revised, status];
  const g: Grid = {
    values: [
      ['Dunmore NHS Trust WDES tracker 2020/21'],
      ['Ref', 'Action', 'Metric', 'Owner', 'Deadline', null, 'Status'],
      [null, null, null, null, 'Original', 'Revised', null],
      row('D1', 'Add the guaranteed interview statement to every advert.', d(2020, 6, 30), d(2021, 3, 31), 'Delayed'),
      row('D2', 'Train recruiting managers in reasonable adjustments.', d(2020, 9, 30), null, 'On track'),
      row('D3', 'Set up an adjustments fund for home workers.', d(2020, 11, 30), d(2020, 12, 31), 'On track'),
    ],
    merges: [{ top: 1, left: 4, bottom: 1, right: 5 }, ...[0, 1, 2, 3, 6].map((c) => ({ top: 1, left: c, bottom: 2, right: c }))],
  };

  it('reads the revised date where given and judges overdue on it', () => {
    const report = check(g, asAt);
    expect(report.actions.map((a) => a.due.end)).toEqual(['2021-03-31', '2020-09-30', '2020-12-31']);
    expect(overdueRows(g, asAt)).toEqual([5, 6]);
    expect(report.columnEvidence.find((e) => e.field === 'due')?.reason).toContain("column F ('Deadline Revised') where a row gives a revised date, else column E");
  });
});

describe('two date columns that are not a revision', () => {
  const asAt = new Date(Date.UTC(2022, 0, 15));
  const plan = (dates: [string, string], cells: [string, string][]): Grid => ({
    values: [
      ['WRES action plan 2021/22'],
      ['Ref', 'Action', 'Lead', ...dates, 'Status'],
      ...cells.map(([a, b], i) => [String(i + 1), `Action number ${i + 1} for the plan.`, 'Head of OD', a, b, 'On track']),
    ],
  });
  const cells: [string, string][] = [['April 2021', 'September 2021'], ['June 2021', 'March 2022'], ['May 2021', 'December 2021']];

  it("reads End, not Start, beside it", () => {
    expect(check(plan(['Start', 'End'], cells), asAt).actions.map((a) => a.due.text)).toEqual(['September 2021', 'March 2022', 'December 2021']);
    expect(check(plan(['Start date', 'Completion date'], cells), asAt).actions.map((a) => a.due.text)).toEqual(['September 2021', 'March 2022', 'December 2021']);
  });

  it("reads the target date, not the day it was completed or the row last updated", () => {
    expect(check(plan(['Target date', 'Date completed'], cells), asAt).actions.map((a) => a.due.text)).toEqual(['April 2021', 'June 2021', 'May 2021']);
    expect(check(plan(['Target date', 'Date updated'], cells), asAt).actions.map((a) => a.due.text)).toEqual(['April 2021', 'June 2021', 'May 2021']);
  });
});
