/**
 * A heading ABOVE the heading that introduces a list names the subject of the list's items when the lines between are
 * the block's describing lines: 'Indicator 2: relative likelihood …' / 'Baseline measure: … (a ratio of 1.37)' /
 * 'Actions' / bullets / 'Target criteria' / bullets (holdout26 kennetbury: a web page of indicator blocks pasted into one
 * column). The heading is each item's theme, and its indicator when it names one. A heading parted from the list by
 * anything else (a paragraph, other items, a table), or one naming the plan, its year, the organisation or only the
 * standard ('Race' over 'Key next steps'), gives none.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2022, 5, 30));
const read = (rows: CellValue[][], sheetName = 'Plan'): PlanReport => checkPlan({ values: rows, sheetName }, { asAt: AS_AT });
const actionEvidence = (r: PlanReport) => r.columnEvidence.find((e) => e.field === 'action')?.reason ?? '';

describe("a heading over a block's describing lines names the subject of the list under them", () => {
  it("reads WDES metric headings over 'Where we are now:' and 'What we will do', '-' items, the measures under them no actions", () => {
    const r = read([
      ['Hollinsbrook NHS Foundation Trust – WDES action plan 2022/23'],
      ['The plan takes the metrics where disabled staff fare worst, one at a time.'],
      [],
      ['Metric 4a – Harassment, bullying or abuse from managers'],
      ['Where we are now: 18% of disabled staff report it, against 11% of non-disabled staff.'],
      ['What we will do'],
      ['- Run a speak-up campaign with the Disability Network.'],
      ['- Train every new manager in compassionate conversations.'],
      ['How we will measure success'],
      ['- A gap of no more than 4 points in the 2023 survey.'],
      [],
      ['Metric 9 – Engagement of disabled staff'],
      ['Baseline: an engagement score of 6.4 against 6.9 for non-disabled staff'],
      ['Target: a score of 6.8 by 2024'],
      ['What we will do'],
      ['- Give the Disability Network a seat on the People Committee.'],
      ['- Hold a listening event on each site every six months.'],
    ], 'WDES');
    expect(r.actions.map((a) => [a.row, a.theme, a.indicators])).toEqual([
      [7, 'Metric 4a – Harassment, bullying or abuse from managers', ['4a']],
      [8, 'Metric 4a – Harassment, bullying or abuse from managers', ['4a']],
      [16, 'Metric 9 – Engagement of disabled staff', ['9']],
      [17, 'Metric 9 – Engagement of disabled staff', ['9']],
    ]);
    expect(actionEvidence(r)).toContain(
      "Row 7: a bullet under 'What we will do' (row 6), a heading that introduces actions; its subject is 'Metric 4a – Harassment, bullying or abuse from managers' (row 4), the heading of its block (row 5 gives the block's baseline or measure)",
    );
    expect(actionEvidence(r)).toContain("(row 13 gives the block's baseline or measure; row 14 gives the block's baseline or measure)");
  });

  it("reads a subject heading in column B over the standard's wording of the measure, the items unbulleted under 'Next steps'", () => {
    const r = read([
      ['', 'Fair recruitment'],
      ['', 'Relative likelihood of White applicants being appointed from shortlisting compared to BME applicants'],
      ['', 'Next steps'],
      ['', 'Put a trained, diverse member on every interview panel for Band 7 and above.'],
      ['', 'Ask recruiting managers to record why a shortlisted BME candidate was not appointed.'],
      [],
      ['', 'Indicator 5: percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public in the last 12 months'],
      ['', '31% of BME staff and 27% of White staff, 2021 staff survey'],
      ['', 'Next steps'],
      ['', '• Make it simpler to report abuse from patients on Datix.'],
      ['', '• Launch a zero tolerance campaign across all three sites.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.theme])).toEqual([
      [4, 'Fair recruitment'],
      [5, 'Fair recruitment'],
      [10, 'Indicator 5: percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public in the last 12 months'],
      [11, 'Indicator 5: percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public in the last 12 months'],
    ]);
    expect(r.actions[2].indicators).toEqual(['5']);
    expect(actionEvidence(r)).toContain("its subject is 'Fair recruitment' (row 1), the heading of its block (row 2 words what the block measures)");
  });
});

describe('a heading above that names no subject of the list', () => {
  it("'Race' over the figures and 'Key next steps' names the standard, not a subject: no theme, and the reason says so", () => {
    const r = read([
      ['Race'],
      ['Our data: 34% of BME staff report harassment from colleagues, against 27% of White staff.'],
      ['Key next steps'],
      ['• Refresh the bullying and harassment policy with the Race Equality Network.'],
      ['• Publish the ethnicity pay gap alongside the gender pay gap.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.theme])).toEqual([[4, null], [5, null]]);
    expect(actionEvidence(r)).toContain("Row 4: a bullet under 'Key next steps' (row 3), a heading that introduces actions; 'Race' (row 1) above it names the standard, not a subject: no theme");
  });

  it("a title naming the year over a baseline names the document, not a subject", () => {
    const r = read([
      ['Race equality at Harbury, 2022/23'],
      ['Baseline: 12% of staff at Band 8a and above are BME, against 24% of the whole workforce.'],
      ['Actions'],
      ['• Run a positive action programme for BME staff at Band 7.'],
      ['• Add a diverse member to every Band 8a+ interview panel.'],
    ]);
    expect(r.actions.map((a) => a.theme)).toEqual([null, null]);
    expect(actionEvidence(r)).toContain("'Race equality at Harbury, 2022/23' (row 1) above it names the plan or its year: it is the document's title: no theme");
  });

  it('a heading parted from the list by a paragraph, or by other items, gives no theme and no reason', () => {
    const r = read([
      ['About this report'],
      ['This report sets out what we found this year and what we will do about it next year.'],
      ['Next steps'],
      ['• Refresh the plan with the staff networks.'],
      ['• Report progress to the People Committee each quarter.'],
      [],
      ['Key achievements'],
      ['• 140 managers completed the inclusive leadership workshop.'],
      ['Our actions'],
      ['• Set up reverse mentoring for every executive director.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.theme])).toEqual([[4, null], [5, null], [10, null]]);
    expect(actionEvidence(r)).not.toMatch(/its subject is|above it names/);
  });
});
