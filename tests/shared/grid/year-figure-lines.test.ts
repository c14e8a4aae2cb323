import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { describesBlock } from '../../../shared/grid/describes-block';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A line under a block's heading giving its figure year by year ('Our data: 2018 – 1.93;  2019 – 1.64', '2021/22: 1.41,
 * 2022/23: 1.38'): the block's data, as a line with per cents is, never its heading; the heading above stays the theme
 * and names the indicator (holdout42 saxonmoor, whose ratio lines have no per cent sign). A heading naming a year once
 * ('Year 2 – 2023/24 priorities') stays a heading.
 */
const AS_AT = new Date(Date.UTC(2020, 2, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const rows = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.theme, a.indicators]);

describe('a line giving a block its figure year by year', () => {
  it("keeps the indicator's two-line heading as theme across 'Our data: 2018 – 1.93;  2019 – 1.64'", () => {
    const wide = (t: string) => [t, '', '', '', ''];
    const heading = 'Indicator 2\nRelative likelihood of White staff being appointed from shortlisting compared with BME staff';
    const report = read(
      [
        ['Action', 'Evidence / progress to date', 'Lead', 'Finish', 'BRAG'],
        wide(heading),
        wide('Our data: 2018 – 1.93;  2019 – 1.64'),
        ['Include a BME panel member on every interview panel for Band 7 and above.', 'Pool of 15 trained.', 'Deputy Director of HR', 'Dec-19', 'G'],
        ['Audit shortlisting and appointment by ethnicity every quarter.', '', 'Workforce Intelligence Lead', 'Mar-20', 'R'],
      ],
      { merges: [1, 2].map((r) => ({ top: r, left: 0, bottom: r, right: 4 })) },
    );
    const theme = heading.replace('\n', ' ');
    expect(rows(report)).toEqual([[4, theme, ['2']], [5, theme, ['2']]]);
  });

  it("keeps 'Metric 3 – Capability' as theme across '2021/22: 1.41, 2022/23: 1.38' in the action column", () => {
    const report = read([
      ['Ref', 'Action', 'Owner', 'Due'],
      ['', 'Metric 3 – Capability'],
      ['', '2021/22: 1.41, 2022/23: 1.38'],
      ['3.1', 'Require an occupational health referral before any formal capability meeting.', 'Head of HR', 'Q2 2023/24'],
    ]);
    expect(rows(report)).toEqual([[4, 'Metric 3 – Capability', ['3']]]);
  });

  it.each([
    ['Our data: 2018 – 1.93;  2019 – 1.64', true],
    ['2021/22: 1.41, 2022/23: 1.38', true],
    ['Year 2 – 2023/24 priorities', false],
    ['Recruitment and progression', false],
  ])('%s describes the block: %s', (line, describes) => {
    expect(describesBlock(line) !== null).toBe(describes);
  });
});
