import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A column naming the problem the actions answer, worded as a case study words it (holdout56 wrenhallow: 'What we faced
 * | What we will do | Who will do it | When | Key benefit we expect', the problem merged down beside its actions and
 * closing '(WDES metric 8)'): the concern each block answers, an objective, whose metrics are its actions' indicators.
 */
const AS_AT = new Date(Date.UTC(2020, 9, 31));
type Merge = { top: number; left: number; bottom: number; right: number };
const read = (values: CellValue[][], merges: Merge[] = []) => checkPlan({ values, merges }, { asAt: AS_AT });
const rows = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.indicators]);

describe('a column naming the problem faced, beside the actions that answer it', () => {
  it("'What we faced' first, merged down, ending '(WDES metric 8)'", () => {
    const report = read([
      ['What we faced', 'What we will do', 'Who will do it', 'When', 'Key benefit we expect'],
      ['Colleagues had to explain their condition again with every new manager (WDES metric 8).', 'Introduce a health passport that moves with the person', 'Head of HR', 'November 2020', 'Fewer repeat conversations'],
      ['', 'Train HR advisers to offer the passport at every return-to-work meeting', 'HR Business Partners', 'January 2021', 'Passport offered in every case'],
      ['Few disabled colleagues saw a route to promotion (WDES metrics 5 and 7).', 'Offer a development day for disabled staff in Bands 2–6', 'OD Manager', 'February 2021', '40 colleagues take part'],
      ['Parts of the site were hard to reach for wheelchair users.', 'Carry out an access audit with network members', 'Head of Estates', 'December 2020', 'A costed list of fixes'],
      ['', 'Add the five most urgent fixes to the capital programme', 'Director of Estates', 'April 2021', 'Work funded'],
    ], [{ top: 1, left: 0, bottom: 2, right: 0 }, { top: 4, left: 0, bottom: 5, right: 0 }]);
    expect(rows(report)).toEqual([[2, ['8']], [3, ['8']], [4, ['5', '7']], [5, []], [6, []]]);
  });

  it("'What staff told us' second, after a number, '(metric 4a)'", () => {
    const report = read([
      ['No.', 'What staff told us', 'Action', 'Owner', 'By'],
      ['1', 'Managers were unsure how to talk about disability (metric 4a).', 'Run confident-conversations workshops for line managers', 'Learning and OD', 'March 2021'],
      ['2', '', 'Add a disability module to the new managers course', 'Learning and OD', 'June 2021'],
      ['3', 'Declaration on ESR was far below the survey figure (metric 1).', 'Hold a safe-to-share week with ESR how-to guides', 'Workforce Information Lead', 'November 2020'],
      ['4', '', 'Add the declaration prompt to appraisal', 'Workforce Information Lead', 'January 2021'],
    ], [{ top: 1, left: 1, bottom: 2, right: 1 }, { top: 3, left: 1, bottom: 4, right: 1 }]);
    expect(rows(report)).toEqual([[2, ['4a']], [3, ['4a']], [4, ['1']], [5, ['1']]]);
  });

  it("NEGATIVE: 'What we will do' stays the action, beside a progress column", () => {
    const report = read([
      ['What we will do', 'Who', 'When', 'Progress'],
      ['Introduce a health passport that moves with the person', 'Head of HR', 'November 2020', 'Draft agreed with staff side'],
      ['Offer a development day for disabled staff in Bands 2–6', 'OD Manager', 'February 2021', ''],
    ]);
    expect(report.actions.map((a) => [a.row, a.action, a.progress])).toEqual([
      [2, 'Introduce a health passport that moves with the person', 'Draft agreed with staff side'],
      [3, 'Offer a development day for disabled staff in Bands 2–6', ''],
    ]);
  });
});
