/**
 * A plan kept as a document: no header row at all, one text per row (in column A or merged across), pasted from an
 * annual report or a web page of objectives. Its actions are either the items of a list under a heading that
 * introduces actions ('Key next steps', 'What we will do in 2022/23', 'Our actions') — bulleted '•', '-', '–' or one
 * item a row with no bullet — or paragraphs carrying a label that numbers actions ('Target 1:', 'Action 2 –',
 * 'Commitment 3:'), the heading above them their theme (holdout25 ouseleigh, albion). Items under any other heading
 * ('Key achievements', 'What the data shows', 'How to use this template') are not actions, and a sheet with a real
 * header row is read as before.
 */
import { describe, expect, it } from 'vitest';
import { bestReport, checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2022, 5, 30));
const read = (rows: CellValue[][], sheetName = 'Report'): PlanReport => checkPlan({ values: rows, sheetName }, { asAt: AS_AT });
const actionEvidence = (r: PlanReport) => r.columnEvidence.find((e) => e.field === 'action')?.reason ?? '';

describe('a plan as a document: items under a heading that introduces actions', () => {
  it("reads '•' bullets under 'Next steps' (spaced, over a page break, one shifted a column) as the actions, not the achievements' bullets above nor the footnote under them", () => {
    const r = read([
      ['Brindlecombe NHS Trust – Equality Annual Report 2021/22'],
      ['This section sets out our progress on the Workforce Race Equality Standard.'],
      [],
      ['What we achieved'],
      ['• Launched our Race Equality Network with an executive sponsor.'],
      ['• Trained 80 recruiting managers in inclusive recruitment.'],
      [],
      ['Next steps'],
      ['• Add an ethnically diverse member to every Band 8a+ interview panel (WRES indicator 2).'],
      [],
      ['WRES action plan (continued)'],
      ['• Publish our ethnicity pay gap with the gender pay gap.'],
      ['', '• Run listening events with BME staff on bullying and harassment.'],
      ['* Indicator 2 is measured on appointments from shortlisting.'],
      ['Page 4 of 6'],
      ['Future actions'],
      ['See last year\'s plan on the Trust website.'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([9, 12, 13]);
    expect(r.actions[0].action).toBe('• Add an ethnically diverse member to every Band 8a+ interview panel (WRES indicator 2).');
    expect(r.actions[0].indicators).toEqual(['2']);
    expect(r.actions[1].indicators).toEqual([]);
    expect(r.actions.every((a) => a.lead === '' && a.theme === null && a.ref === null)).toBe(true);
    expect(actionEvidence(r)).toMatch(/no header row/i);
    expect(actionEvidence(r)).toContain("Row 9: a bullet under 'Next steps' (row 8), a heading that introduces actions");
    expect(r.issues.some((i) => i.rule === 'lead-missing' && /no Lead column/.test(i.message))).toBe(true);
    expect(r.issues.some((i) => i.rule === 'no-plan-header')).toBe(false);
  });

  it("reads '-' and '–' items merged across under 'What we will do in 2022/23', after a findings table", () => {
    const r = read([
      ['Race equality – what the data shows and what we will do', '', ''],
      ['Measure', 'BME', 'White'],
      ['Staff in post', '12.1%', '85.0%'],
      ['Harassment from colleagues', '29%', '22%'],
      ['What we will do in 2022/23:', '', ''],
      ['- Review every disciplinary case involving BME staff before a hearing.', '', ''],
      ['– Offer reverse mentoring to all executive directors.', '', ''],
    ]);
    expect(r.actions.map((a) => [a.row, a.action])).toEqual([
      [6, '- Review every disciplinary case involving BME staff before a hearing.'],
      [7, '– Offer reverse mentoring to all executive directors.'],
    ]);
  });

  it('reads one item a row with no bullet under the heading, up to the blank row', () => {
    const r = read([
      ['Our actions for 2021/22'],
      ['Introduce de-biased shortlisting for posts at Band 6 and above.'],
      ['Set up a staff network for disabled colleagues.'],
      ['Report progress to the People Committee each quarter.'],
      [],
      ['Contact: equality@example.nhs.uk'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(actionEvidence(r)).toContain("Row 2: an item under 'Our actions for 2021/22' (row 1), a heading that introduces actions");
  });
});

describe('a plan as a document: paragraphs labelled as actions', () => {
  it("reads 'Target n:' paragraphs under objective headings, numbering restarting, themes from the headings", () => {
    const r = read([
      ['Harwick Health equality objectives 2023/24'],
      ['These objectives cover our role as an employer.'],
      [],
      ['Objective 1 – A representative workforce'],
      ['To make our workforce at every band reflect the communities we serve.'],
      ['Target 1: To raise BME representation at Band 8a and above to 15% by March 2024 (WRES indicator 1).'],
      ['Target 2: To bring the shortlisting likelihood ratio below 1.25 (WRES indicators 2 and 9).'],
      [],
      ['Objective 2 – Fair treatment'],
      ['Target 1: To halve the gap in formal disciplinary cases.'],
    ], 'Objectives');
    expect(r.actions.map((a) => [a.row, a.ref, a.theme, a.indicators])).toEqual([
      [6, 'Target 1', 'Objective 1 – A representative workforce', ['1']],
      [7, 'Target 2', 'Objective 1 – A representative workforce', ['2', '9']],
      [10, 'Target 1', 'Objective 2 – Fair treatment', []],
    ]);
    expect(actionEvidence(r)).toContain("Row 6: 'Target 1' numbers the plan's targets");
  });

  it("reads 'Action n –' and 'Commitment n:' paragraphs spread over columns B and C", () => {
    const r = read([
      ['', 'Commitments to our Black, Asian and minority ethnic staff'],
      [],
      ['', 'Recruitment'],
      ['', 'Action 1 – Every interview panel for Band 7+ has a trained, diverse member.'],
      ['', 'Commitment 2: We will publish shortlisting data by ethnicity twice a year.'],
      [],
      ['', 'Career progression'],
      ['', 'Action 3 – Offer coaching to every BME colleague at Band 5 and 6 who asks.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.ref, a.theme])).toEqual([
      [4, 'Action 1', 'Recruitment'],
      [5, 'Commitment 2', 'Recruitment'],
      [8, 'Action 3', 'Career progression'],
    ]);
  });
});

describe('a document that is not a plan stays unread', () => {
  it("a guidance sheet's bullets under 'How to use this template' are no actions", () => {
    const r = read([
      ['WRES action plan template'],
      ['How to use this template'],
      ['• Enter one action per row on the Plan sheet.'],
      ['• Name a lead for every action.'],
      ['• Give a timescale as a month and year.'],
    ], 'Guidance');
    expect(r.actions).toEqual([]);
    expect(r.issues.some((i) => i.rule === 'no-plan-header')).toBe(true);
  });

  it("a findings list under 'What the data shows' is no action", () => {
    const r = read([
      ['WRES 2021 – summary of findings'],
      ['What the data shows'],
      ['• BME staff are 1.6 times less likely to be appointed from shortlisting.'],
      ['• 29% of BME staff report harassment from colleagues.'],
      ['Key findings'],
      ['- Representation at Band 8a+ rose to 9%.'],
    ]);
    expect(r.actions).toEqual([]);
  });

  it('a lone labelled line in a notes sheet is no plan', () => {
    const r = read([['Notes'], ['Action 1: check the figures with the workforce team before the board.'], ['Sent to the committee in May.']], 'Notes');
    expect(r.actions).toEqual([]);
  });

  it('a plan with a header row reads exactly as before, its bullets under a next-steps heading included', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'Timescale', 'Status'],
      ['1', 'Run listening events with BME staff', 'EDI lead', 'Mar-22', 'On track'],
      ['2', 'Review shortlisting data', 'HR director', 'Jun-22', 'Complete'],
      [],
      ['Next steps'],
      ['• Refresh the plan for 2022/23.'],
    ];
    const r = read(rows);
    expect(r.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(r.headerRows).toEqual([1]);
    expect(actionEvidence(r)).not.toMatch(/no header row/i);
  });
});

describe("the workbook's plan: a sheet read by its header before one read as a document", () => {
  it("a guidance sheet's 'Next steps' bullets do not win over the plan's sheet, though they outnumber its actions", () => {
    const guidance = read([
      ['About this workbook'],
      ['Next steps'],
      ['• Agree the plan at the People Committee in March.'],
      ['• Publish the plan on the website by the end of May.'],
      ['• Review progress with the staff network each quarter.'],
    ], 'Guidance');
    const plan = read([
      ['Action', 'Lead', 'Timescale'],
      ['Run listening events with BME staff', 'EDI lead', 'Mar-22'],
      ['Review shortlisting data', 'HR director', 'Jun-22'],
    ], 'Plan');
    expect(guidance.actions).toHaveLength(3);
    expect(bestReport([guidance, plan]).sheet).toBe('Plan');
    expect(bestReport([guidance, read([['Notes'], ['Nothing here yet.']], 'Notes')]).sheet).toBe('Guidance');
  });
});
