/**
 * A plan kept as a document whose actions are each NUMBERED BY A LABEL ON A ROW OF ITS OWN ('Action 1', 'Commitment 2:')
 * with the action's paragraph on the row below — a web page's 'list of actions' pasted into one column, the bold label
 * a line over each paragraph (holdout48 dunsley, laid out as a government 'Annex A: list of actions'). The paragraph is
 * the action, the label its ref, the heading over the group its theme; the label row is no action and heads nothing.
 * A label over a heading (no sentence under it) and a word that numbers no action ('Step 1') stay as before.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 5, 30));
const read = (rows: CellValue[][], sheetName = 'Annex'): PlanReport => checkPlan({ values: rows, sheetName }, { asAt: AS_AT });
const actionEvidence = (r: PlanReport) => r.columnEvidence.find((e) => e.field === 'action')?.reason ?? '';

describe("a numbered action's label on a row of its own over its paragraph", () => {
  it("reads each paragraph under 'Action n' as the action, the area heading its theme", () => {
    const r = read([
      ['Annex A: list of actions'],
      ['This annex to the Fernhill NHS Trust Disability Equality Action Plan 2024-25 lists every action we have committed to.'],
      ['Make adjustments quick and lasting'],
      ['Action 1'],
      ['We will launch a Workplace Adjustments Passport for all colleagues by December 2024 (WDES metric 8).'],
      ['Action 2'],
      ['We will train every line manager in agreeing adjustments by March 2025.'],
      ['Keep disabled colleagues heard'],
      ['Action 3'],
      ['We will give the Disability Network chair protected time each month.'],
      [],
      ['If you need this annex in another format, contact the EDI team.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.ref, a.theme, a.due.text])).toEqual([
      [5, 'Action 1', 'Make adjustments quick and lasting', 'December 2024'],
      [7, 'Action 2', 'Make adjustments quick and lasting', 'March 2025'],
      [10, 'Action 3', 'Keep disabled colleagues heard', ''],
    ]);
    expect(r.actions[0].indicators).toEqual(['8']);
    expect(actionEvidence(r)).toContain("Row 5: 'Action 1' numbers the plan's actions (its label 'Action 1' on row 4 above it, a line of its own) under 'Make adjustments quick and lasting' (row 3)");
  });

  it("reads 'Commitment n:' labels in column B, blank rows between, a paragraph longer than a heading with no full stop", () => {
    const r = read([
      ['', 'Our race equality commitments 2024/25'],
      [],
      ['', 'Fair recruitment'],
      ['', 'Commitment 1:'],
      ['', 'We will put a trained inclusion adviser on every interview panel for band 8a and above roles by September 2024'],
      [],
      ['', 'Commitment 2:'],
      ['', 'We will publish the shortlisting ratio for ethnic minority applicants to the Board each quarter.'],
    ], 'Commitments');
    expect(r.actions.map((a) => [a.row, a.ref, a.theme])).toEqual([
      [5, 'Commitment 1', 'Fair recruitment'],
      [8, 'Commitment 2', 'Fair recruitment'],
    ]);
  });

  it("NEGATIVE: 'Step n' over paragraphs numbers no action, and an 'Action 1' over a heading stays a heading: no plan read", () => {
    const steps = read([
      ['How to fill in this template'],
      ['Step 1'],
      ['Enter each action in the Action column with its lead and timescale.'],
      ['Step 2'],
      ['Choose a status for each action from the list.'],
    ], 'Guidance');
    expect(steps.actions).toEqual([]);
    const headings = read([
      ['Contents'],
      [],
      ['Action 1'],
      ['Recruitment'],
      ['Action 2'],
      ['Retention'],
    ], 'Notes');
    expect(headings.actions).toEqual([]);
  });
});

/**
 * The same annex with a value kept beside each paragraph (a cost column a trust added: '£5,000', 'Within existing budget')
 * or a printed page's running head between a label and its paragraph ('WDES action plan (continued)'): the paragraph is
 * still the action (holdout48 dunsley under the layout and stray-rows properties read none, or lost one).
 */
describe("a numbered action's label over its paragraph, with a value beside it or a page's head between", () => {
  it('reads each paragraph beside a cost as the action', () => {
    const r = read([
      [null, 'Annex A: list of actions'],
      [null, 'Make adjustments quick and lasting'],
      [null, 'Action 1'],
      ['Within existing budget', 'We will launch a Workplace Adjustments Passport for all colleagues by December 2024 (WDES metric 8).'],
      [null, 'Action 2'],
      ['£5,000', 'We will train every line manager in agreeing adjustments by March 2025.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.ref, a.theme, a.due.text])).toEqual([
      [4, 'Action 1', 'Make adjustments quick and lasting', 'December 2024'],
      [6, 'Action 2', 'Make adjustments quick and lasting', 'March 2025'],
    ]);
  });

  it("reads the paragraph under its label over a page's running head, a cost to its right", () => {
    const r = read([
      ['Our commitments 2024/25'],
      ['Fair recruitment'],
      ['Commitment 1:'],
      ['We will put a trained inclusion adviser on every interview panel for band 8a and above roles.', 'Nil'],
      ['Commitment 2:'],
      ['Race equality commitments (continued)'],
      ['We will publish the shortlisting ratio for ethnic minority applicants to the Board each quarter.', '£2,500'],
    ], 'Commitments');
    expect(r.actions.map((a) => [a.row, a.ref, a.theme])).toEqual([
      [4, 'Commitment 1', 'Fair recruitment'],
      [7, 'Commitment 2', 'Fair recruitment'],
    ]);
  });

  it("NEGATIVE: a label over a row of two sentences (a table's row) numbers no paragraph: no plan read", () => {
    const r = read([
      ['Annex A'],
      ['Action 1'],
      ['We will launch a passport for all colleagues.', 'The network asked for this in 2023 and agreed the wording.'],
      ['Action 2'],
      ['We will train every line manager.', 'Managers said they did not know the process.'],
    ]);
    expect(r.actions).toEqual([]);
  });
});
