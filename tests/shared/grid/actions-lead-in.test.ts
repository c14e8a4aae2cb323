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
  });
});
