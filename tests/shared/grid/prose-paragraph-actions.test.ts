/**
 * A report or board paper pasted into a sheet as numbered paragraphs under numbered subject headings, its actions the
 * paragraphs that promise work in the paper's own voice ('2.3 We will …', '4.1 The Head of Talent Acquisition will …'),
 * among findings, what has been done ('We have …', 'has already joined'), 'We will not …', 'no new action', the plan's
 * monitoring ('Progress will be reported …') and the recommendation (holdout79 cowlesby, yarnwick, ottercombe,
 * ashwinter). The lead is the post the sentence names as doing the work ('the Head of Recruitment will lead this', 'led by
 * …', 'will be launched by the Chief People Officer'); nobody who only takes part or has a seat.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2019, 0, 15));
const read = (rows: CellValue[][]): PlanReport => checkPlan({ values: rows, sheetName: 'Report' }, { asAt: AS_AT });
const rowsOf = (r: PlanReport) => r.actions.map((a) => a.row);

describe("a paper's numbered paragraphs that promise work, among those that report, refuse or monitor", () => {
  it("reads the 'We will' paragraphs under subject headings numbered in their own cells, not 'We have', 'We will not' or the reporting", () => {
    const r = read([
      ['Brackenholt Community NHS Trust – Workforce Race Equality Standard report and plan 2018/19'],
      [],
      ['1', 'Introduction'],
      ['1.1', 'This report sets out what we have done since our 2017 report and what we will do in 2018/19.'],
      [],
      ['2', 'Appointment from shortlisting (indicator 2)'],
      ['2.1', 'We have trained 60 recruiting managers in fair selection since October 2017.'],
      ['2.2', 'We will add a BAME panel member to every Band 7 interview by December 2018; the Head of Recruitment will lead this.'],
      ['2.3', 'We will not repeat the 2017 e-learning module; staff told us it made no difference.'],
      [],
      ['3', 'Harassment and abuse (indicator 5)'],
      ['3.1', 'In the 2017 survey 30% of BAME staff reported abuse from patients, compared with 22% of White staff.'],
      ['3.2', 'We will give every lone worker a personal alarm by November 2018, led by the Health and Safety Manager.'],
      ['3.3', 'We will keep the incident review panel in place; it needs no new action this year.'],
      [],
      ['4', 'Reporting progress'],
      ['4.1', 'Progress will be reported to the People Committee in October 2018 and April 2019.'],
    ]);
    expect(rowsOf(r)).toEqual([8, 13]);
    expect(r.actions.map((a) => [a.ref, a.lead, a.theme])).toEqual([
      ['2.2', 'Head of Recruitment', 'Appointment from shortlisting (indicator 2)'],
      ['3.2', 'Health and Safety Manager', 'Harassment and abuse (indicator 5)'],
    ]);
  });

  it('reads paragraphs numbered inside their text, the lead the post the sentence makes do the work, not the cover sponsor', () => {
    const r = read([
      ['Fenwold Teaching Hospitals NHS Trust'],
      ['Workforce Race Equality Standard – plan 2026/27'],
      ['Paper for the Trust Board, 2 April 2026. Sponsor: Chief People Officer.'],
      [],
      ['2. Recruitment (indicators 1 and 2)'],
      ['2.1 BME staff are 31% of the workforce and 12% of staff at Band 8a and above.'],
      ['2.2 From April 2026 the Head of Resourcing will remove names from shortlisting for posts at Band 6 and above by October 2026.'],
      ['2.3 Every formal case involving a BME member of staff will be reviewed by the Head of Employee Relations before it proceeds.'],
      [],
      ['3. Voice (indicator 7)'],
      ['3.1 The Race Equality Network chair will have a seat on the People Committee, and the Trust Secretary will change its terms of reference by May 2026.'],
      [],
      ['4. Recommendation'],
      ['4.1 The Board is asked to approve this plan.'],
    ]);
    expect(rowsOf(r)).toEqual([7, 8, 11]);
    expect(r.actions.map((a) => a.lead)).toEqual(['Head of Resourcing', 'Head of Employee Relations', 'Trust Secretary']);
  });

  it("gives no theme under a numbered heading that only says the section holds the actions, and reads a passive future's agent as lead", () => {
    const r = read([
      ['Workforce Race Equality Standard 2022 – report and action plan'],
      ['1. Progress on the 2021/22 plan'],
      ['1.1', 'The Inclusive Recruitment standard was adopted in January 2022.'],
      ['2. Actions for 2022/23'],
      ['2.1', 'The Head of Talent Acquisition will extend diverse interview panels to all Band 7 posts by 30 September 2022.'],
      ['2.2', 'A reverse mentoring scheme for the executive team will be launched by the Chief People Officer in October 2022.'],
      ['3. Recommendation'],
      ['3.1', 'The Board is asked to approve the actions in section 2.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.ref, a.lead, a.theme ?? ''])).toEqual([
      [5, '2.1', 'Head of Talent Acquisition', ''],
      [6, '2.2', 'Chief People Officer', ''],
    ]);
  });

  it("passes over a paragraph reporting work already done among a 'What we will do' section's promises", () => {
    const r = read([
      ['Dunholme Hospitals NHS Trust'],
      ['1.', 'What we will do'],
      ['1.1', 'The Head of Recruitment will make sure every panel for Band 7 posts includes a BME member by March 2017.'],
      ['1.2', 'The Equality Lead will set up a BME staff network by April 2017.'],
      ['1.3', "The Trust has already joined the regional 'Ready Now' programme, and two staff began it in November 2016."],
      ['1.4', 'The Director of Nursing will sponsor a leadership course for BME nurses by September 2017.'],
    ]);
    expect(rowsOf(r)).toEqual([3, 4, 6]);
    expect(r.actions.map((a) => a.lead)).toEqual(['Head of Recruitment', 'Equality Lead', 'Director of Nursing']);
  });

  it("reads no action from a policy's numbered paragraphs that promise nothing", () => {
    const r = read([
      ['Recruitment and Selection Policy'],
      ['1. Purpose'],
      ['1.1', 'This policy sets out how the Trust recruits staff fairly.'],
      ['2. Scope'],
      ['2.1', 'The policy applies to every post the Trust advertises.'],
      ['2.2', 'Managers have completed fair selection training since 2019.'],
    ]);
    expect(r.actions).toEqual([]);
  });
});
