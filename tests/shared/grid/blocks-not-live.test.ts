import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

// A block under its own caption and its own copy of the header, whose caption says its rows are no live actions of
// the plan: last year's plan copied in for reference ('Do not update'), or a board's group of ideas never agreed.
const AS_AT = new Date(Date.UTC(2024, 0, 31));
const read = (grid: Grid) => checkPlan({ sheetName: 'Plan', ...grid }, { asAt: AS_AT });
const skipped = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'other-plan-skipped');

describe('a block whose caption says its rows are not live actions', () => {
  it("sets aside last year's rows copied under the plan for reference, with its caption's words", () => {
    const report = read({
      values: [
        ['Ashdown NHS Trust – WRES action plan 2023/24'],
        ['No.', 'Action', 'Lead', 'By when', 'RAG'],
        ['1', 'Open the leadership programme to a second cohort', 'Head of OD', '30/11/2023', 'Green'],
        ['2', 'Put an inclusion panel member on every Band 7+ interview', 'Head of Resourcing', '31/12/2023', 'Amber'],
        [],
        ["Last year's list kept for reference – please do not edit"],
        ['No.', 'Action', 'Lead', 'By when', 'RAG'],
        ['1', 'Publish ethnicity data for each division', 'Workforce Information Manager', '30/09/2022', 'Green'],
        ['2', 'Pilot bystander sessions in theatres', 'Lead Nurse for Culture', '31/03/2023', 'Green'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
    expect(skipped(report)).toEqual([
      expect.objectContaining({ row: 6, message: expect.stringMatching(/^Rows 6–9 hold another plan \("Last year's list kept for reference.*: its caption says its rows are no live actions of this plan \('for reference'\)$/) }),
    ]);
  });

  it("sets aside a board's group of ideas not yet approved, and reads the group after it", () => {
    const header = ['Item', 'Owner', 'Status', 'Due date', 'Metric'];
    const report = read({
      values: [
        ['WDES board 2024-25 (Anytown Community NHS Trust)'],
        [],
        ['Recruitment'],
        header,
        ['Guarantee an interview to disabled applicants', 'Head of Recruitment', 'Working on it', '30/09/2024', '2'],
        [],
        ['Ideas from the network – not yet approved'],
        header,
        ['Film festival for disability history month', '', '', '', ''],
        [],
        ['Culture'],
        header,
        ['Protected time for the network chair', 'Chief People Officer', 'Done', '30/04/2024', '9b'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([[5, 'Recruitment'], [13, 'Culture']]);
    expect(skipped(report)).toEqual([
      expect.objectContaining({ row: 7, message: expect.stringMatching(/^Rows 7–10 hold another plan .*\('not yet approved'\)$/) }),
    ]);
  });

  it("sets aside a parked group when the board's item column, and so its group headings, were moved to the right", () => {
    const header = ['Owner', 'Status', 'Due date', 'Metric', 'Item'];
    const report = read({
      values: [
        ['WDES board 2024-25 (Anytown Community NHS Trust)'],
        header,
        ['Head of Recruitment', 'Working on it', '30/09/2024', '2', 'Guarantee an interview to disabled applicants'],
        [],
        [null, null, null, null, 'Culture'],
        header,
        ['Chief People Officer', 'Done', '30/04/2024', '9b', 'Protected time for the network chair'],
        [],
        [null, null, null, null, 'Parked – ideas the steering group has not agreed'],
        header,
        ['', '', '', '', 'Film festival for disability history month'],
        ['', 'Estates asked to cost', '', '', 'Accessible parking audit at every clinic'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([3, 7]);
    expect(skipped(report)).toEqual([expect.objectContaining({ row: 9, message: expect.stringMatching(/\('Parked'\)$/) })]);
  });

  it('keeps closed and completed actions moved under their own caption as actions (negative)', () => {
    const header = ['Ref', 'Action', 'Lead', 'Due', 'Status'];
    const report = read({
      values: [
        ['Anytown NHS Trust – WRES action plan 2023/24'],
        header,
        ['A1', 'Review disciplinary cases with a second manager', 'Head of ER', '31/10/2023', 'On track'],
        [],
        ['CLOSED ACTIONS (moved here at Q3 – keep for audit)'],
        header,
        ['A2', 'Redact names at shortlisting', 'Recruitment Manager', '31/07/2023', 'Complete'],
        [],
        ['Completed actions'],
        header,
        ['A3', 'Train investigating officers', 'Head of ER', '31/08/2023', 'Complete'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([3, 7, 11]);
    expect(skipped(report)).toEqual([]);
  });

  it("keeps reading past an action's own update line that says 'not yet approved', over the header printed again (negative)", () => {
    const header = ['Metric', 'Action', 'Lead', 'Progress'];
    const report = read({
      values: [
        ['Anytown NHS Trust – WDES action plan 2023/24'],
        header,
        ['8', 'Launch a health passport and a central adjustments fund', 'OH Manager', 'Passport in use'],
        [null, null, null, 'Update: passport agreed; central fund not yet approved.'],
        header,
        ['9', 'Give the network chair protected time', 'Chief People Officer', 'Agreed'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([3, 6]);
    expect(skipped(report)).toEqual([]);
  });
});
