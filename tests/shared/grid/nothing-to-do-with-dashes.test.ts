/**
 * A row saying nothing will be done where the action would be — an ask not accepted ('No action – see note 1.'), work
 * now business as usual ('Nothing further – …'), an item both sides could not agree ('No agreement – … referred to …') —
 * whose lead, date and status cells hold only dashes or say the item went elsewhere ('Referred'): no action (holdout46
 * wrenfield, coldharrow, skelmoor). A dash is the plan's way of leaving a cell empty, so the row names no lead, timescale
 * or status. A row with a real lead and date is still an action, whatever its text opens with (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2023, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('a row saying nothing will be done, its other cells dashes', () => {
  it("sets aside an ask answered 'No action – see note 1.' with '—' for sponsor, target and check", () => {
    const report = read([
      ['Ask', 'What the network asked for', 'Board response', 'Action the Trust will take', 'Executive sponsor', 'Target', 'Six-month check'],
      ['Ask 1', 'A disability passport', 'Accepted', 'Launch a disability passport on the intranet', 'Chief People Officer', 'Dec 2022', 'Complete'],
      ['Ask 2', 'A paid disability leave policy', 'Not accepted', 'No action – see note 1.', '—', '—', '—'],
      ['Ask 3', 'Adjustments on one form', 'Accepted', 'Move adjustment requests onto one online form', 'Director of Estates', 'Mar 2023', 'On track'],
      ['Ask 4', 'Guaranteed interviews checked', 'Accepted in part', 'Audit guaranteed interview offers each quarter', 'Head of Recruitment', 'Jan 2023', 'Slipped'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4, 5]);
    expect(setAside(report).join('\n')).toMatch(/Row 3: .*'No action – see note 1\.' says nothing is to be done/);
  });

  it("sets aside 'Nothing further – business as usual' with '-' cells, and 'No agreement – referred' with status 'Referred'", () => {
    const report = read([
      ['Item', 'Issue raised', 'Agreed action', 'Joint leads', 'Target date', 'Status'],
      ['JPF-01', 'Bias in shortlisting', 'Add a BME panel member to Band 7+ panels', 'Head of Recruitment / UNISON', '30/09/2018', 'Complete'],
      ['JPF-02', 'Release time for reps', 'No agreement – staff side asked for protected release; management declined. Referred to the Trust Board.', '—', '', 'Referred'],
      ['JPF-03', 'Exit interviews', 'Nothing further – this is now part of business as usual.', '-', '-', ''],
      ['JPF-04', 'Disciplinary cases', 'Pre-investigation check by a senior HR partner', 'Deputy Director of HR / GMB', '31/12/2018', 'Open'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 5]);
    const msgs = setAside(report).join('\n');
    expect(msgs).toMatch(/Row 3: .*no agreement/i);
    expect(msgs).toMatch(/Row 4: .*'Nothing further – this is now part of business as usual\.' says nothing is to be done/);
  });

  it('keeps a row opening so but with a real lead and date (negative)', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Run a declaration campaign', 'Head of Workforce', 'Sep 2022', 'Complete'],
      ['2', 'No agreement yet on release time – take the options paper to the JNCC', 'Director of HR', 'Nov 2022', 'Open'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});
