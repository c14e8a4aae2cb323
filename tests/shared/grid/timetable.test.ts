import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Delivery timetables (Gantt charts): no timescale column, but a run of period columns (months, quarters…) in
 * which each action is marked or shaded in the periods it is delivered. The last marked period is when it is
 * due; a mark under 'Ongoing', or a note written across the periods, says it carries on. Each variant is shown
 * in plans laid out differently, so the reader learns the pattern, not one plan.
 */
const AS_AT = new Date(Date.UTC(2020, 0, 31));
const MONTHS = ['Apr-19', 'May-19', 'Jun-19', 'Jul-19', 'Aug-19', 'Sep-19', 'Oct-19', 'Nov-19', 'Dec-19', 'Jan-20', 'Feb-20', 'Mar-20'];
const check = (g: Grid, asAt = AS_AT) => checkPlan(g, { asAt });
const dues = (g: Grid, asAt = AS_AT) => check(g, asAt).actions.map((a) => a.due.text);
const dueReason = (g: Grid) => check(g).columnEvidence.find((e) => e.field === 'due')?.reason;

/** A row of the period columns with `mark` in periods `from`…`to` (0-based), nothing elsewhere. */
const marks = (n: number, from: number, to: number, mark: CellValue = 'x'): CellValue[] =>
  Array.from({ length: n }, (_, i) => (i >= from && i <= to ? mark : null));

describe('a monthly timetable marked with crosses', () => {
  const g: Grid = {
    values: [
      ['WRES action plan and delivery timetable 2019/20'],
      ['Ref', 'Action', 'Lead', ...MONTHS, 'Progress'],
      ['1', 'Publish the WRES data on the intranet.', 'EDI Lead', ...marks(12, 0, 2), 'Published in June.'],
      ['2', 'Train every recruiting manager in fair recruitment.', 'Head of Resourcing', ...marks(12, 3, 8), 'Two sessions held.'],
      ['3', 'Add an independent panel member to band 8a+ interviews.', 'Recruitment Manager', ...marks(12, 6, 11, 'X'), ''],
      ['4', 'Review the disciplinary process with staff side.', 'Head of Employee Relations', ...marks(12, 1, 1), 'Done.'],
    ],
  };

  it('reads the last marked month as the due, as its header shows it', () => {
    expect(dues(g)).toEqual(['Jun-19', 'Dec-19', 'Mar-20', 'May-19']);
  });

  it('says where the timescale came from', () => {
    expect(dueReason(g)).toBe('Timescale: last marked of 12 monthly columns (Apr-19 … Mar-20)');
    expect(check(g).columnQuestions.map((q) => q.field)).not.toContain('due');
  });

  it('places each due in its month, so overdue is judged on it, and points at the marked cell', () => {
    const report = check(g);
    expect(report.actions.map((a) => a.due.end)).toEqual(['2019-06-30', '2019-12-31', '2020-03-31', '2019-05-31']);
    expect(report.actions[1].sources.due).toEqual({ kind: 'period', cell: 'L4' });
  });

  it('never reads a month column as a field of its own, nor as a header the plan cannot use', () => {
    const report = check(g);
    expect(report.columns).toMatchObject({ ref: 'A', action: 'B', lead: 'C', progress: 'P' });
    expect(report.issues.filter((i) => /header .* is not one we use/.test(i.message))).toEqual([]);
  });
});

describe('a quarterly timetable shaded in one colour under a group label', () => {
  const Q = ['Q1 24/25', 'Q2 24/25', 'Q3 24/25', 'Q4 24/25', 'Q1 25/26'];
  const DARK = '#1F4E79';
  const BAND = '#F2F2F2';
  const shade = (from: number, to: number) => Array.from({ length: 5 }, (_, i) => (i >= from && i <= to ? DARK : null));
  const g: Grid = {
    values: [
      ['WDES action plan 2024/25'],
      ['No.', 'Metric', 'Action', 'Responsible', 'When (shaded)', null, null, null, null, 'Measure of success'],
      [null, null, null, null, ...Q, null],
      ['1', 'Metric 1', 'Run a declaration campaign with the network.', 'Head of Workforce', null, null, null, null, null, '8% declared'],
      ['2', 'Metric 2', 'Guarantee interviews under Disability Confident.', 'Recruitment Lead', null, null, null, null, null, 'Audit clean'],
      ['3', 'Metric 5', 'Reserve places for disabled staff on every leadership cohort.', 'Head of OD', 'Ongoing – every cohort', null, null, null, null, 'Four places a year'],
      ['4', 'Metric 8', 'Set up a reasonable adjustments service.', 'Head of OH', null, null, null, null, null, '28-day target met'],
      ['5', 'Metric 10', 'Use diverse shortlists for Board appointments.', 'Company Secretary', null, null, null, null, null, 'Timing depends on vacancies'],
    ],
    // Rows 4 and 6 are banded grey right across: that is their background, not shading.
    fills: [
      [], [], [],
      [null, null, null, null, ...shade(0, 1), null],
      [BAND, BAND, BAND, BAND, ...shade(2, 4).map((f) => f ?? BAND), BAND],
      [],
      [BAND, BAND, BAND, BAND, ...shade(1, 3).map((f) => f ?? BAND), BAND],
      [BAND, BAND, BAND, BAND, BAND, BAND, BAND, BAND, BAND, BAND],
    ],
    merges: [
      { top: 1, left: 4, bottom: 1, right: 8 },
      { top: 5, left: 4, bottom: 5, right: 8 },
      ...[0, 1, 2, 3, 9].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
    ],
  };

  it('reads the last shaded quarter; a note written across the quarters; nothing where nothing is shaded', () => {
    expect(dues(g)).toEqual(['Q2 24/25', 'Q1 25/26', 'Ongoing – every cohort', 'Q4 24/25', '']);
    expect(dueReason(g)).toBe('Timescale: last shaded of 5 quarterly columns (Q1 24/25 … Q1 25/26)');
  });

  it('reads the note as ongoing work, and asks for a timescale where none is shaded', () => {
    const report = check(g);
    expect(report.actions[2].due).toMatchObject({ ongoing: true, parsed: true });
    expect(report.issues.find((i) => i.row === 8 && /no timescale/.test(i.message))?.column).toBe('E');
    expect(report.issues.filter((i) => /has no Timescale column/.test(i.message))).toEqual([]);
  });

  it('never takes the shading for a status colour', () => {
    expect(check(g).actions.map((a) => a.statusRag)).toEqual([null, null, null, null, null]);
  });
});

describe('months typed as real dates, with an Ongoing column beside them', () => {
  const months = [new Date(Date.UTC(2021, 9, 1)), new Date(Date.UTC(2021, 10, 1)), new Date(Date.UTC(2021, 11, 1)), new Date(Date.UTC(2022, 0, 1))];
  const g: Grid = {
    values: [
      ['WRES action plan 2021/22'],
      ['Action', 'Owner', ...months, 'Ongoing', 'Status'],
      ['Launch reverse mentoring for the executive team.', 'Chief People Officer', '●', '●', null, null, null, 'Complete'],
      ['Hold quarterly listening events with the race equality network.', 'EDI Lead', null, '●', '●', '●', '●', 'On track'],
      ['Publish the ethnicity pay gap.', 'Head of Reward', null, null, null, '●', null, 'Not started'],
    ],
    display: [[], [null, null, 'Oct-21', 'Nov-21', 'Dec-21', 'Jan-22', null, null]],
  };

  it('reads the header as shown, and a mark under Ongoing as ongoing whatever the months', () => {
    expect(dues(g)).toEqual(['Nov-21', 'Ongoing', 'Jan-22']);
    expect(check(g).actions[1].due.ongoing).toBe(true);
    expect(dueReason(g)).toBe("Timescale: last marked of 4 monthly columns (Oct-21 … Jan-22), or 'Ongoing'");
    expect(check(g).columns.status).toBe('H');
  });
});

describe('a timetable laid out another way', () => {
  it('a column between two periods, and headers in capitals, leave it as it is', () => {
    const g: Grid = {
      values: [
        ['WDES ACTION PLAN 2020/21'],
        ['ACTION', 'LEAD', 'H1 2020/21', 'BUDGET', 'H2 2020/21', 'ONGOING'],
        ['Set up a disability staff network.', 'Head of EDI', '✓', '£2,000', null, null],
        ['Introduce a reasonable adjustments passport.', 'Head of OH', '✓', 'Nil', '✓', null],
        ['Report disability pay gaps to the Board.', 'Head of Reward', null, 'Nil', '✓', '✓'],
      ],
    };
    expect(dues(g)).toEqual(['H1 2020/21', 'H2 2020/21', 'Ongoing']);
    expect(dueReason(g)).toBe("Timescale: last marked of 2 half-yearly columns (H1 2020/21 … H2 2020/21), or 'Ongoing'");
  });
});

describe('period columns that are not a timetable', () => {
  it('a quarterly status tracker (status words in each quarter) gives no timescale', () => {
    const g: Grid = {
      values: [
        ['WRES action plan 2022/23'],
        ['Action', 'Lead', 'Q1', 'Q2', 'Q3', 'Q4'],
        ['Publish the WRES report.', 'EDI Lead', 'On track', 'Complete', null, null],
        ['Run a cultural awareness programme.', 'Head of OD', 'Not started', 'On track', 'On track', null],
        ['Review the grievance process.', 'Head of ER', 'On track', 'Delayed', 'On track', null],
      ],
    };
    expect(check(g).columnEvidence.find((e) => e.field === 'due')).toBeUndefined();
  });

  it('quarters filled red, amber and green are a tracker of colours, not shading', () => {
    const [R, A, G] = ['#FF0000', '#FFC000', '#00B050'];
    const g: Grid = {
      values: [
        ['WRES action plan 2022/23'],
        ['Action', 'Lead', 'Q1 RAG', 'Q2 RAG', 'Q3 RAG'],
        ['Publish the WRES report.', 'EDI Lead', null, null, null],
        ['Run a cultural awareness programme.', 'Head of OD', null, null, null],
        ['Review the grievance process.', 'Head of ER', null, null, null],
      ],
      fills: [[], [], [null, null, G, A, G], [null, null, R, A, G], [null, null, A, A, R]],
    };
    expect(check(g).columnEvidence.find((e) => e.field === 'due')?.reason ?? '').not.toMatch(/shaded/);
  });

  it('a plan with a timescale column keeps it, and its timetable is no field of its own', () => {
    const g: Grid = {
      values: [
        ['WRES action plan 2019/20'],
        ['Action', 'Lead', 'Target date', 'Q1', 'Q2', 'Q3', 'Q4'],
        ['Publish the WRES data.', 'EDI Lead', '30/06/2019', 'x', null, null, null],
        ['Train recruiting managers.', 'Head of Resourcing', 'March 2020', null, 'x', 'x', 'x'],
      ],
    };
    const report = checkPlan(g, { asAt: AS_AT });
    expect(report.actions.map((a) => a.due.text)).toEqual(['30/06/2019', 'March 2020']);
    expect(report.columns.due).toBe('C');
    expect(report.issues.filter((i) => /is not one we use/.test(i.message))).toEqual([]);
  });
});
