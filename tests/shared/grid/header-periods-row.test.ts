/**
 * A HEADER'S SECOND ROW OF PERIODS (holdout55 wyecross): 'No. | What we will do | Year 1 | Year 2 | Year 3 | Lead' over a
 * row giving only '2021/22 | 2022/23 | 2023/24' under the year labels. The row dates the columns above it: it is the
 * header's second row, not an action with no text (it was read as one, flagged 'has a lead or date but no action'), and
 * the marks under the years then give each action its years. Likewise 'Q1 | Q2 | Q3 | Q4' under a 'Delivery' label
 * merged over them. A first action right under the header, its dates beside its words, stays an action (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2022, 0, 1));
const read = (grid: Omit<Grid, 'sheetName'>) => checkPlan({ ...grid, sheetName: 'Plan' }, { asAt: AS_AT });
const rows = (report: PlanReport) => report.actions.map((a) => a.row);
const flagged = (report: PlanReport, row: number) => report.issues.filter((i) => i.row === row).map((i) => i.rule);

describe("a header's second row of periods is part of the header", () => {
  it("reads '2021/22 | 2022/23 | 2023/24' under 'Year 1 | Year 2 | Year 3' as the header's, not an action", () => {
    const values: CellValue[][] = [
      ['No.', 'What we will do', 'Year 1', 'Year 2', 'Year 3', 'Lead'],
      ['', '', '2021/22', '2022/23', '2023/24', ''],
      ['Theme 1 – Understanding racism'],
      ['1.1', 'Make anti-racism training part of induction for every new starter.', '●', '', '', 'Head of Learning and Development'],
      ['1.2', 'Hold a conversation on race in every directorate each year.', '●', '●', '●', 'Directors'],
    ];
    const report = read({ values });
    expect(rows(report)).toEqual([4, 5]);
    expect(flagged(report, 2)).toEqual([]);
  });

  it("reads 'Q1 | Q2 | Q3 | Q4' under a 'Delivery 2023/24' label merged over them as the header's", () => {
    const values: CellValue[][] = [
      ['Tamebridge ICB – WDES actions 2023/24'],
      ['Metric', 'Action', 'Owner', 'Delivery 2023/24', '', '', ''],
      ['', '', '', 'Q1', 'Q2', 'Q3', 'Q4'],
      ['Metric 4', 'Run bystander training for team leaders.', 'Head of OD', 'x', 'x', '', ''],
      ['Metric 7', 'Publish a reasonable adjustments passport.', 'HR Policy Lead', '', '', 'x', ''],
    ];
    const report = read({ values, merges: [{ top: 1, left: 3, bottom: 1, right: 6 }] });
    expect(rows(report)).toEqual([4, 5]);
    expect(flagged(report, 3)).toEqual([]);
  });

  it('keeps as an action a first row under the header that writes its action beside its dates (negative)', () => {
    const values: CellValue[][] = [
      ['Action', 'Lead', 'Start', 'End'],
      ['Review the recruitment policy with the race equality network.', 'Head of Resourcing', 'Apr 2021', 'Sep 2021'],
      ['Publish the WRES report on the website.', 'EDI Lead', 'Jul 2021', 'Aug 2021'],
    ];
    expect(rows(read({ values }))).toEqual([2, 3]);
  });
});
