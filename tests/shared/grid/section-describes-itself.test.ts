/**
 * A section's words about itself under a heading that introduces actions ('4. | What we will do in 2016/17' over 'This
 * section sets out the Trust's actions for the year under each WRES indicator.'): no action, and not the start of a list
 * whose items would be every numbered paragraph after it (holdout78 elmsbury row 6). The paragraphs are read as the
 * section's own — findings set aside, promises kept — with the subject heading over each its theme. A description that
 * leads in to bullets ('This section sets out the steps we will take:') opens their list.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2016, 8, 1));
const read = (rows: CellValue[][]): PlanReport => checkPlan({ values: rows, sheetName: 'Plan' }, { asAt: AS_AT });

describe("a section's words about itself before its numbered paragraphs", () => {
  it("sets the description aside and reads the paragraphs as the section's, under their subject headings", () => {
    const r = read([
      ['Harnbridge General Hospital NHS Foundation Trust'],
      ['Workforce Race Equality Standard: Report and Action Plan 2016/17'],
      [],
      ['4.', 'What we will do in 2016/17'],
      [null, "This section sets out the Trust's actions for the year under each WRES indicator. Each paragraph says who will lead the work."],
      [],
      [null, 'Indicator 1 – BME representation by pay band'],
      ['4.1', 'In our July 2016 return 13.1% of staff were from a BME background, but only 4.2% of staff at Band 8a and above.'],
      ['4.2', 'We will produce a band-by-band profile for each clinical division. The Head of Workforce Information will lead this work by September 2016.'],
      [],
      [null, 'Indicator 2 – Appointment from shortlisting'],
      ['4.3', 'White applicants who were shortlisted were 1.5 times more likely to be appointed than BME applicants.'],
      ['4.4', 'We will make sure that every interview panel for posts at Band 7 and above includes a BME member. This will be led by the Recruitment Manager.'],
      [],
      ['5.', 'Monitoring'],
      ['5.1', 'Progress against these actions will be reported to the Workforce Committee each quarter.'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([9, 13]);
    expect(r.actions.map((a) => a.theme)).toEqual(['Indicator 1 – BME representation by pay band', 'Indicator 2 – Appointment from shortlisting']);
    expect(r.actions.map((a) => a.indicators)).toEqual([['1'], ['2']]);
  });

  it("does the same under 'Our actions for 2022/23' with 'This paper sets out …'", () => {
    const r = read([
      ['Kelmscott Community NHS Trust – WDES report 2022'],
      [],
      ['3.', 'Our actions for 2022/23'],
      [null, 'This paper sets out what we will do over the year, metric by metric, and what the data showed.'],
      [],
      [null, 'Metric 4a – harassment from patients and the public'],
      ['3.1', '32% of disabled staff reported harassment from patients, against 24% of non-disabled staff.'],
      ['3.2', 'We will add a disability field to every violence and aggression report. The Head of Security will lead this by December 2022.'],
      ['3.3', 'We will train every ward manager in post-incident support for disabled staff, led by the Head of Wellbeing, by March 2023.'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([8, 9]);
    expect(r.actions[0].theme).toBe('Metric 4a – harassment from patients and the public');
  });

  it('keeps the bullets a description leads in to, without the description', () => {
    const r = read([
      ['Ashworth Vale NHS Trust – WRES plan 2021/22'],
      [],
      ['Key next steps'],
      ['This section sets out the steps we will take this year:'],
      ['• Publish the band profile by ethnicity to each division by June 2021'],
      ['• Run reverse mentoring for every executive director by December 2021'],
      ['• Review the shortlisting guidance with the BME Network by March 2022'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([5, 6, 7]);
  });
});
