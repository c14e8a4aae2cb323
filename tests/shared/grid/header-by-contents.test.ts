/**
 * A header whose cells the reader knows only two of ('Who (Trust side)', 'By when'), the rest being the plan's own labels,
 * some qualified by a bracket ('What we asked for (Network meeting, June 19)') or reading like a role by their words
 * ('Network view'): the columns' contents under it — sentences under one, statuses on fills under another — make it the
 * header (holdout32 stourholme: 0 → 9 actions). A label's bracket says where its entries come from; the name before it is
 * the label. A role over a column of roles is an action's lead, never a label.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2020, 2, 31));
const GREEN = '#C6EFCE';
const AMBER = '#FFFF00';
const PINK = '#FFC7CE';

/** Reads the grid with the status column `statusColumn` filled by the status word in each row. */
function read(values: CellValue[][], statusColumn: number) {
  const colour: Record<string, string> = { Done: GREEN, Moving: AMBER, 'Nothing yet': PINK };
  const fills = values.map((row) => row.map((v, c) => (c === statusColumn && typeof v === 'string' && colour[v] ? colour[v] : null)));
  return checkPlan({ values, sheetName: 'Tracker', fills }, { asAt: AS_AT });
}

describe('a header found by what its columns hold', () => {
  it("reads a network's tracker headed 'What we asked for (Network meeting, June 19) | What the Trust agreed | Who (Trust side) | By when | Network view'", () => {
    const report = read([
      ['Race Equality Network – what the Trust agreed on WRES 2019/20'],
      ['Kept by the Network chair. Green = done, yellow = moving, pink = nothing yet.'],
      ['#', 'What we asked for (Network meeting, June 19)', 'What the Trust agreed', 'Who (Trust side)', 'By when', 'Network view', 'Chased'],
      ['1', 'A BME rep on every interview panel for 8a and above', 'Train a pool of BME panel members and use one on all 8a+ panels from October.', 'Karen (Dir of Workforce)', 'October', 'Done', 'chased 12/11'],
      ['2', 'A proper look at disciplinaries', 'Independent review of three years of disciplinary cases by ethnicity, reported to the Board.', 'Employee Relations lead', 'before Xmas', 'Moving', ''],
      ['3', 'Stop acting-up jobs going to the same faces', 'Advertise every acting-up and secondment opportunity at Band 6+ on the intranet for a week.', 'HRBPs', 'Sept', 'Done', ''],
      ['4', 'Exec team to hear from BME staff directly', 'Reverse mentoring for the six executive directors, mentors from the Network.', 'Sam – OD', 'start Feb 2020', 'Nothing yet', 'asked Sam 06/01'],
    ], 5);
    expect(report.actions.map((a) => a.row)).toEqual([4, 5, 6, 7]);
    expect(report.actions[0]).toMatchObject({ ref: '1', lead: 'Karen (Dir of Workforce)' });
    expect(report.actions[0].action).toMatch(/^Train a pool/);
    expect(report.actions[3].due.text).toBe('start Feb 2020');
    expect(report.actions[3].status).toBe('Nothing yet');
  });

  it("reads 'Owner (exec) | What the Forum raised (Forum meeting, 14 March 2022) | Response agreed | Target | Forum view', columns in another order", () => {
    const report = read([
      ['Disability Forum asks and the answers agreed, WDES 2022/23'],
      ['Owner (exec)', 'What the Forum raised (Forum meeting, 14 March 2022)', 'Response agreed', 'Target', 'Forum view'],
      ['Director of People', 'Adjustments take too long', 'Set up a central adjustments budget so that no team carries the cost of an adjustment.', 'April 2023', 'Moving'],
      ['Chief Nurse', 'Managers do not know the passport', 'Brief every ward manager on the adjustments passport at the monthly huddle.', 'Dec 2022', 'Done'],
      ['Head of OD', 'More disabled staff on leadership courses', 'Ring-fence four places on each leadership cohort for disabled staff.', 'Sept 2023', 'Nothing yet'],
    ], 4);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(report.actions[1]).toMatchObject({ lead: 'Chief Nurse' });
    expect(report.actions[1].action).toMatch(/^Brief every ward manager/);
    expect(report.actions[2].due.text).toBe('Sept 2023');
  });

  it('reads the header printed again over the last actions of a page as the header, not an action', () => {
    const header = ['#', 'What we asked for (Network meeting, June 19)', 'What the Trust agreed', 'Who (Trust side)', 'By when', 'Network view'];
    const report = read([
      ['Race Equality Network – what the Trust agreed on WRES 2019/20'],
      header,
      ['1', 'A BME rep on every interview panel for 8a and above', 'Train a pool of BME panel members and use one on all 8a+ panels from October.', 'Karen (Dir of Workforce)', 'October', 'Done'],
      ['2', 'A proper look at disciplinaries', 'Independent review of three years of disciplinary cases by ethnicity, reported to the Board.', 'Employee Relations lead', 'before Xmas', 'Moving'],
      ['3', 'Stop acting-up jobs going to the same faces', 'Advertise every acting-up and secondment opportunity at Band 6+ on the intranet for a week.', 'HRBPs', 'Sept', 'Done'],
      ['4', 'Exec team to hear from BME staff directly', 'Reverse mentoring for the six executive directors, mentors from the Network.', 'Sam – OD', 'start Feb 2020', 'Nothing yet'],
      ['Race Equality Network – what the Trust agreed on WRES 2019/20 (continued)'],
      header,
      ['5', 'Board to own this, not just HR', 'WRES actions to go to every Board as a standing item with a named NED.', 'Trust Secretary', 'Jan 2020', 'Done'],
    ], 5);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5, 6, 9]);
    expect(report.headerRows).toEqual([2, 8]);
  });

  it('does not take an action row whose lead reads like a label for a header (negative)', () => {
    // 'HR Business Partner' and 'Network lead' sit over columns of roles: they are leads, the row is an action's.
    const report = read([
      ['WRES action plan 2019/20'],
      ['Ref', 'Action', 'Lead', 'Deputy', 'Due', 'Status'],
      ['1', 'Review every disciplinary case by ethnicity before a hearing.', 'HR Business Partner', 'Network lead', 'Dec 2019', 'Moving'],
      ['2', 'Publish CPD funding by ethnicity twice a year.', 'Head of Education', 'Network chair', 'Jan 2020', 'Done'],
      ['3', 'Put a BME rep on every 8a and above panel.', 'Director of Workforce', 'Network vice chair', 'Oct 2019', 'Done'],
    ], 5);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(report.actions[0]).toMatchObject({ lead: 'HR Business Partner' });
  });
});
