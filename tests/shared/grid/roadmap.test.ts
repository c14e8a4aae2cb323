import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid, PlanReport, RecognisedAction } from '../../../shared/types';

/**
 * A roadmap (a 'plan on a page'): no action column and no timescale column, but a run of adjacent columns headed by
 * consecutive periods — quarters, months, years, often under a merged 'When we will deliver it' — and each action's
 * text written in the one column of the period it will be delivered in (or on a bar merged across several: delivered
 * by the last). The action is that text; its timescale the column's header. Shown in plans laid out differently
 * (holdout21 halberton is the corpus plan), and beside plans that look alike but must stay read as they were: a Gantt
 * chart of ticks or shading beside an action column, a quarterly tracker of progress notes.
 */
const AS_AT = new Date(Date.UTC(2024, 9, 1));
const read = (g: Grid) => checkPlan(g, { asAt: AS_AT });
const reason = (report: PlanReport, field: string) => report.columnEvidence.find((e) => e.field === field)?.reason;
const MONTHS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];

/** Twelve month cells with `text` under month `i` (0 = Apr), the rest empty. */
const inMonth = (i: number, text: string): CellValue[] => MONTHS.map((_, m) => (m === i ? text : null));

describe('a WDES roadmap of months, Apr to Mar, under a one-row header', () => {
  const g: Grid = {
    values: [
      ['Brookwater Community NHS Trust'],
      ['WDES action plan 2024/25 – our year at a glance'],
      ['No.', 'Metric', 'Owner', ...MONTHS, 'RAG'],
      ['1', 'M1', 'Workforce Information Manager', ...inMonth(1, 'Launch an ESR self-service declaration drive with the disability network.'), 'Complete'],
      ['2', 'M2', 'Head of Resourcing', ...inMonth(5, 'Publish the guaranteed interview offer on every advert and check shortlists against it.'), 'On track'],
      ['3', 'M4a', 'Head of Employee Relations', ...inMonth(8, 'Review every harassment case raised by disabled staff at the quarterly case panel.'), 'On track'],
      ['4', 'M9a', 'Network Chair', ...inMonth(11, 'Hold a listening event for disabled staff on each main site.'), 'Not started'],
      ['5', 'M10', 'Company Secretary', ...inMonth(5, 'Ask Board members to complete a confidential disability declaration.'), 'At risk'],
    ],
  };
  const report = read(g);

  it('reads each text in a month column as the action', () => {
    expect(report.actions.map((a) => a.action)).toEqual([
      'Launch an ESR self-service declaration drive with the disability network.',
      'Publish the guaranteed interview offer on every advert and check shortlists against it.',
      'Review every harassment case raised by disabled staff at the quarterly case panel.',
      'Hold a listening event for disabled staff on each main site.',
      'Ask Board members to complete a confidential disability declaration.',
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Workforce Information Manager', 'Head of Resourcing', 'Head of Employee Relations', 'Network Chair', 'Company Secretary']);
  });

  it("takes the month's header as the timescale, placed in the plan's year", () => {
    expect(report.actions.map((a) => a.due.text)).toEqual(['May', 'Sep', 'Dec', 'Mar', 'Sep']);
    expect(report.actions.map((a) => a.due.end)).toEqual(['2024-05-31', '2024-09-30', '2024-12-31', '2025-03-31', '2024-09-30']);
  });

  it('says where the action and the timescale were read, and asks nothing about them', () => {
    expect(reason(report, 'action')).toBe("Action: written in the period columns D–O ('Apr' … 'Mar'), each action under the period it is delivered in");
    expect(reason(report, 'due')).toBe('Timescale: the header of the column the action sits in (D–O); for a bar merged across periods, the last it covers');
    expect(report.columnQuestions.map((q) => q.field)).not.toContain('action');
    expect(report.columnQuestions.map((q) => q.field)).not.toContain('due');
    expect(report.issues.filter((i) => i.rule === 'header-unmapped')).toEqual([]);
  });

  it("points the action and its timescale at the cell the action is written in, and says why", () => {
    const second = report.actions[1] as RecognisedAction;
    expect(second.cells).toMatchObject({ action: 'I', due: 'I' });
    expect(second.sources.due).toEqual({ kind: 'period', cell: 'I5', why: 'Due: the header of column I, where the action is written (I5)' });
    expect(second.sources.action).toEqual({ kind: 'period', cell: 'I5', why: "Action: written under 'Sep' (I5), the period it is delivered in" });
    expect(report.issues.filter((i) => /but no action|no Timescale column/.test(i.message))).toEqual([]);
  });
});

describe('a WRES roadmap of years with a merged bar, the indicator after the periods, a two-row header', () => {
  const YEARS = ['2023/24', '2024/25', '2025/26'];
  const g: Grid = {
    values: [
      ['Calderbank Mental Health NHS Foundation Trust – WRES three-year race equality roadmap'],
      [],
      ['Lead', 'Timeline', null, null, 'WRES indicator', 'Progress'],
      [null, ...YEARS, null, null],
      ['Leadership'],
      ['Chief Executive', 'Set a race equality objective for every executive director and review it at appraisal.', null, null, '9', 'Objectives set for all directors.'],
      ['Director of People', null, 'Introduce a reverse mentoring scheme pairing Board members with BME colleagues.', null, '9', 'Ten pairs matched; first review due in March.'],
      ['Recruitment'],
      ['Head of Resourcing', 'Put a trained diverse panel member on every Band 8a and above interview.', null, null, '2', 'Panel pool of 45 trained.'],
      ['Head of Talent', null, null, 'Run a positive action development programme for BME staff in Bands 5 to 7.', '7', ''],
    ],
    merges: [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 2, right: 3 },
      { top: 2, left: 4, bottom: 3, right: 4 },
      { top: 2, left: 5, bottom: 3, right: 5 },
      { top: 4, left: 0, bottom: 4, right: 5 },
      { top: 7, left: 0, bottom: 7, right: 5 },
      // The first action's bar runs over the first two years: it is delivered by the end of the second.
      { top: 5, left: 1, bottom: 5, right: 2 },
    ],
    fills: [[], [], [], [], [], [null, '#C6E0B4', '#C6E0B4'], [null, null, '#C6E0B4'], [], [null, '#C6E0B4'], [null, null, null, '#C6E0B4']],
  };
  const report = read(g);

  it('reads the four actions, each with its theme, lead and indicator', () => {
    expect(report.actions.map((a) => a.row)).toEqual([6, 7, 9, 10]);
    expect(report.actions.map((a) => a.action.slice(0, 30))).toEqual(['Set a race equality objective ', 'Introduce a reverse mentoring ', 'Put a trained diverse panel me', 'Run a positive action developm']);
    expect(report.actions.map((a) => a.theme)).toEqual(['Leadership', 'Leadership', 'Recruitment', 'Recruitment']);
    expect(report.actions.map((a) => a.indicators)).toEqual([['9'], ['9'], ['2'], ['7']]);
  });

  it('gives a bar merged across two years the second year, and says so', () => {
    expect(report.actions.map((a) => a.due.text)).toEqual(['2024/25', '2024/25', '2023/24', '2025/26']);
    expect(report.actions[0].sources.due).toEqual({ kind: 'period', cell: 'B6', why: "Due: the header of column C, the last period the action's bar B6:C6 covers" });
    expect(report.actions[0].sources.action?.why).toBe("Action: written under '2023/24' (B6), the period its work starts in");
  });

  it('keeps the progress column as progress, not a tracker of the years', () => {
    expect(report.columns).toMatchObject({ lead: 'A', indicator: 'E', progress: 'F' });
    expect(report.actions[1].progress).toBe('Ten pairs matched; first review due in March.');
    expect(reason(report, 'action')).toBe("Action: written in the period columns B–D ('2023/24' … '2025/26'), each action under the period it is delivered in");
  });
});

describe('a roadmap row with no lead or status yet', () => {
  it('is an action by the text it writes in a period column', () => {
    const g: Grid = {
      values: [
        ['Ashby Vale NHS Trust – WDES roadmap 2024/25'],
        ['Ref', 'Metric', 'Lead', 'Q1', 'Q2', 'Q3', 'Q4', 'Status'],
        ['R1', 'M1', 'Head of Workforce', 'Run a declaration campaign with the disability network on every site.', null, null, null, 'Complete'],
        ['R2', 'M2', null, null, null, 'Add an adjustments question to every application and track the answers.', null, null],
        ['R3', 'M8', 'Head of OH', null, 'Set up a central reasonable adjustments service with a six-week target.', null, null, 'On track'],
      ],
    };
    const report = read(g);
    expect(report.actions.map((a) => [a.row, a.due.text, a.lead])).toEqual([[3, 'Q1', 'Head of Workforce'], [4, 'Q3', ''], [5, 'Q2', 'Head of OH']]);
    expect(report.actions[1].action).toBe('Add an adjustments question to every application and track the answers.');
  });
});

describe('not a roadmap: period columns beside an action column', () => {
  it('a Gantt chart of ticks and shading beside an Action column stays a delivery timetable', () => {
    const Q = ['Q1', 'Q2', 'Q3', 'Q4'];
    const g: Grid = {
      values: [
        ['WDES action plan 2024/25'],
        ['Ref', 'Action', 'Lead', ...Q, 'Status'],
        ['1', 'Run a declaration campaign with the disability network.', 'Head of Workforce', '✓', '✓', null, null, 'Complete'],
        ['2', 'Guarantee interviews under Disability Confident.', 'Recruitment Lead', null, null, '✓', null, 'On track'],
        ['3', 'Set up a reasonable adjustments service.', 'Head of OH', null, null, null, null, 'On track'],
        ['4', 'Train managers in supportive attendance conversations.', 'Head of Wellbeing', null, '✓', '✓', '✓', 'On track'],
      ],
      fills: [[], [], [], [], [null, null, null, null, '#1F4E79', '#1F4E79'], []],
    };
    const report = read(g);
    expect(report.columns).toMatchObject({ action: 'B', lead: 'C', status: 'H' });
    expect(report.actions.map((a) => a.due.text)).toEqual(['Q2', 'Q3', 'Q3', 'Q4']);
    expect(reason(report, 'due')).toMatch(/^Timescale: last (marked|shaded) of 4 quarterly columns/);
    expect(reason(report, 'action')).not.toMatch(/period columns/);
  });

  it('a quarterly tracker of progress notes, one quarter filled on each row, stays a tracker beside its Action column', () => {
    const g: Grid = {
      values: [
        ['WRES action plan 2024/25 – quarterly progress'],
        ['Ref', 'Action', 'Lead', 'Target date', 'Q1 update', 'Q2 update', 'Q3 update', 'Q4 update'],
        ['1', 'Publish the WRES data on the intranet.', 'EDI Lead', 'Jun 2024', 'Published on the intranet with a staff briefing in June.', null, null, null],
        ['2', 'Train every recruiting manager in fair recruitment.', 'Head of Resourcing', 'Dec 2024', null, 'Two sessions held and forty managers trained so far.', null, null],
        ['3', 'Add an independent panel member to band 8a+ interviews.', 'Recruitment Manager', 'Mar 2025', null, 'Panel pool recruited; training booked for October.', null, null],
        ['4', 'Review the disciplinary process with staff side.', 'Head of Employee Relations', 'Sep 2024', 'Review started with staff side colleagues in May.', null, null, null],
      ],
    };
    const report = read(g);
    expect(report.columns).toMatchObject({ action: 'B', lead: 'C', due: 'D' });
    expect(report.actions.map((a) => a.action)).toEqual(g.values.slice(2).map((row) => row[1]));
    expect(report.actions.map((a) => a.due.text)).toEqual(['Jun 2024', 'Dec 2024', 'Mar 2025', 'Sep 2024']);
    expect(report.actions[1].progress).toBe('Two sessions held and forty managers trained so far.');
    expect(reason(report, 'progress')).toMatch(/^Progress: latest of 4 quarterly columns/);
  });

  it("a tracker whose actions sit under a header naming no field ('Description') stays a tracker of progress", () => {
    const g: Grid = {
      values: [
        ['WDES action plan 2024/25'],
        ['Ref', 'Description', 'Owner', 'Apr–Jun 2024', 'Jul–Sep 2024', 'Oct–Dec 2024', 'Jan–Mar 2025'],
        ['1', 'Run a declaration campaign with the disability network on every main site.', 'Head of Workforce', 'Campaign launched at the May staff briefing with network ambassadors.', null, null, null],
        ['2', 'Add a reasonable adjustments question to every NHS Jobs application form.', 'Head of Resourcing', null, 'Question added in August and the first answers are being tracked.', null, null],
        ['3', 'Train line managers in supportive attendance conversations with disabled staff.', 'Head of Wellbeing', null, 'First two cohorts of line managers trained so far this year.', null, null],
      ],
    };
    const report = read(g);
    expect(report.actions.map((a) => a.progress.slice(0, 20))).toEqual(['Campaign launched at', 'Question added in Au', 'First two cohorts of']);
    expect(reason(report, 'progress')).toMatch(/^Progress: latest of 4 quarterly columns/);
    expect(reason(report, 'action') ?? '').not.toMatch(/period columns/);
  });

  it('a tracker with no Action column whose notes all sit in the first quarter is no roadmap', () => {
    const g: Grid = {
      values: [
        ['WDES plan 2024/25 – progress'],
        ['Ref', 'Objective', 'Lead', 'Q1', 'Q2', 'Q3', 'Q4'],
        ['1', 'Know our workforce', 'EDI Lead', 'Declaration campaign launched with the network in May.', null, null, null],
        ['2', 'Fair recruitment', 'Head of Resourcing', 'Guaranteed interview wording added to every advert.', null, null, null],
        ['3', 'Safe to speak up', 'FTSU Guardian', 'Two listening events held with disabled colleagues.', null, null, null],
      ],
    };
    const report = read(g);
    expect(reason(report, 'action') ?? '').not.toMatch(/period columns/);
    expect(report.actions.map((a) => a.due.text)).toEqual(['', '', '']);
  });
});
