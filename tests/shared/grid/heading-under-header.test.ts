import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A heading merged across the table straight under its header, where the header leaves its first cell empty (over the
 * action numbers): the heading of the first group ('Area 1: Knowing our workforce'), not a second header row naming the
 * empty column (holdout40 ridings). A second header row's cell lies under its own header cell ('Start | End' under a
 * 'Timescale' merged over both, a label under the empty cell alone) and stays the header's.
 */
const AS_AT = new Date(Date.UTC(2023, 11, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });

describe('a heading merged across the table right under a header with an empty first cell', () => {
  it("reads 'Area 1: …' as the first group's theme, the numbers under the empty cell as refs", () => {
    const wide = (r: number) => ({ top: r, left: 0, bottom: r, right: 3 });
    const report = read(
      [
        ['', 'What we will do', 'Who', 'When'],
        ['Area 1: Knowing our workforce', '', '', ''],
        ['1.1', 'Ask every practice to collect disability information on its staff records.', 'Practice managers', 'By September 2023'],
        ['1.2', 'Repeat the staff survey in January, keeping the disability questions.', 'Workforce Lead', 'January 2024'],
        ['Area 2: Adjustments and attendance', '', '', ''],
        ['2.1', 'Agree a shared reasonable adjustments guide for all practices.', 'Clinical Director', 'Autumn 2023'],
      ],
      { merges: [wide(1), wide(4)] },
    );
    expect(report.actions.map((a) => [a.row, a.ref, a.theme])).toEqual([
      [3, '1.1', 'Area 1: Knowing our workforce'],
      [4, '1.2', 'Area 1: Knowing our workforce'],
      [6, '2.1', 'Area 2: Adjustments and attendance'],
    ]);
  });

  it("reads a heading merged across all but the status column under a header whose first two cells are empty", () => {
    const report = read(
      [
        ['', '', 'Action', 'Lead', 'Due', 'RAG'],
        ['Theme A – Fair recruitment', '', '', '', ''],
        ['A1', '2', 'Put a BME member on every Band 7 and above panel.', 'Head of Recruitment', 'Q3 2023/24', 'G'],
        ['A2', '2', 'Publish the shortlisting audit every quarter.', 'Workforce Lead', 'Q4 2023/24', 'A'],
      ],
      { merges: [{ top: 1, left: 0, bottom: 1, right: 4 }] },
    );
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([[3, 'Theme A – Fair recruitment'], [4, 'Theme A – Fair recruitment']]);
  });

  it("keeps 'Start | End' under a merged 'Timescale' as the header's second row, the other header cells merged down", () => {
    const report = read(
      [
        ['Ref', 'Action', 'Lead', 'Timescale', ''],
        ['', '', '', 'Start', 'End'],
        ['1', 'Put a BME member on every Band 7 and above panel.', 'Head of Recruitment', 'Apr 2023', 'Sep 2023'],
        ['2', 'Publish the shortlisting audit every quarter.', 'Workforce Lead', 'Apr 2023', 'Mar 2024'],
      ],
      { merges: [{ top: 0, left: 3, bottom: 0, right: 4 }, ...[0, 1, 2].map((c) => ({ top: 0, left: c, bottom: 1, right: c }))] },
    );
    expect(report.actions.map((a) => [a.row, a.due?.text])).toEqual([[3, 'Sep 2023'], [4, 'Mar 2024']]);
    expect(report.headerRows).toEqual([1, 2]);
  });
});
