import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

/**
 * A delivery plan written as goals (holdout25 avonmead, after a community provider's published 'Delivery Plan – Full
 * Version'): 'Goal | Milestones 2020/21 | Lead', each goal a sentence saying what will be done, the milestones cell a list
 * of dated steps ('- Q2: …' / '- Q3: …'), the table under a numbered section of the document ('6. Developing our
 * workforce') below its title and introduction. The goals are the actions, each timescale its last milestone, the
 * section its theme — while a plan with an action column keeps it, and a progress cell of dated updates stays progress.
 */
const AS_AT = new Date(Date.UTC(2021, 1, 1));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const rows = (report: PlanReport) => report.actions.map((a) => a.row);
const evidenceOf = (report: PlanReport, field: string) => report.columnEvidence.find((e) => e.field === field);

const GOALS: CellValue[][] = [
  ['Riverbend Care Partnership Delivery Plan 2020-2023'],
  ['1. Introduction'],
  ['This plan sets out what we will deliver over three years. Goals carried over from last year are tagged [CO].'],
  [],
  ['6. A fair and diverse place to work'],
  ['Goal', 'Milestones 2020/21', 'Lead'],
  ['Every interview panel for senior posts includes a trained, ethnically diverse member (WRES indicator 2): [PP:4]', '- Q2: We will train 30 panel members\n- Q3: Diverse panels will be in place for all senior posts', 'Head of Workforce'],
  ['A reverse mentoring scheme pairs BAME colleagues with each executive director: [LTP:7]', '- Q1: We will recruit mentors\n- Q4: All executives will be paired **', 'Director of People'],
  ['Disciplinary cases involving BAME staff are checked by a senior manager before they proceed (WRES indicator 3): [CO]', '- Q3: Every case will be checked', 'Head of HR'],
  ['** If staffing allows.'],
];

const OUTCOMES: CellValue[][] = [
  ['Northfield Community Health – Equality Delivery Plan 2021/22'],
  ['Lead', 'Outcome we want', 'Key milestones', 'Notes'],
  ['Chief People Officer', 'Staff networks have an executive sponsor and protected time for their chairs.', '• June 2021: sponsors named\n• September 2021: chairs given a day a month', ''],
  ['Head of Learning', 'BME colleagues take up development programmes at the same rate as white colleagues.', '• March 2022: uptake reported by ethnicity\n• October 2021: programme places ring-fenced', 'Linked to WRES 4'],
  ['Freedom to Speak Up Guardian', 'Colleagues know how to raise concerns about racism and are supported when they do.', '• December 2021: guide launched\n• February 2022: champions in every team', ''],
];

describe('a goal column that holds the actions', () => {
  it("reads 'Goal' as the action when no column is headed as the action, and says why", () => {
    const report = read(GOALS);
    expect(rows(report)).toEqual([7, 8, 9]);
    expect(report.actions[0].action).toBe(GOALS[6][0]);
    expect(report.actions[0].objective).toBeFalsy();
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Workforce', 'Director of People', 'Head of HR']);
    expect(evidenceOf(report, 'action')).toMatchObject({ column: 'A', reason: "Action: no column is headed as the action; 'Goal' is the only column of sentences saying what will be done (3 of 3 cells)" });
    expect(report.issues.filter((i) => i.rule === 'action-empty')).toEqual([]);
  });

  it("reads an 'Outcome we want' column, not the first, as the action in another layout", () => {
    const report = read(OUTCOMES);
    expect(rows(report)).toEqual([3, 4, 5]);
    expect(report.actions.map((a) => a.action)).toEqual([OUTCOMES[2][1], OUTCOMES[3][1], OUTCOMES[4][1]]);
    expect(evidenceOf(report, 'action')?.column).toBe('B');
  });

  it('keeps the action column of a plan that has one beside its goals (negative)', () => {
    const report = read([
      ['Riverbend WRES action plan 2020/21'],
      ['Goal', 'Action', 'Lead', 'Due'],
      ['Our panels reflect the communities we serve and every panel member is trained.', 'Train 30 panel members in inclusive recruitment', 'Head of Workforce', 'Q3 2020/21'],
      ['BAME colleagues have equal access to development and career progression.', 'Publish CPD uptake by ethnicity every quarter', 'Head of Education', 'Q4 2020/21'],
    ]);
    expect(report.actions.map((a) => a.action)).toEqual(['Train 30 panel members in inclusive recruitment', 'Publish CPD uptake by ethnicity every quarter']);
    expect(report.actions[0].objective).toBe('Our panels reflect the communities we serve and every panel member is trained.');
    expect(evidenceOf(report, 'action')?.column).toBe('B');
  });
});

describe('a milestones cell listing dated steps', () => {
  it("reads each action's timescale as its last milestone's quarter, with the reason", () => {
    const report = read(GOALS);
    expect(report.actions.map((a) => a.due?.text)).toEqual(['Q3', 'Q4', 'Q3']);
    expect(report.actions[0].due).toMatchObject({ parsed: true, start: '2020-10-01', end: '2020-12-31' });
    expect(report.actions[0].sources?.due).toEqual({ kind: 'column', cell: 'B7', why: 'Timescale: Q3, the last milestone in B7 (of 2)' });
    expect(report.actions[2].sources?.due?.why).toBe('Timescale: Q3, the last milestone in B9');
    expect(evidenceOf(report, 'due')?.reason).toContain("its cells list dated milestones (row 7: '- Q2: We will train 30 panel members - Q3: Divers…'): each action's timescale is its last milestone");
    expect(report.issues.filter((i) => i.rule === 'due-unparsed' || i.rule === 'due-missing')).toEqual([]);
  });

  it('reads months in bullets, the latest in time when written out of order', () => {
    const report = read(OUTCOMES);
    expect(report.actions.map((a) => a.due?.text)).toEqual(['September 2021', 'March 2022', 'February 2022']);
    expect(report.actions[1].sources?.due?.why).toBe('Timescale: March 2022, the last milestone in C4 (of 2)');
  });

  it('leaves a progress cell of dated updates as progress, and a plain timescale as written (negative)', () => {
    const progress = 'Q1 (14/07/20): panel training booked.\nQ2 (13/10/20): 18 of 30 members trained.';
    const report = read([
      ['Riverbend WRES action plan 2020/21'],
      ['Action', 'Lead', 'Timescale', 'Progress'],
      ['Train 30 panel members in inclusive recruitment', 'Head of Workforce', 'Q3 2020/21', progress],
      ['Publish CPD uptake by ethnicity every quarter', 'Head of Education', 'March 2021', 'Q2 (13/10/20): first report published.\nQ3 (12/01/21): second report published.'],
    ]);
    expect(report.actions.map((a) => a.due?.text)).toEqual(['Q3 2020/21', 'March 2021']);
    expect(report.actions[0].progress).toBe(progress);
    expect(report.actions[0].sources?.due).toEqual({ kind: 'column', cell: 'C3' });
  });
});

describe('a numbered section of the document over the only header', () => {
  it('is the theme of the actions under it, its number no indicator', () => {
    const report = read(GOALS);
    expect(report.actions.map((a) => a.theme)).toEqual(Array(3).fill('6. A fair and diverse place to work'));
    expect(report.actions.map((a) => a.indicators)).toEqual([['2'], [], ['3']]);
  });

  it("reads '3.2 Recruitment and promotion' under a report's title in another layout: its words may name a metric, its number not", () => {
    const report = read([
      ['Annual Equality Report 2021/22'],
      [],
      ['3.2 Recruitment and promotion'],
      [],
      ['Ref', 'Action', 'Owner', 'Deadline'],
      ['R1', 'Review shortlisting for bias in every senior appointment', 'Head of Resourcing', 'December 2021'],
      ['R2', 'Offer a sponsorship programme to BME staff at bands 6 and 7', 'Head of OD', 'March 2022'],
    ]);
    expect(report.actions.map((a) => a.theme)).toEqual(['3.2 Recruitment and promotion', '3.2 Recruitment and promotion']);
    // 'Recruitment and promotion' is metric 2's title in words, as any heading's would be; '3.2' is the report's section.
    expect(report.actions.map((a) => a.indicators)).toEqual([['2'], ['2']]);
  });

  it("is no theme when it is the sheet's first line, the plan's title (negative)", () => {
    const report = read([
      ['1. WRES action plan 2021/22'],
      ['Ref', 'Action', 'Owner', 'Deadline'],
      ['R1', 'Review shortlisting for bias in every senior appointment', 'Head of Resourcing', 'December 2021'],
      ['R2', 'Offer a sponsorship programme to BME staff at bands 6 and 7', 'Head of OD', 'March 2022'],
    ]);
    expect(report.actions.map((a) => a.theme)).toEqual([null, null]);
  });

  it('leaves an unnumbered line over the header under the title no theme, as before (negative)', () => {
    const report = read([
      ['Riverbend Care Partnership'],
      ['Workforce Race Equality Standard action plan 2021/22'],
      ['Ref', 'Action', 'Owner', 'Deadline'],
      ['R1', 'Review shortlisting for bias in every senior appointment', 'Head of Resourcing', 'December 2021'],
    ]);
    expect(report.actions.map((a) => a.theme)).toEqual([null]);
  });
});
