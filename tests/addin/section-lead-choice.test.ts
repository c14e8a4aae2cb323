import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../addin/excel/a1';
import { createOfficeAdapter } from '../../addin/excel/office-adapter';
import { checkSheet } from '../../addin/taskpane/check-sheet';
import { paneColumnQuestions } from '../../addin/taskpane/column-questions';
import type { CellValue } from '../../shared/types';
import { FakeWorkbook } from '../support/fake-excel';

/**
 * In the pane, a plan with no lead column whose section rows name who is accountable ('Chief People Officer', 'Chief
 * Nurse'): the Settings tab's lead question says the leads were read from those rows, not that no column looks like the
 * lead, and its "let the checker choose" option says where the checker reads them now.
 */
const asAt = new Date(Date.UTC(2023, 3, 30));
const plan: CellValue[][] = [
  ['WDES action plan 2022/23 – actions by accountable director'],
  ['Ref', 'Action', 'WDES metric', 'Delivery date', 'Status'],
  ['Chief People Officer'],
  ['P1', 'Run a declaration campaign with the Disability Network.', 'Metric 1', 'Dec 2022', 'Complete'],
  ['P2', 'Audit the guaranteed interview scheme quarterly.', 'Metric 2', 'Mar 2023', 'On track'],
  ['Chief Nurse'],
  ['N1', 'Add a disability prompt to the violence and aggression review.', 'Metric 4a', 'Nov 2022', 'Complete'],
];

describe('the lead read from section rows, in the pane', () => {
  it("says where the leads were read, and offers the sheet's columns to choose another", async () => {
    const book = new FakeWorkbook(['Plan']);
    book.activeSheet.setValues(plan);
    const { report, grid } = await checkSheet(createOfficeAdapter(book.excel), { asAt });
    expect(report.actions.map((a) => a.lead)).toEqual(['Chief People Officer', 'Chief People Officer', 'Chief Nurse']);
    const letters = Array.from({ length: 5 }, (_, i) => columnLetter(i));
    const lead = paneColumnQuestions(report, {}, { letters, header: grid.values[1] }).find((q) => q.field === 'lead')!;
    expect(lead.reason).toContain("from the section rows naming who is accountable for the 3 actions under them (the plan has no lead column) — 'Chief People Officer' on row 3, 'Chief Nurse' on row 6");
    expect(lead.options[0]).toEqual(['*', 'Let the checker choose (now the section rows)']);
    expect(lead.options.map(([v]) => v)).toContain('B');
  });
});
