import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A theme column written once per group (holdout37 hollinsdale, laid out like the GLA WIN 'Actions for ICBs' toolkit): the
 * area is typed in bold on the first row of its group only, the cells below left blank, nothing merged. The group's first
 * cell stands for the whole group, as a merged-down area would: each blank row takes the area above it, and says where it
 * came from. A theme column whose blanks are no such groups (an entry repeated, or a column with text to its left) keeps
 * its blanks.
 */
const AS_AT = new Date(Date.UTC(2024, 9, 1));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });

describe('an area written once over its group of actions', () => {
  it('gives each blank row under it its area, with why (area first, no status)', () => {
    const report = read([
      ['NHS Elmbridge Integrated Care Board'],
      ['Workforce Race Equality Standard – ICB and system actions 2024/25'],
      [],
      ['Area', 'Action', 'Who', 'Timeframe', 'WRES indicator'],
      ['Leadership and accountability', 'Name an executive lead for race equality on the ICB Board.', 'ICB Chair', '1 - 3 months', '9'],
      [null, 'Publish a system WRES summary for the Board every year.', 'Workforce Intelligence Lead', 'Annually', 'All'],
      ['Recruitment', 'Use diverse panels for every ICB post at Band 8a and above.', 'Recruitment Lead', 'Consistently', '2'],
      [null, 'Hold a system recruitment fair with partner trusts.', 'System Workforce Lead', 'Annually', '1'],
      [null, 'Offer de-biased shortlisting to GP practices.', 'Primary Care Workforce Lead', '6 - 12 months', '2'],
      ['Culture and safety', 'Adopt the system anti-racism charter.', 'ICB Chief Executive', '1 - 3 months', '5, 6, 8'],
      [null, 'Train ICB managers to handle complaints of racism.', 'OD Lead', '3 - 6 months', '6'],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([
      [5, 'Leadership and accountability'],
      [6, 'Leadership and accountability'],
      [7, 'Recruitment'],
      [8, 'Recruitment'],
      [9, 'Recruitment'],
      [10, 'Culture and safety'],
      [11, 'Culture and safety'],
    ]);
    expect(report.actions[1].sources.theme?.why).toBe("Theme: 'Leadership and accountability', written once above for its group (A5)");
    expect(report.columnEvidence.find((e) => e.field === 'theme')?.reason).toContain('written once over each group of rows, blank below it (3 entries, each written once, over 7 rows)');
  });

  it('reads a theme column headed otherwise, its groups of other sizes, a status beside them', () => {
    const report = read([
      ['Harnley Community Health NHS Trust – WDES action plan 2023/24'],
      ['Theme', 'What we will do', 'Metric', 'Lead', 'By when', 'RAG'],
      ['Data', 'Run a declaration campaign on ESR.', 'M1', 'Workforce Information Lead', 'Dec 2023', 'Green'],
      ['Voice', 'Give the disability network chair protected time.', 'M9b', 'Chief People Officer', 'Sep 2023', 'Amber'],
      [null, 'Hold two listening events a year.', 'M9a', 'EDI Lead', 'Mar 2024', 'Green'],
      [null, 'Report network feedback to the People Committee.', 'M9b', 'EDI Lead', 'Quarterly', 'Green'],
      [null, 'Co-produce the adjustments passport with the network.', 'M8', 'Head of Wellbeing', 'Jan 2024', 'Red'],
    ]);
    expect(report.actions.map((a) => a.theme)).toEqual(['Data', 'Voice', 'Voice', 'Voice', 'Voice']);
  });

  it('reads the area carried down wherever the trust puts its column, here after the action', () => {
    const report = read([
      ['NHS Elmbridge Integrated Care Board – WRES system actions 2024/25'],
      ['Action', 'Area', 'Who', 'Timeframe'],
      ['Name an executive lead for race equality on the ICB Board.', 'Leadership', 'ICB Chair', '1 - 3 months'],
      ['Publish a system WRES summary every year.', null, 'Workforce Intelligence Lead', 'Annually'],
      ['Use diverse panels for every ICB post at Band 8a and above.', 'Recruitment', 'Recruitment Lead', 'Consistently'],
      ['Offer de-biased shortlisting to GP practices.', null, 'Primary Care Workforce Lead', '6 - 12 months'],
      ['Hold a system recruitment fair with partner trusts.', null, 'System Workforce Lead', 'Annually'],
    ]);
    expect(report.actions.map((a) => a.theme)).toEqual(['Leadership', 'Leadership', 'Recruitment', 'Recruitment', 'Recruitment']);
  });

  it('leaves blank a theme cell under a column whose entries repeat: gaps there are themes not given', () => {
    const report = read([
      ['Harnley Community Health NHS Trust – WDES action plan 2023/24'],
      ['Theme', 'What we will do', 'Metric', 'Lead', 'By when'],
      ['Data', 'Run a declaration campaign on ESR.', 'M1', 'Workforce Information Lead', 'Dec 2023'],
      [null, 'Hold two listening events a year.', 'M9a', 'EDI Lead', 'Mar 2024'],
      ['Data', 'Publish metrics by division.', 'M1', 'Workforce Information Lead', 'Jun 2024'],
      [null, 'Report network feedback to the People Committee.', 'M9b', 'EDI Lead', 'Quarterly'],
      [null, 'Audit the adjustments passport.', 'M8', 'Head of Wellbeing', 'Jan 2024'],
    ]);
    expect(report.actions.map((a) => a.theme)).toEqual(['Data', null, 'Data', null, null]);
  });
});
