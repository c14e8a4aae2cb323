/**
 * What the layout properties found on holdout25, as a user would see it:
 * - a plan kept as a document whose bullets are spaced by blank rows, with a page's number among them, a version history
 *   above it, or a note, a footnote, an empty section or a one-line remark under its list, reads the same actions
 *   (read-document-plan.ts);
 * - an intro paragraph that names the standard and a year ('… mandated … from April 2018. Research found …') was taken
 *   for the plan's title, so the plan's own title printed again part-way down ('WDES Action Plan 2019 – 2020 –
 *   continued') named "another year's plan" and the actions under it were set aside (holdout25 mercianvale): a text that
 *   runs on past a sentence is a paragraph, never a title (names-a-plan.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { planTitlePeriod } from '../../../shared/grid/names-a-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2022, 5, 30));
const read = (rows: CellValue[][], sheetName = 'Report'): PlanReport => checkPlan({ values: rows, sheetName }, { asAt: AS_AT });

describe('a document plan whose bullets are spaced by blank rows', () => {
  it("reads every '•' bullet under 'Key next steps', each after a blank row", () => {
    const r = read([
      ['Wendlebury NHS Trust – Annual Equality Report 2020-21'],
      ['Key next steps'],
      ['• Bring in de-biased shortlisting for all posts at Band 6 and above.'],
      [],
      ['• Set up a reverse mentoring scheme with executive directors.'],
      [],
      [],
      ['• Publish the ethnicity pay gap alongside the gender pay gap.'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([3, 5, 8]);
    expect(r.columnEvidence.find((e) => e.field === 'action')?.reason).toContain("Row 8: a bullet under 'Key next steps' (row 2), a heading that introduces actions");
  });

  it("reads '–' items merged across under 'Our actions', with a blank row between two of them, up to the heading after them", () => {
    const r = read([
      ['Disability equality', '', ''],
      ['Our actions', '', ''],
      ['– Set a 28-day standard for reasonable adjustments.', '', ''],
      ['– Train all managers on the Disability Passport.', '', ''],
      ['', '', ''],
      ['– Include a disabled colleague\'s story in every staff briefing.', '', ''],
      ['', '', ''],
      ['What our staff told us', '', ''],
      ['– Adjustments take too long to arrive.', '', ''],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([3, 4, 6]);
  });

  it("reads on over a printed page's number left between two bullets ('7' in column C, 'Page 2 of 3')", () => {
    const r = read([
      ['Key next steps', '', ''],
      ['• Bring in de-biased shortlisting for all posts at Band 6 and above.', '', ''],
      ['', '', 7],
      ['• Set up a reverse mentoring scheme with executive directors.', '', ''],
      ['Page 2 of 3', '', ''],
      ['• Publish the ethnicity pay gap alongside the gender pay gap.', '', ''],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([2, 4, 6]);
  });

  it('reads a document under a version history above it (whose rows carry a date and a name, nothing to do)', () => {
    const r = read([
      ['Document control'],
      ['Version', 'Date', 'Reviewed by', 'Comments'],
      [0.1, '10/01/2024', 'EDI Lead', 'First draft'],
      [1, '02/03/2024', 'Head of OD', 'Approved by People Committee'],
      [],
      ['Equality objective 1 [WRES: representation]'],
      ['Target 1: To raise ethnic minority representation at Band 8c and above to 19% by March 2026.'],
      ['Target 2: To give every directorate a race equality objective.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.ref])).toEqual([[7, 'Target 1'], [8, 'Target 2']]);
  });

  it("stops at what is written under the list: a '**' footnote, 'Note:', an empty section's 'None', a one-line remark", () => {
    const r = read([
      ['Key next steps'],
      ['• Bring in de-biased shortlisting for all posts at Band 6 and above.'],
      ['• Set up a reverse mentoring scheme with executive directors.'],
      ['** Where a lead has changed during the year the new lead is shown.'],
      ['Note: figures are rounded.'],
      [],
      ['Future actions'],
      ['None'],
      ['If you would like this plan in another format, please contact the Communications team.'],
      [],
      ['Actions carried forward'],
      ['All actions from 2019/20 have been carried into this plan.'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([2, 3]);
  });

  it("reads no lines with neither bullet nor label under 'Future actions' in a document whose actions are labelled", () => {
    const r = read([
      ['Equality objective 1'],
      ['Target 1: To raise ethnic minority representation at Band 8c and above to 19% by March 2026.'],
      ['Target 2: To give every directorate a race equality objective.'],
      ['Future actions'],
      ['All actions from 2020/21 have been carried into this plan.'],
      ['If you would like this plan in another format, please contact the Communications team.'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([2, 3]);
  });

  it('still ends a list written with no bullets at its blank row: the sentence after it is no item', () => {
    const r = read([
      ['What we will do in 2022/23'],
      ['Review every disciplinary case involving BME staff before a hearing.'],
      ['Offer reverse mentoring to all executive directors.'],
      [],
      ['The figures above are taken from ESR at 31 March 2022.'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});

describe('an intro paragraph naming the standard and a year is no title', () => {
  const intro = 'The NHS Equality and Diversity Council recommended that a Workforce Disability Equality Standard be mandated from April 2018. Research found disabled staff have a poorer experience at work.';

  it('gives no period for a paragraph, and the period for a title', () => {
    expect(planTitlePeriod(intro)).toBeNull();
    expect(planTitlePeriod('The WRES began in 2015. Our plan for 2021/22 follows.')).toBeNull();
    expect(planTitlePeriod('WDES Action Plan 2019 – 2020 (updated)')).toBe('2019-20');
    expect(planTitlePeriod('St. Helens NHS Trust – WRES action plan 2018/19')).toBe('2018-19');
  });

  it("reads on under the plan's own title and header printed again after such an intro", () => {
    const header = ['Metric', 'Action', 'Lead', 'Timescale'];
    const r = read([
      ['Harbury Ambulance Service NHS Trust'],
      [intro],
      ['WDES Action Plan 2019 – 2020'],
      header,
      ['1. Disabled staff in the workforce', 'Ask all staff to update their disability status on ESR.', 'Head of Workforce Information', 'March 2020'],
      ['WDES Action Plan 2019 – 2020 – continued'],
      header,
      ['4. Harassment from patients', 'Roll out body-worn cameras to every emergency crew.', 'Head of Security', 'December 2019'],
      ['5. Equal opportunities for promotion', 'Offer disabled staff a career conversation before each promotion round.', 'Head of OD', 'April 2020'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([5, 8, 9]);
    expect(r.issues.some((i) => i.rule === 'other-plan-skipped')).toBe(false);
  });

  it("still sets aside another year's plan under a title naming its year", () => {
    const header = ['Metric', 'Action', 'Lead', 'Timescale'];
    const r = read([
      [intro],
      ['WDES Action Plan 2019 – 2020'],
      header,
      ['1. Disabled staff in the workforce', 'Ask all staff to update their disability status on ESR.', 'Head of Workforce Information', 'March 2020'],
      [],
      ['WDES Action Plan 2018 – 2019 (closed)'],
      header,
      ['4. Harassment from patients', 'Roll out body-worn cameras to every emergency crew.', 'Head of Security', 'December 2018'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([4]);
    expect(r.issues.some((i) => i.rule === 'other-plan-skipped')).toBe(true);
  });
});
