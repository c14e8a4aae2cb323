/**
 * A plan written as HEADED LISTS OF COMMITMENTS rather than a grid: a web page or board paper that groups the plan's
 * numbered promises under headings that COUNT them ('Promises 1 to 4', 'Pledges 5–8', 'Commitments 9 and 10'), each
 * heading often followed by a one-line goal for its group, then the numbered commitments (holdout48 ravenscar, laid out
 * like a trust's 'Our 28 promises' page). Every numbered item is an action (ref its number), its theme the group's goal
 * (the counting heading is only a label); a due only where the item says by when. The heading's numbers must be the
 * items' numbers: that is the evidence it counts them. A narrative page above a normal grid keeps its list out of the
 * actions, and a heading counting anything else ('Indicators 1 to 4') introduces no action.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 5, 30));
const read = (rows: CellValue[][], sheetName = 'Promises'): PlanReport => checkPlan({ values: rows, sheetName }, { asAt: AS_AT });
const actionEvidence = (r: PlanReport) => r.columnEvidence.find((e) => e.field === 'action')?.reason ?? '';

describe('a plan written as headed lists of commitments', () => {
  it("reads numbered promises under 'Promises n to m' headings, each group's goal sentence its theme", () => {
    const r = read([
      ['Skip to main content'],
      ['Our race equality promises'],
      ['Fernbrook Health NHS Foundation Trust makes these promises in its Race Equality Plan 2024/25.'],
      [],
      ['Promises 1 to 3'],
      ['Make our leadership look like our communities.'],
      ['1.', 'Set a representation goal for every band from 8a upwards by September 2024 (WRES indicator 1).'],
      ['2.', 'From April 2024, offer feedback to every ethnic minority candidate not appointed after interview.'],
      ['3.', 'Put an inclusion adviser on every interview panel for Band 7 and above by December 2024.'],
      [],
      ['Promises 4 and 5'],
      ['Hold ourselves to account.'],
      ['4.', 'Give every Board member a race equality objective by June 2024 (WRES indicator 9).'],
      ['5.', 'Report on these promises to the People Committee every quarter.'],
      [],
      ['Page last reviewed: 2 April 2024'],
    ]);
    expect(r.actions.map((a) => [a.row, a.ref, a.theme, a.due.text])).toEqual([
      [7, '1', 'Make our leadership look like our communities.', 'September 2024'],
      [8, '2', 'Make our leadership look like our communities.', ''],
      [9, '3', 'Make our leadership look like our communities.', 'December 2024'],
      [13, '4', 'Hold ourselves to account.', 'June 2024'],
      [14, '5', 'Hold ourselves to account.', ''],
    ]);
    expect(r.actions.map((a) => a.indicators)).toEqual([['1'], [], [], ['9'], []]);
    expect(r.actions.every((a) => a.lead === '' && a.status === '')).toBe(true);
    expect(actionEvidence(r)).toContain(
      "Row 7: item 1 under 'Promises 1 to 3' (row 5), a heading that counts the promises under it by their numbers (1 to 3); its goal is 'Make our leadership look like our communities.' (row 6), the line under the heading",
    );
  });

  it("reads 'Pledges 1–2' in column B over one-cell '1) …' items, a heading-shaped goal, no blank rows, and a restart at 1", () => {
    const r = read([
      ['', 'Disability equality pledges 2024-25'],
      ['', 'Pledges 1–2'],
      ['', 'Adjustments that are quick and lasting'],
      ['', '1) We will launch a Workplace Adjustments Passport for every colleague by December 2024 (WDES metric 8).'],
      ['', '2) We will train every line manager in agreeing adjustments by March 2025.'],
      ['', 'Pledges 3 and 4'],
      ['', 'Disabled colleagues heard at every level'],
      ['', '1) We will give the Disability Network chair protected time each month.'],
      ['', '2) We will invite the Network to every Board development session.'],
    ], 'Pledges');
    expect(r.actions.map((a) => [a.row, a.theme])).toEqual([
      [4, 'Adjustments that are quick and lasting'],
      [5, 'Adjustments that are quick and lasting'],
      [8, 'Disabled colleagues heard at every level'],
      [9, 'Disabled colleagues heard at every level'],
    ]);
    expect(r.actions[0].due.text).toBe('December 2024');
    expect(r.actions[0].indicators).toEqual(['8']);
    expect(actionEvidence(r)).toContain("Row 8: item 1 under 'Pledges 3 and 4' (row 6), a heading that counts the pledges under it by their numbers (3 to 4)");
  });

  it('NEGATIVE: a narrative page of promises above a normal grid: only the grid rows are actions', () => {
    const r = read([
      ['Our race equality promises'],
      ['Promises 1 to 2'],
      ['Make our leadership look like our communities.'],
      ['1.', 'Set a representation goal for every band from 8a upwards.'],
      ['2.', 'Offer feedback to every candidate not appointed after interview.'],
      [],
      ['No.', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Publish representation goals for bands 8a and above to the Board.', 'Director of People', 'Sep 2024', 'On track'],
      ['2', 'Bring in interview feedback for every unsuccessful ethnic minority candidate.', 'Head of Resourcing', 'Dec 2024', 'Not started'],
      ['3', 'Train every recruiting manager in inclusive selection.', 'Head of OD', 'Mar 2025', 'On track'],
    ], 'Action plan');
    expect(r.actions.map((a) => a.row)).toEqual([8, 9, 10]);
    expect(r.actions.map((a) => a.lead)).toEqual(['Director of People', 'Head of Resourcing', 'Head of OD']);
  });

  it("NEGATIVE: 'Indicators 1 to 4' over numbered findings, and items numbered outside the heading's range, read no plan", () => {
    const findings = read([
      ['WRES data 2024'],
      ['Indicators 1 to 2'],
      ['What the data shows.'],
      ['1.', 'Ethnic minority staff make up 21% of the workforce, up from 19% last year.'],
      ['2.', 'White applicants are 1.4 times as likely to be appointed from shortlisting.'],
    ], 'Data');
    expect(findings.actions).toEqual([]);
    const outside = read([
      ['Our promises'],
      ['Promises 1 to 2'],
      ['Make our leadership look like our communities.'],
      ['7.', 'Set a representation goal for every band from 8a upwards.'],
      ['8.', 'Offer feedback to every candidate not appointed after interview.'],
    ], 'Notes');
    expect(outside.actions).toEqual([]);
  });
});
