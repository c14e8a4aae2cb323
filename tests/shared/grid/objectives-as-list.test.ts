/**
 * A public body's EQUALITY OBJECTIVES kept as a document's list: a heading over them ('WDES objectives 2024-27', 'Our
 * race equality objectives'), subject headings over groups of them ('Data and representation', 'Experience at work'),
 * each objective a bullet — the bullet often in a cell of its own beside the text (a web page pasted into a sheet:
 * holdout31 cressbrook, laid out like an ICB's published PSED objectives page). The objectives are the plan's actions,
 * their text the cell beside the bullet; the group's heading their theme; a deadline opening the text ('By March 2025,
 * to …') their timescale. Not: a document's 'Objectives of this report', findings bulleted under subject headings, or a
 * heading after a list that was not grouped by subjects.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 5, 30));
const read = (rows: CellValue[][], sheetName = 'Objectives'): PlanReport => checkPlan({ values: rows, sheetName }, { asAt: AS_AT });
const actionEvidence = (r: PlanReport) => r.columnEvidence.find((e) => e.field === 'action')?.reason ?? '';

describe("a document's equality objectives, grouped under subject headings", () => {
  it("reads '•' in column A beside each objective in B, under 'WDES objectives 2024-27' and two group headings", () => {
    const r = read([
      ['NHS Ashbourne and Dale Integrated Care Board'],
      ['Workforce Disability Equality Standard objectives 2024-25 to 2026-27'],
      [],
      ['Introduction'],
      ['We report our WDES metrics each year; the objectives below answer what they show.'],
      [],
      ['WDES objectives 2024-27'],
      ['Data and representation'],
      ['•', 'By March 2025, to raise the share of staff with a disability recorded on ESR from 4% to 8% (WDES metric 1). This will be shown through:\n• a declaration campaign\n• quarterly figures to the People Committee'],
      ['•', 'By September 2025, to show that disabled applicants are as likely to be appointed from shortlisting as in 2023 (WDES metric 2).'],
      ['Experience at work'],
      ['•', 'By December 2024, to make sure every disabled member of staff who needs an adjustment has one within 30 days (WDES metric 8).'],
      ['•', 'By March 2027, to raise disabled staff engagement to match that of non-disabled staff (WDES metric 9a).'],
      [],
      ['Progress against these objectives will be reported to the People Committee each year.'],
    ], 'WDES objectives');
    expect(r.actions.map((a) => [a.row, a.theme, a.due.text, a.indicators, a.lead])).toEqual([
      [9, 'Data and representation', 'March 2025', ['1'], ''],
      [10, 'Data and representation', 'September 2025', ['2'], ''],
      [12, 'Experience at work', 'December 2024', ['8'], ''],
      [13, 'Experience at work', 'March 2027', ['9a'], ''],
    ]);
    // The action is the objective's own cell, its evidence lines with it; the bullet beside it is not part of it.
    expect(r.actions[0].action.startsWith('By March 2025, to raise')).toBe(true);
    expect(r.actions[0].action).toContain('• quarterly figures to the People Committee');
    expect(actionEvidence(r)).toContain(
      "Row 12: a bullet under 'WDES objectives 2024-27' (row 7), a heading over the plan's objectives, each an action; its subject is 'Experience at work' (row 11), the heading over its group",
    );
  });

  it("reads '-' in column B beside objectives in C under 'Our race equality objectives:', a group's bullets spaced by a blank row", () => {
    const r = read([
      ['', 'Kingsholme Community NHS Trust – race equality objectives'],
      [],
      ['', 'Our race equality objectives:'],
      ['', 'Recruitment'],
      ['', '-', 'To appoint from shortlisting at the same rate whatever an applicant\'s ethnicity, by March 2025.'],
      [],
      ['', '-', 'To have a minority ethnic member on every Band 8a and above interview panel, by October 2024.'],
      ['', 'Culture'],
      ['', '-', 'To halve the gap in reported bullying between minority ethnic and White staff, by March 2026.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.theme, a.due.text])).toEqual([
      [5, 'Recruitment', 'March 2025'],
      [7, 'Recruitment', 'October 2024'],
      [9, 'Culture', 'March 2026'],
    ]);
  });

  it("reads '•' bullets written in the objectives' own cells under 'Race equality objectives for 2023/24'", () => {
    const r = read([
      ['Race equality objectives for 2023/24'],
      ['Leadership'],
      ['• By June 2023, to give every executive an objective on race equality.'],
      ['• By March 2024, to hold two Board development sessions on our WRES data.'],
      ['Speaking up'],
      ['• By January 2024, to train 20 Freedom to Speak Up champions.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.theme, a.due.text])).toEqual([
      [3, 'Leadership', 'June 2023'],
      [4, 'Leadership', 'March 2024'],
      [6, 'Speaking up', 'January 2024'],
    ]);
  });
});

describe("'Our equality objectives are:'", () => {
  it('opens the list as the heading does, its items unbulleted sentences', () => {
    const r = read([
      ['Our equality objectives are:'],
      ['To close the gap in appointment from shortlisting between minority ethnic and White applicants by March 2026.'],
      ['To halve the gap in reported bullying from colleagues by March 2027.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.due.text])).toEqual([
      [2, 'March 2026'],
      [3, 'March 2027'],
    ]);
  });
});

describe('a printed page between a group heading and its objectives', () => {
  it("passes over a running head ('WDES objectives (continued)') between 'Experience at work' and its bullets", () => {
    const r = read([
      ['WDES objectives 2024-27'],
      ['Data and representation'],
      ['•', 'By March 2025, to raise the share of staff with a disability recorded on ESR (WDES metric 1).'],
      ['•', 'By September 2025, to appoint disabled applicants at the same rate from shortlisting (WDES metric 2).'],
      ['Experience at work'],
      ['WDES action plan (continued)'],
      ['•', 'By March 2026, to cut the share of disabled staff reporting harassment from managers (WDES metric 4b).'],
    ]);
    expect(r.actions.map((a) => [a.row, a.theme])).toEqual([
      [3, 'Data and representation'],
      [4, 'Data and representation'],
      [7, 'Experience at work'],
    ]);
  });
});

describe('not objectives to act on', () => {
  it("a document's 'Objectives of this report' bullets are no plan", () => {
    const r = read([
      ['Annual equality report 2023'],
      ['Objectives of this report'],
      ['•', 'To describe the make-up of our workforce by ethnicity.'],
      ['•', 'To set out what the staff survey tells us.'],
    ]);
    expect(r.actions).toEqual([]);
  });

  it('findings bulleted under subject headings, with no heading introducing actions, are no plan', () => {
    const r = read([
      ['What the data shows'],
      ['Recruitment'],
      ['•', 'White applicants were 1.4 times as likely to be appointed from shortlisting.'],
      ['•', 'Minority ethnic staff are 22% of Band 5 and 9% of Band 8a.'],
      ['Culture'],
      ['•', '31% of minority ethnic staff reported bullying from colleagues.'],
    ]);
    expect(r.actions).toEqual([]);
  });

  it("a heading after a list grouped by no subject ends it: 'Key achievements' bullets after 'Next steps' are not actions", () => {
    const r = read([
      ['Next steps'],
      ['• Publish the ethnicity pay gap.'],
      ['• Run listening events on every site.'],
      ['Key achievements'],
      ['• Reverse mentoring launched with 12 pairs.'],
      ['• Every panel for Band 8a and above now diverse.'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});
