/**
 * A plan kept as a document whose actions are NUMBERED WITHIN THEIR BLOCK: a heading numbering its block ('Aim 1 - Make
 * recruitment fairer', 'Objective 2: …') over items carrying its number ('1.1: …', '1.2: …'), with no heading such as
 * 'Next steps' and no header row (holdout33 kestervale, an EDI action plan web page pasted into one column, after a
 * 'Jargon buster:' of '• X = …' bullets). The items are the actions (ref their number, theme the block heading, text as
 * written); a line under the heading linking the block to the standard ('Links to WRES indicators 1 and 2, NSS data,
 * NHS EDI Improvement Plan (High Impact Action 2)') gives its items' indicators — never the high impact action's number;
 * a deadline in a closing bracket ('(by July 2024)') is the item's timescale.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 5, 30));
const read = (rows: CellValue[][], sheetName = 'Sheet1'): PlanReport => checkPlan({ values: rows, sheetName }, { asAt: AS_AT });
const actionEvidence = (r: PlanReport) => r.columnEvidence.find((e) => e.field === 'action')?.reason ?? '';

describe('items numbered within the block their heading numbers', () => {
  it("reads '1.1: …' under 'Aim 1 - …' and its 'Links to WRES indicators …' line; the jargon buster's bullets are no actions", () => {
    const r = read([
      ['NHS Westbourne Integrated Care Board'],
      ['Workforce Race Equality Standard and EDI Action Plan 2024/25'],
      [],
      ['Jargon buster:'],
      ['• WRES = Workforce Race Equality Standard'],
      ['• HIA = High Impact Action (NHS EDI Improvement Plan, June 2023)'],
      [],
      ['Aim 1 - Make recruitment and career progression fairer for Black and minority ethnic staff'],
      ['Links to WRES indicators 1 and 2, NSS data, NHS EDI Improvement Plan (High Impact Action 3)'],
      ['1.1: Complete the inclusive recruitment self-assessment and agree the improvement actions (by July 2024)'],
      ['1.2: Make diverse interview panels the rule for all posts at Band 8a and above'],
      [],
      ['Aim 2 - A workplace free from bullying and harassment'],
      ['Links to WRES indicators 5 to 8, NSS data, NHS EDI Improvement Plan (High Impact Action 6)'],
      ['2.1: Launch a speaking-up route for racist incidents that does not go through the line manager (by September 2024)'],
    ]);
    expect(r.actions.map((a) => [a.row, a.ref, a.theme, a.indicators, a.due.text, a.lead])).toEqual([
      [10, '1.1', 'Aim 1 - Make recruitment and career progression fairer for Black and minority ethnic staff', ['1', '2'], 'July 2024', ''],
      [11, '1.2', 'Aim 1 - Make recruitment and career progression fairer for Black and minority ethnic staff', ['1', '2'], '', ''],
      [15, '2.1', 'Aim 2 - A workplace free from bullying and harassment', ['5', '6', '7', '8'], 'September 2024', ''],
    ]);
    expect(r.actions[0].action).toBe('1.1: Complete the inclusive recruitment self-assessment and agree the improvement actions (by July 2024)');
    expect(actionEvidence(r)).toContain(
      "Row 15: item 2.1 numbered within 'Aim 2 - A workplace free from bullying and harassment' (row 13), the block its number carries, which a line under it links to indicators 5, 6, 7, 8",
    );
  });

  it("reads '2.1 Publish …' (no colon) in column B under 'Objective 2: …' with a 'Linked to WRES indicator 9' line and an aim between", () => {
    const r = read([
      ['', 'Calderbrook NHS Trust – race equality plan 2023/24'],
      [],
      ['', 'Objective 2: Leadership that is accountable for race equality'],
      ['', 'Linked to WRES indicator 9 (Board representation)'],
      ['', '2.1 Give every Board member an objective on race equality in their appraisal.'],
      ['', '2.2 Publish the executive sponsor of each staff network on the intranet by March 2024.'],
      [],
      ['', 'Objective 3: Fair treatment in formal processes'],
      ['', '3.1 Review every disciplinary case by ethnicity at the monthly casework panel.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.ref, a.theme, a.indicators, a.due.text])).toEqual([
      [5, '2.1', 'Objective 2: Leadership that is accountable for race equality', ['9'], ''],
      [6, '2.2', 'Objective 2: Leadership that is accountable for race equality', ['9'], 'March 2024'],
      [9, '3.1', 'Objective 3: Fair treatment in formal processes', [], ''],
    ]);
  });
});

describe("a document's numbered sections over items numbered within them", () => {
  it("reads '1.1 Publish …' under '1. Recruitment and progression', only the lines starting with what to do", () => {
    const r = read([
      ['Fernleigh NHS Trust – WRES action plan 2023/24'],
      [],
      ['1. Recruitment and progression'],
      ['1.1 Publish shortlisting-to-appointment ratios by ethnicity every six months (WRES indicator 2).'],
      ['1.2 Train every recruiting manager at Band 8a and above in fair selection by December 2023.'],
      ['2. Speaking up'],
      ['2.1 Launch a route for reporting racist incidents that does not go through the line manager.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.ref, a.theme, a.indicators, a.due.text])).toEqual([
      [4, '1.1', '1. Recruitment and progression', ['2'], ''],
      [5, '1.2', '1. Recruitment and progression', [], 'December 2023'],
      [7, '2.1', '2. Speaking up', [], ''],
    ]);
  });

  it("a policy's numbered paragraphs under '1. Introduction' are its text, not actions", () => {
    const r = read([
      ['Equality, Diversity and Inclusion Strategy 2023-2026'],
      ['1. Introduction'],
      ['1.1 This strategy sets out how the Trust will meet its duties under the Equality Act 2010.'],
      ['1.2 The Trust is committed to a workforce that reflects the communities it serves.'],
      ['2. Scope'],
      ['2.1 The strategy applies to all staff, including bank and agency workers.'],
    ]);
    expect(r.actions).toEqual([]);
  });
});

describe('a value kept beside a numbered item', () => {
  it("leaves it an item: '1.1: …' | '£5,000'", () => {
    const r = read([
      ['Aim 1 - Fairer recruitment'],
      ['Links to WRES indicator 2'],
      ['1.1: Make diverse interview panels the rule for all posts at Band 8a and above', '£5,000'],
      ['1.2: Publish shortlisting-to-appointment ratios every six months (by October 2024)', 'Within existing budget'],
    ]);
    expect(r.actions.map((a) => [a.row, a.ref, a.indicators, a.due.text])).toEqual([
      [3, '1.1', ['2'], ''],
      [4, '1.2', ['2'], 'October 2024'],
    ]);
  });
});

describe('not items of a numbered block', () => {
  it("sub-headings numbered within an objective ('1.1 Background', '1.2 Our data') and a glossary's bullets are no plan", () => {
    const r = read([
      ['Jargon buster:'],
      ['• BME = Black and minority ethnic'],
      ['• ESR = Electronic Staff Record'],
      ['Objective 1: Fair recruitment'],
      ['1.1 Background'],
      ['White applicants are more likely to be appointed from shortlisting than BME applicants.'],
      ['1.2 Our data'],
      ['The relative likelihood was 1.41 in 2023.'],
    ]);
    expect(r.actions).toEqual([]);
  });

  it("items numbered for another block ('2.1' under 'Aim 1') are not read as that block's", () => {
    const r = read([
      ['Aim 1 - Fairer recruitment'],
      ['2.1: Make diverse interview panels the rule for all posts at Band 8a and above'],
      ['2.2: Publish shortlisting-to-appointment ratios every six months'],
    ]);
    expect(r.actions).toEqual([]);
  });
});
