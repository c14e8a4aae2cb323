import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { isRunningHead } from '../../../shared/grid/is-running-head';
import type { CellValue } from '../../../shared/types';

/**
 * A protective marking printed at the top of every page of a government document (holdout35 arnewood, a PDF annual report
 * turned into one sheet page by page: 'OFFICIAL - Business data that is not intended for public consumption…' over each
 * page, the header printed again after a page break). It is page furniture, as a page number or a running title is: never
 * a heading, so the actions on the next page keep the theme they had (here none). 'Official' opening a heading in words
 * ('Official launch of the network') is no marking.
 */
const AS_AT = new Date(Date.UTC(2021, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const MARKING = 'OFFICIAL - Business data that is not intended for public consumption. However, this can be shared with NHS partners.';

describe('a protective marking at the top of each page', () => {
  it('gives the actions after a page break no theme: the marking and the running title are page furniture', () => {
    const report = read([
      [MARKING],
      ['Appendix 2 WDES action plan 2020/21'],
      ['No.', 'WDES metric', 'Action', 'Lead', 'Timescale'],
      ['1', '1', 'Ask all staff to update their disability status on ESR.', 'Head of Workforce Information', 'December 2020'],
      ['2', '2', 'Check every shortlisting decision for disabled applicants.', 'Recruitment Manager', 'Quarterly'],
      [MARKING],
      ['WDES Annual Report 2020'],
      ['No.', 'WDES metric', 'Action', 'Lead', 'Timescale'],
      ['3', '6', 'Brief operational managers on the attendance policy.', 'Head of HR Operations', 'February 2021'],
      ['4', '9', 'Give the network co-chairs protected time.', 'Director of People', 'November 2020'],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([[4, null], [5, null], [9, null], [10, null]]);
  });

  it("reads other markings the same way: 'OFFICIAL-SENSITIVE', 'Classification: Official', 'NOT PROTECTIVELY MARKED'", () => {
    const report = read([
      ['Tarnbeck NHS Trust – WRES action plan 2019/20'],
      ['Theme', 'Action', 'Lead', 'Due'],
      ['Recruitment', 'Use diverse panels for Band 7+ posts.', 'Head of Recruitment', 'Dec 2019'],
      ['OFFICIAL-SENSITIVE'],
      [null, 'Publish shortlisting ratios each quarter.', 'Workforce Information Lead', 'Quarterly'],
      ['Classification: Official'],
      [null, 'Review disciplinary cases involving BME staff.', 'Head of Employee Relations', 'Ongoing'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 5, 7]);
    expect(report.actions.slice(1).map((a) => a.theme)).toEqual([null, null]);
    expect(isRunningHead('NOT PROTECTIVELY MARKED')).toBe(true);
  });

  it("keeps a heading that opens with the word 'Official' as a heading", () => {
    const report = read([
      ['Tarnbeck NHS Trust – WRES action plan 2019/20'],
      ['Action', 'Lead', 'Due'],
      ['Official launch of the race equality network'],
      ['Hold the launch event with the Chief Executive.', 'EDI Lead', 'Oct 2019'],
    ]);
    expect(report.actions.map((a) => a.theme)).toEqual(['Official launch of the race equality network']);
    expect(isRunningHead('Official launch of the race equality network')).toBe(false);
  });
});
