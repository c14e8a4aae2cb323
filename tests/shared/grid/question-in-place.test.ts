/**
 * A question left where the action should be, opening with question marks ('?? need advice from the EDI lead on this
 * one', holdout52 ockbrook), with no lead, timescale or status: a note that the action is still to be found, not an
 * action. Set aside with why. A question with a lead and a date, and an action that merely ends with a question, stay
 * actions (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2023, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'WDES 2022' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message).join('\n');

describe('a question in place of an action', () => {
  it("sets aside '?? need advice from the EDI lead on this one' beside the metric's figures", () => {
    const report = read([
      ['Metric', 'What it measures', 'Disabled', 'Non-disabled', 'Action(s)', 'Owner', 'When'],
      ['4b', 'Reporting it (last time it happened)', '41%', '44%', 'Remind everyone how to report on Datix in the weekly bulletin', 'Comms', 'every quarter'],
      ['5', 'Equal opportunities for career progression', '42%', '55%', '?? need advice from the EDI lead on this one', '', ''],
      ['6', 'Pressure to come to work when not well', '29%', '20%', 'Update attendance policy triggers', 'HR Policy', 'April 2023'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(setAside(report)).toMatch(/Row 3: "\?\? need advice from the EDI lead on this one" is read as a note, not an action — it holds no commitment: it asks a question in place of an action/);
  });

  it("sets aside '? ask the network what would help' in a plan of another shape, its status a dash", () => {
    const report = read([
      ['Action', 'Lead', 'Target date', 'Status', 'Indicator'],
      ['Publish the WDES report on the website', 'EDI Manager', '31/10/2022', 'Complete', '1'],
      ['? ask the network what would help', '', '', '—', '7'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2]);
    expect(setAside(report)).toMatch(/Row 3: .*asks a question in place of an action/);
  });

  it('keeps a question with a lead and a date, and an action ending with a question mark (negative)', () => {
    const report = read([
      ['Action', 'Lead', 'Target date'],
      ['?? decide with the network which survey questions to add', 'EDI Lead', 'Dec 2022'],
      ['Could we offer adjustments at interview for internal posts?', '', 'Mar 2023'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});
