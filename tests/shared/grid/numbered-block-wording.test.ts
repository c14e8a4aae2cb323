import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

/**
 * A plan kept as a document whose blocks are NUMBERED ('High impact action 1' … 'High impact action 6', 'Indicator 3')
 * and write the block's WORDING under the heading, then 'Our actions:' and bullets (holdout28 kennetvale, laid out as
 * NHS England's EDI Improvement Plan long read): the wording is the block's, so the numbered heading is each bullet's
 * theme. Under a heading that numbers nothing ('About this plan'), a paragraph parts the heading from the list, as before.
 */
const AS_AT = new Date(Date.UTC(2024, 5, 30));
const read = (rows: CellValue[][]): PlanReport => checkPlan({ values: rows, sheetName: 'Plan' }, { asAt: AS_AT });
const themes = (r: PlanReport) => r.actions.map((a) => [a.row, a.theme]);

describe("a numbered block's wording between its heading and its list", () => {
  it('the six high impact actions, each with its wording in a sentence', () => {
    const r = read([
      ['Kennet Valley Community NHS Trust'],
      ['Workforce Race Equality Standard: our actions against the six high impact actions, 2024/25'],
      [],
      ['High impact action 2'],
      ['Embed fair and inclusive recruitment processes and talent management strategies that target under-representation.'],
      ['Our actions:'],
      ['• Put an independent BME panel member on every interview for band 8a and above (by September 2024)'],
      ['• Give every BME colleague at bands 5 to 7 a career conversation in their appraisal (by March 2025)'],
      [],
      ['High impact action 3'],
      ['Develop and implement an improvement plan to eliminate pay gaps.'],
      ['Our actions:'],
      ['• Publish our ethnicity pay gap with the gender pay gap report (by March 2025)'],
    ]);
    expect(themes(r)).toEqual([[7, 'High impact action 2'], [8, 'High impact action 2'], [13, 'High impact action 3']]);
    // The high impact action's number is no WRES indicator.
    expect(r.actions.map((a) => a.indicators)).toEqual([[], [], []]);
  });

  it("an indicator's heading over its wording, then 'Actions'", () => {
    const r = read([
      ['Ashdown University Hospitals – WRES improvement plan 2022/23'],
      [],
      ['Indicator 3'],
      ['Relative likelihood of BME staff entering the formal disciplinary process, compared to white staff.'],
      ['Actions'],
      ['• Keep the employee relations triage panel running and report its outcomes by ethnicity.'],
      ['• Train just culture advocates to review every case before a formal stage.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.theme, a.indicators])).toEqual([[6, 'Indicator 3', ['3']], [7, 'Indicator 3', ['3']]]);
  });
});

describe('negative', () => {
  it('a paragraph under a heading that numbers nothing parts it from the list', () => {
    const r = read([
      ['Ashdown University Hospitals – WRES improvement plan 2022/23'],
      [],
      ['About this plan'],
      ['This plan was agreed by the People Committee in May and will be reviewed every quarter by the EDI group.'],
      ['Key next steps'],
      ['• Keep the employee relations triage panel running.'],
      ['• Train just culture advocates to review every case.'],
    ]);
    expect(themes(r)).toEqual([[6, null], [7, null]]);
  });
});
