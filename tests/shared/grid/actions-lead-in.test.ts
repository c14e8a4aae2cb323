/**
 * A plan kept as a document whose lists of actions are introduced by a LEAD-IN rather than a heading such as 'Next
 * steps': a sentence in the plan's own voice handing over to them with a colon ('The immediate action we will take
 * includes:', holdout31 mersefield, under each 'Equality Objective n:' and its aim line), or a heading naming the
 * actions on a subject ('Actions with regards to the workforce:-', holdout31 lindenholme, below a numbered list of
 * priorities that are not actions). The first labels the list (its theme is the block heading above, when the lines
 * between describe that block); the second is its items' theme as written. A month standing after an item's last full
 * stop is its deadline ('… (NHS Digital, 2022). October 2023'), never a citation's or a target's year before it.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readActionsLeadIn } from '../../../shared/grid/actions-lead-in';
import { findDueInText } from '../../../shared/grid/find-due-in-text';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2023, 5, 30));
const read = (rows: CellValue[][], sheetName = 'Plan'): PlanReport => checkPlan({ values: rows, sheetName }, { asAt: AS_AT });
const actionEvidence = (r: PlanReport) => r.columnEvidence.find((e) => e.field === 'action')?.reason ?? '';

describe('a sentence leading in to the actions the plan will take', () => {
  it("reads bullets under 'The immediate action we will take includes:', themed by the objective above its aim line, each due the month after its last full stop", () => {
    const r = read([
      ['Tamewater Care NHS Foundation Trust'],
      ['Race Equity Plan 2023-24'],
      ['The month after each action is when we expect it to be complete.'],
      [],
      ['Equality Objective 1: Data and Intelligence'],
      ['Use accurate equality data to see where inequalities sit in our workforce and to guide what we do about them.'],
      ['The immediate action we will take includes:'],
      ['• Publish a data quality plan aiming at 95% complete ethnicity recording by 2026 (NHS Digital, 2022). October 2023'],
      ['• Break down every workforce measure in the Board report by ethnicity, starting with WRES indicators 1 and 2. December 2023'],
      [],
      ['Equality Objective 2: Fair Progression'],
      ['Make sure minority ethnic colleagues have a fair chance of being appointed and promoted at every band.'],
      ['The immediate action we will take includes:'],
      ['• Put a trained inclusion ambassador on every interview panel for Band 7 and above (WRES indicator 2). September 2023'],
      [],
      ['Progress on this plan will be reported to the People Committee every quarter.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.theme, a.due.text, a.indicators, a.lead])).toEqual([
      [8, 'Equality Objective 1: Data and Intelligence', 'October 2023', [], ''],
      [9, 'Equality Objective 1: Data and Intelligence', 'December 2023', ['1', '2'], ''],
      [14, 'Equality Objective 2: Fair Progression', 'September 2023', ['2'], ''],
    ]);
    expect(actionEvidence(r)).toContain(
      "Row 8: a bullet under 'The immediate action we will take includes:' (row 7), a line leading in to the actions the plan will take; its subject is 'Equality Objective 1: Data and Intelligence' (row 5)",
    );
  });

  it("reads '-' items in column B under 'Steps the Trust will take this year are:' below a 'Strategic aim 2 –' heading", () => {
    const r = read([
      ['', 'Dunmere Community NHS Trust – Workforce Race Equality plan 2023/24'],
      [],
      ['', 'Strategic aim 2 – A workplace free from racism'],
      ['', 'Staff from minority ethnic backgrounds tell us they meet racist abuse from patients more often than their colleagues do.'],
      ['', 'Steps the Trust will take this year are:'],
      ['', '- Launch a zero-tolerance statement on racist abuse, signed by the Chief Executive. July 2023'],
      ['', '- Train every ward manager to support staff after an incident of racist abuse. March 2024'],
    ]);
    expect(r.actions.map((a) => [a.row, a.theme, a.due.text])).toEqual([
      [6, 'Strategic aim 2 – A workplace free from racism', 'July 2023'],
      [7, 'Strategic aim 2 – A workplace free from racism', 'March 2024'],
    ]);
  });
});

describe("'We will:' and 'How we will achieve this:' lead-ins", () => {
  it("reads bullets under 'To achieve this, we will:' below each 'Objective n:' and its aim, then under 'In 2024/25 we will:'", () => {
    const r = read([
      ['Harrowgate Health NHS Foundation Trust – equality objectives 2024-2028'],
      [],
      ['Objective 1: A workforce that reflects our communities'],
      ['We want our senior leaders to be as diverse as the people we serve, at every band from 8a upwards.'],
      ['To achieve this, we will:'],
      ['• Set a trajectory for minority ethnic representation at Band 8a and above (WRES indicator 1).'],
      ['• Put a trained inclusion ambassador on every Band 8a and above interview panel (WRES indicator 2).'],
      [],
      ['Objective 2: Fair treatment at work'],
      ['Disabled staff are more likely to enter a formal capability process than non-disabled staff.'],
      ['In 2024/25 we will:'],
      ['• Review every capability case involving a disabled member of staff before it goes to a hearing.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.theme, a.indicators])).toEqual([
      [6, 'Objective 1: A workforce that reflects our communities', ['1']],
      [7, 'Objective 1: A workforce that reflects our communities', ['2']],
      [12, 'Objective 2: Fair treatment at work', []],
    ]);
    expect(actionEvidence(r)).toContain("Row 6: a bullet under 'To achieve this, we will:' (row 5), a line leading in to the actions the plan will take");
  });

  it("reads '-' items in column B under 'How we will achieve this:' and unbulleted ones under 'What will we do?'", () => {
    const r = read([
      ['', 'Moorland Community NHS Trust – WDES 2023/24'],
      [],
      ['', 'How we will achieve this:'],
      ['', '- Launch a reasonable adjustments passport that moves with staff between teams.'],
      ['', '- Train every line manager in agreeing adjustments within 30 days.'],
      [],
      ['', 'What will we do?'],
      ['', 'Give the Disability Network a seat on the People Committee.'],
      ['', 'Hold a listening event on each site every six months.'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([4, 5, 8, 9]);
  });

  it("reads bullets under 'Actions to be taken' and 'Action points:', and under 'We will therefore:'", () => {
    const r = read([
      ['Actions to be taken'],
      ['• Publish the ethnicity pay gap alongside the gender pay gap.'],
      ['• Add a minority ethnic panel member to every Band 8a interview.'],
      [],
      ['Bullying from colleagues is higher for minority ethnic staff than for White staff.'],
      ['We will therefore:'],
      ['• Run a civility and respect campaign on every site.'],
      [],
      ['Action points:'],
      ['• Report disciplinary cases by ethnicity each quarter.'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([2, 3, 7, 10]);
  });

  it('what the plan will be measured by, or know it has succeeded by, introduces no action', () => {
    const r = read([
      ['Objective 1: Fair recruitment'],
      ['We will know we have succeeded when:'],
      ['• The relative likelihood of appointment from shortlisting is between 0.8 and 1.25.'],
      ['• Every Band 8a panel has a minority ethnic member.'],
      ['We will be measured by:'],
      ['• The annual WRES return.'],
      ['• The staff survey.'],
    ]);
    expect(r.actions).toEqual([]);
  });
});

describe('a heading naming the actions on a subject', () => {
  it("reads the bullets under 'Actions with regards to the workforce:-' and '… communities:-', not the numbered priorities above", () => {
    const r = read([
      ['NHS Brenmouth Clinical Commissioning Group'],
      ['Our commitment to equality'],
      ['Our equality priorities for 2020-21 are:'],
      ['1. Workforce data and staff support'],
      ['2. Visible leaders who champion equality'],
      ['3. Equality training'],
      [],
      ['Actions with regards to the workforce:-'],
      ['• Offer every BAME member of staff a Covid-19 risk assessment with their line manager.'],
      ['• Add a BAME member of staff to every interview panel for Band 7 and above (WRES indicator 2).'],
      ['Actions with regards to communities:-'],
      ['• Fund community champions from BAME voluntary groups to share public health advice.'],
      ['• Use local ethnicity data to target vaccination messages.'],
      [],
      ['Progress will be reported to the Governing Body in our annual equality report.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.theme, a.indicators, a.due.text])).toEqual([
      [9, 'Actions with regards to the workforce:-', [], ''],
      [10, 'Actions with regards to the workforce:-', ['2'], ''],
      [12, 'Actions with regards to communities:-', [], ''],
      [13, 'Actions with regards to communities:-', [], ''],
    ]);
    expect(actionEvidence(r)).toContain("Row 9: a bullet under 'Actions with regards to the workforce:-' (row 8), a heading naming the actions on its subject");
  });

  it("reads unbulleted sentences under 'Actions relating to recruitment:' in column B", () => {
    const r = read([
      ['', 'Ashcombe Mental Health NHS Trust – WRES 2022/23'],
      [],
      ['', 'Actions relating to recruitment:'],
      ['', 'Publish shortlisting-to-appointment ratios by ethnicity every six months.'],
      ['', 'Run de-biasing training for every recruiting manager at Band 8a and above.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.theme])).toEqual([
      [4, 'Actions relating to recruitment:'],
      [5, 'Actions relating to recruitment:'],
    ]);
  });
});

describe('not a lead-in to actions', () => {
  it('a numbered list of priorities, and a sentence saying the actions are set out below, introduce no action', () => {
    const r = read([
      ['NHS Brenmouth Clinical Commissioning Group'],
      ['Our equality priorities for 2020-21 are:'],
      ['1. Workforce data and staff support'],
      ['2. Visible leaders who champion equality'],
      [],
      ['The actions we will take are set out in the table on the next sheet.'],
      ['• The table is refreshed every quarter.'],
      ['• Each action has a named lead.'],
    ]);
    expect(r.actions).toEqual([]);
  });

  it('readActionsLeadIn and the closing date, line by line', () => {
    expect(readActionsLeadIn('We will take the following actions:')).toEqual({ theme: '' });
    expect(readActionsLeadIn('Actions in respect of our Board: –')).toEqual({ theme: 'Actions in respect of our Board: –' });
    expect(readActionsLeadIn('Our equality priorities for 2020-21 are:')).toBeNull();
    expect(readActionsLeadIn('The actions we will take are set out below.')).toBeNull();
    expect(findDueInText('Publish a data quality plan aiming at 95% by 2026 (NHS Digital, 2022). October 2023')).toBe('October 2023');
    // Words after the last full stop that are no date leave the text's own deadline.
    expect(findDueInText('Review every case by March 2024. Reported to the Board.')).toBe('March 2024');
    // A deadline the text opens with, set off by a comma, is its deadline whatever dates follow.
    expect(findDueInText('By March 2025, to raise the declaration rate from 4.6% in 2023 to 8%')).toBe('March 2025');
    expect(findDueInText('By the end of Q2 2024/25, every panel will be diverse')).toBe('end of Q2 2024/25');
    expect(findDueInText('By working with the network, publish the plan by June 2024')).toBe('June 2024');
  });
});
