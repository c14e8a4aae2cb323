/**
 * The quarterly status tracker: a plan that keeps its status (or progress) one column per review period —
 * "Q1 | Q2 | Q3 | Q4", "Jun 2021 | Sep 2021 | Dec 2021", "Q1 update | Q1 RAG | Q2 update | Q2 RAG" — and whose
 * current status is each action's latest filled period. Three plans laid out three ways show it (and two plans
 * of the written corpus, tidewater and silvermere); each is read the same after every layout change trusts make.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid, PlanReport } from '../../../shared/types';
import { readWorkbook } from '../../../shared/xlsx';
import { CHANGES, gridOf, layoutOf } from '../../support/vary-layout';

const AS_AT = new Date(Date.UTC(2022, 0, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const BLUE = '#0070C0';
const GREEN = '#00B050';
const AMBER = '#FFC000';
const RED = '#FF0000';
const FILL: Record<string, string> = { B: BLUE, G: GREEN, A: AMBER, R: RED };
const reason = (report: PlanReport, field: 'status' | 'progress') => report.columnEvidence.find((e) => e.field === field)?.reason;

/** Month-year columns of RAG letters, a key of filled letters under the plan; one rating given by colour alone. */
const MONTHLY: Grid = (() => {
  const values = [
    ['Fernlea Community Health NHS Trust – WRES action plan 2021/22: progress tracker'],
    [],
    ['Ref', 'WRES indicator', 'Action', 'Lead', 'Target date', 'Jun 2021', 'Sep 2021', 'Dec 2021', 'Mar 2022', 'Comments'],
    ['1', '1', 'Publish the ethnicity pay gap alongside the WRES report', 'Head of Workforce Information', 'Sep 2021', 'G', 'B', 'B', '', 'Published with the annual report.'],
    ['2', '2', 'Add a BME panel member to every shortlisting panel at Band 7 and above', 'Head of Recruitment', 'Mar 2022', 'R', 'A', 'A', 'G', 'Panel pool now 40 members.'],
    ['3', '3', 'Review every disciplinary case involving a BME member of staff before a formal hearing', 'Head of Employee Relations', 'Dec 2021', 'A', 'G', '', '', 'Not rated in December: post vacant.'],
    ['4', '5', 'Run bystander training for ward managers', 'Head of Organisational Development', 'Mar 2022', '', '', 'R', '', 'Started late; second cohort booked.'],
    ['5', '7', 'Start reverse mentoring for executive directors', 'Chief People Officer', 'Mar 2022', '', '', '', '', 'New action agreed at the March review.'],
    ['6', '9', 'Hold a Board development session on race equality', 'Director of Corporate Affairs', 'Dec 2021', 'G', 'G', 'B', 'B', 'Held in November.'],
    [],
    ['Key'],
    ['B', 'Complete'], ['G', 'On track'], ['A', 'At risk'], ['R', 'Off track'],
  ];
  const fills = values.map((row, r) => row.map((v, c) => ((r >= 11 && c === 0) || (r >= 3 && r <= 8 && c >= 5 && c <= 8) ? FILL[v] ?? null : null)));
  fills[6][8] = AMBER; // action 4's March rating: amber, given by colour alone
  return { values, fills };
})();

/** One row of headers: an update and a RAG column per quarter; status words, no key of its own. */
const PAIRED: Grid = {
  values: [
    ['No.', 'Metric', 'Action', 'Owner', 'By when', 'Q1 update', 'Q1 RAG', 'Q2 update', 'Q2 RAG', 'Q3 update', 'Q3 RAG', 'Q4 update', 'Q4 RAG'],
    ['1', 'M1', 'Ask all staff to check their disability status on ESR', 'Workforce Information Manager', 'Jun 2021', 'Campaign launched at the staff briefing in May.', 'On track', 'Declaration rate rose from 4.1% to 6.0% by the end of the campaign.', 'Complete', '', '', '', ''],
    ['2', 'M4', 'Train managers to respond to reports of harassment from disabled staff', 'Head of Leadership Development', 'Mar 2022', 'Training content agreed with the disability network.', 'On track', 'First two cohorts trained, 38 managers so far.', 'On track', 'Third cohort postponed because of winter pressures.', 'Delayed', '', ''],
    ['3', 'M6', 'Publish guidance on presenteeism for line managers', 'Head of Wellbeing', 'Dec 2021', 'Not started: waiting for the new sickness absence policy.', 'Not started', '', '', 'Draft guidance shared with staff side for their comments.', 'On track', '', ''],
    ['4', 'M9a', 'Hold listening events with the disability network every quarter', 'Network Chair', 'Ongoing', 'First listening event held in June with 45 staff.', 'On track', 'September event moved online and 60 staff joined.', 'On track', 'December event held jointly with the carers network.', 'On track', '', ''],
    ['5', 'M10', 'Ask Board members to complete a confidential disability declaration', 'Company Secretary', 'Sep 2021', '', '', '', '', '', '', '', ''],
  ],
};

/** Two header rows: each quarter's label merged over its 'Progress | RAG' pair; letters filled in colour, a key under the plan. */
const GROUPED: Grid = (() => {
  const values = [
    ['Ref', 'Action', 'Lead', 'Deadline', 'Q1 2021/22', null, 'Q2 2021/22', null, 'Q3 2021/22', null, 'Q4 2021/22', null],
    [null, null, null, null, 'Progress', 'RAG', 'Progress', 'RAG', 'Progress', 'RAG', 'Progress', 'RAG'],
    ['1.1', 'Give the BME staff network chair two days a month of protected time', 'Chief People Officer', 'Jun 2021', 'Agreed by the executive team in May.', 'B', '', '', '', '', '', ''],
    ['1.2', 'Set a target for BME representation at Band 8a and above', 'Director of Workforce', 'Dec 2021', 'Baseline agreed with the network.', 'G', 'Target of 19% agreed by the People Committee.', 'G', 'Progress report to the Board in January.', 'A', '', ''],
    ['2.1', 'Run a reciprocal mentoring programme for senior leaders', 'Head of Organisational Development', 'Mar 2022', 'Mentors being recruited.', 'A', 'Twelve pairs matched and started in September.', 'G', '', '', '', ''],
    ['2.2', 'Make cultural awareness training part of induction for all new managers', 'Head of Learning and Development', 'Mar 2022', '', '', 'Module written with the network.', 'R', 'Module live from December; 30 managers completed it.', 'G', '', ''],
    [],
    ['Key'],
    ['B', 'Completed'], ['G', 'On track'], ['A', 'Some risk to delivery'], ['R', 'Not on track'],
  ];
  const fills = values.map((row, r) => row.map((v, c) => (((r >= 8 && c === 0) || (r >= 2 && r <= 5 && c >= 4 && c % 2 === 1)) && typeof v === 'string' ? FILL[v] ?? null : null)));
  const merges = [0, 1, 2, 3].map((c) => ({ top: 0, left: c, bottom: 1, right: c }));
  for (const c of [4, 6, 8, 10]) merges.push({ top: 0, left: c, bottom: 0, right: c + 1 });
  return { values, fills, merges };
})();

describe('a quarterly status tracker: each action\'s status is its latest filled period', () => {
  it('reads month-year columns of RAG letters: the latest rated month, a colour alone counting as a rating', () => {
    const report = read(MONTHLY);
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([
      ['B', 'blue'], ['G', 'green'], ['G', 'green'], ['', 'amber'], ['', null], ['B', 'blue'],
    ]);
    expect(reason(report, 'status')).toBe('Status: latest of 4 monthly columns (Jun 2021–Mar 2022)');
    // Each status says which month it is from; the plan's own comments stay its progress.
    expect(report.actions.map((a) => a.sources.status?.cell)).toEqual(['H4', 'I5', 'G6', 'I7', 'I8', 'I9']);
    expect(report.actions[0].progress).toBe('Published with the annual report.');
    expect(report.issues.filter((i) => i.rule === 'header-unmapped')).toEqual([]);
  });

  it('reads an update and a RAG column per quarter: progress from the latest update, status from the latest RAG', () => {
    const report = read(PAIRED);
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([
      ['Complete', 'green'], ['Delayed', 'amber'], ['On track', 'green'], ['On track', 'green'], ['', null],
    ]);
    expect(report.actions.map((a) => a.progress)).toEqual([
      'Declaration rate rose from 4.1% to 6.0% by the end of the campaign.',
      'Third cohort postponed because of winter pressures.',
      'Draft guidance shared with staff side for their comments.',
      'December event held jointly with the carers network.',
      '',
    ]);
    expect(reason(report, 'status')).toBe('Status: latest of 4 quarterly columns (Q1–Q4)');
    expect(reason(report, 'progress')).toBe('Progress: latest of 4 quarterly columns (Q1–Q4)');
    expect(report.actions.map((a) => a.due.text)).toEqual(['Jun 2021', 'Mar 2022', 'Dec 2021', 'Ongoing', 'Sep 2021']);
  });

  it('reads quarters named once above each "Progress | RAG" pair', () => {
    const report = read(GROUPED);
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['B', 'blue'], ['A', 'amber'], ['G', 'green'], ['G', 'green']]);
    expect(report.actions.map((a) => a.progress)).toEqual([
      'Agreed by the executive team in May.',
      'Progress report to the Board in January.',
      'Twelve pairs matched and started in September.',
      'Module live from December; 30 managers completed it.',
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Chief People Officer', 'Director of Workforce', 'Head of Organisational Development', 'Head of Learning and Development']);
  });

  it('puts periods in time order, wherever their columns stand, and whatever else their headers say', () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'Due', 'RAG Dec 21 (R = off track, A = at risk, G = on track, B = complete)', 'RAG Jun 21', 'Budget', 'RAG Sep 21'],
        ['Publish the WRES data on the website', 'Head of EDI', 'Sep 2021', '', 'A', '£2,000', 'B'],
        ['Review exit interviews by ethnicity', 'Head of HR', 'Dec 2021', 'R', 'G', 'Nil', 'A'],
      ],
    });
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['B', 'blue'], ['R', 'red']]);
  });

  it('reads half-yearly reviews and numbered updates the same way', () => {
    const halves = read({
      values: [
        ['Action', 'Lead', 'Timescale', 'Mid-year review', 'Year-end review'],
        ['Publish the WDES data', 'Head of EDI', 'Sep 2021', 'Complete', ''],
        ['Set up a reasonable adjustments passport', 'Head of Occupational Health', 'Mar 2022', 'In progress', 'Not started'],
      ],
    });
    expect(halves.actions.map((a) => a.status)).toEqual(['Complete', 'Not started']);
    expect(reason(halves, 'status')).toBe('Status: latest of 2 half-yearly columns (Mid-year to Year-end)');
    const rounds = read({
      values: [
        ['Action', 'Lead', 'Timescale', 'Update 1', 'Update 2', 'Update 3'],
        ['Publish the WDES data', 'Head of EDI', 'Sep 2021', 'On track', 'Complete', ''],
        ['Set up a reasonable adjustments passport', 'Head of Occupational Health', 'Mar 2022', 'Not started', 'Not started', 'On track'],
      ],
    });
    expect(rounds.actions.map((a) => a.status)).toEqual(['Complete', 'On track']);
  });
});

describe('the trackers of the written corpus', () => {
  const readGold = async (plan: string) => {
    const gold = JSON.parse(readFileSync(`tests/corpus/${plan}.gold.json`, 'utf8')) as { sheet: string; actions: { row: number; status: string; rag: string | null; progress: string }[] };
    const { sheets } = await readWorkbook(readFileSync(`tests/corpus/${plan}.xlsx`));
    return { gold, report: read(sheets.find((s) => s.sheetName === gold.sheet)!) };
  };
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

  it('tidewater (a RAG letter per quarter, Q4 not yet reached): every status is the latest quarter rated', async () => {
    const { gold, report } = await readGold('holdout3/holdout3-wdes-2022-23-tidewater');
    expect(report.actions.map((a) => [a.row, a.status, a.statusRag])).toEqual(gold.actions.map((g) => [g.row, g.status, g.rag]));
    expect(reason(report, 'status')).toBe('Status: latest of 4 quarterly columns (Q1–Q4)');
  });

  it('silvermere (an update per quarter beside a status column of its own): progress is the latest update written', async () => {
    const { gold, report } = await readGold('holdout3/holdout3-wdes-2025-26-silvermere');
    expect(report.actions.map((a) => [a.row, flat(a.progress)])).toEqual(gold.actions.map((g) => [g.row, flat(g.progress)]));
    expect(reason(report, 'progress')).toBe('Progress: latest of 4 quarterly columns (Apr–Jun 25 to Jan–Mar 26)');
    expect(reason(report, 'status')).toMatch(/^Status: header 'Status'/);
  });
});

describe('not a tracker', () => {
  it('a status column of its own wins over quarterly ratings beside it', () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'Due', 'RAG Q1', 'RAG Q2', 'RAG Q3', 'Overall status'],
        ['Publish the WRES data', 'Head of EDI', 'Sep 2021', 'Amber', 'Green', '', 'Completed'],
        ['Review exit interviews', 'Head of HR', 'Dec 2021', 'Red', 'Amber', 'Amber', 'In progress'],
      ],
    });
    expect(report.actions.map((a) => a.status)).toEqual(['Completed', 'In progress']);
    expect(reason(report, 'status')).not.toMatch(/latest of/);
  });

  it('one column for one period is a status column, not a tracker', () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'Target date', 'Status Q3', 'Comments'],
        ['Publish the WDES data', 'Head of EDI', 'Sep 2022', 'Complete', 'Published in August'],
      ],
    });
    expect(report.actions[0].status).toBe('Complete');
    expect(reason(report, 'status')).not.toMatch(/latest of/);
  });

  it('ticks under the quarters an action runs in say when, not how it is going', () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'Timescale', 'Q1', 'Q2', 'Q3', 'Q4', 'Status'],
        ['Publish the WDES data', 'Head of EDI', 'Sep 2021', '✓', '✓', '', '', 'On track'],
        ['Review exit interviews', 'Head of HR', 'Mar 2022', '', '✓', '✓', '✓', 'Not started'],
      ],
    });
    expect(report.actions.map((a) => [a.status, a.due.text])).toEqual([['On track', 'Sep 2021'], ['Not started', 'Mar 2022']]);
  });

  it('dates under period headers are timescales, not a tracker', () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'Target date 2021/22', 'Revised date 2022/23', 'RAG'],
        ['Publish the WDES data', 'Head of EDI', 'Sep 2021', 'Dec 2022', 'Amber'],
        ['Review exit interviews', 'Head of HR', 'Mar 2022', 'Jun 2022', 'Green'],
      ],
    });
    // The status is the RAG column's, not a period's; the timescale is the revised date, which replaces the target date
    // first set (a revised date beside the original: due-columns.test.ts).
    expect(report.actions.map((a) => [a.status, a.due.text])).toEqual([['Amber', 'Dec 2022'], ['Green', 'Jun 2022']]);
  });
});

describe("a quarter named by its number and its months ('Q1 (Apr–Jun 25)'), later quarters still empty", () => {
  it("two header rows: each quarter merged over 'RAG | Update', Q3 and Q4 drawn but blank (holdout32 pendleford)", () => {
    const values = [
      ['Ref', 'Metric', 'Action', 'Lead', 'Target date', 'Q1 (Apr–Jun 25)', null, 'Q2 (Jul–Sep 25)', null, 'Q3 (Oct–Dec 25)', null, 'Q4 (Jan–Mar 26)', null],
      [null, null, null, null, null, 'RAG', 'Update', 'RAG', 'Update', 'RAG', 'Update', 'RAG', 'Update'],
      ['1.1', 'Metric 7', 'Move adjustment requests onto one online form', 'Head of HR Operations', 'Sep 2025', 'A', 'Form built.', 'G', 'Live from 1 September.', '', '', '', ''],
      ['1.2', 'Metric 5', 'Hold a career conversation with every disabled colleague who asks', 'Head of OD', 'Jan 2026', 'G', 'Offer agreed.', '', '', '', '', '', ''],
      ['1.3', 'Metric 1', 'Raise ESR declaration through a self-service campaign', 'Workforce Information Manager', 'Mar 2026', 'G', 'Planned for Q2.', 'R', 'Delayed by the ESR upgrade.', '', '', '', ''],
    ];
    const fills = values.map((row, r) => row.map((v, c) => (r >= 2 && (c === 5 || c === 7) ? FILL[String(v)] ?? null : null)));
    const merges = [0, 1, 2, 3, 4].map((c) => ({ top: 0, left: c, bottom: 1, right: c }));
    for (const c of [5, 7, 9, 11]) merges.push({ top: 0, left: c, bottom: 0, right: c + 1 });
    const report = read({ values, fills, merges });
    expect(report.actions.map((a) => [a.status, a.statusRag, a.progress])).toEqual([
      ['G', 'green', 'Live from 1 September.'],
      ['G', 'green', 'Offer agreed.'],
      ['R', 'red', 'Delayed by the ESR upgrade.'],
    ]);
    expect(reason(report, 'status')).toMatch(/latest of 4 quarterly columns/);
  });

  it("one header row: an update and a RAG column per quarter, 'Quarter 1 (April–June) update', the last two quarters blank", () => {
    const report = read({
      values: [
        ['Action', 'Owner', 'Due', 'Quarter 1 (April–June) update', 'Quarter 1 (April–June) RAG', 'Quarter 2 (July–September) update', 'Quarter 2 (July–September) RAG', 'Quarter 3 (October–December) update', 'Quarter 3 (October–December) RAG', 'Quarter 4 (January–March) update', 'Quarter 4 (January–March) RAG'],
        ['Publish the ethnicity pay gap', 'Head of Workforce Information', 'Sep 2021', 'Data pulled.', 'On track', 'Published with the annual report.', 'Complete', '', '', '', ''],
        ['Add a BME panel member to every Band 7 panel', 'Head of Recruitment', 'Mar 2022', 'Pool being recruited.', 'Not started', 'Training dates slipped.', 'Delayed', '', '', '', ''],
      ],
    });
    expect(report.actions.map((a) => [a.status, a.progress])).toEqual([['Complete', 'Published with the annual report.'], ['Delayed', 'Training dates slipped.']]);
    expect(reason(report, 'status')).toMatch(/latest of 4 quarterly columns/);
  });

  it("a quarter's number beside a period of another length is kept ('Q4 2021/22' names the quarter, not the year)", () => {
    const report = read({
      values: [
        ['Action', 'Owner', 'Target date', 'Q1 2021/22', 'Q2 2021/22', 'Q3 2021/22'],
        ['Publish the ethnicity pay gap', 'Head of Workforce Information', 'Sep 2021', 'On track', 'Complete', ''],
        ['Add a BME panel member to every Band 7 panel', 'Head of Recruitment', 'Mar 2022', 'Not started', 'On track', ''],
      ],
    });
    expect(report.actions.map((a) => a.status)).toEqual(['Complete', 'On track']);
  });
});

/** What a user sees of each action, compared whatever the layout (as in layout-invariance.property.test.ts). */
const seen = (report: PlanReport, row: number) => {
  const a = report.actions.find((x) => x.row === row);
  return a && { action: a.action, lead: a.lead, due: a.due.text, indicators: a.indicators, theme: a.theme, status: a.status, statusRag: a.statusRag, progress: a.progress, outcome: a.outcome };
};

describe.each([['monthly RAG letters', MONTHLY], ['an update and a RAG column per quarter', PAIRED], ['quarters over Progress | RAG pairs', GROUPED]])('a tracker of %s laid out again', (_name, grid) => {
  it('reads every action\'s latest status and progress the same after any combination of layout changes', () => {
    const before = read(grid);
    fc.assert(
      fc.property(fc.shuffledSubarray(Object.keys(CHANGES), { minLength: 1 }), fc.array(fc.nat(), { minLength: 64, maxLength: 64 }), (chosen, dice) => {
        let i = 0;
        const pick = (n: number) => (n <= 1 ? 0 : dice[i++ % dice.length] % n);
        const layout = layoutOf(grid);
        for (const name of chosen) CHANGES[name](layout, before, pick);
        const after = read(gridOf(layout));
        for (const a of before.actions) {
          expect(seen(after, layout.rowOf[a.row - 1] + 1), `row ${a.row} after ${chosen.join(', ')}`).toEqual(seen(before, a.row));
        }
        expect(after.actions).toHaveLength(before.actions.length);
      }),
      { numRuns: Number(process.env.LAYOUT_RUNS ?? 30) },
    );
  });
});
