/**
 * A plan converted from a PDF or Word that opens every action with a bullet — a symbol font's glyph in a narrow column of
 * its own (holdout88 ashgrave's Wingdings '\uF0B7'), or '•' opening the action's cell (holdout88 yarcombe) — wraps each
 * action line by line onto the rows under it. A line without a bullet under an action whose sentence is not finished
 * carries that action on, even where it starts with a capital ('Introduce a Reasonable Adjustments' | 'Passport that moves
 * with…') and the indicator's label wraps beside it ('Metric 9a – Engagement;' | '9b – Disabled staff voice'). A page's
 * footer under a finished action, and a row with a timescale of its own, are no such line (negatives).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2022, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'WDES' }, { asAt: AS_AT });
const GLYPH = '\uF0B7';

describe('a bulleted action wrapped line by line', () => {
  it("carries a capitalised line and a label's wrapped line on under a glyph in a column of its own (ashgrave's shape)", () => {
    const r = read([
      ['WDES Metric', '', 'Actions', 'Lead', 'Timescale', 'Progress (December 2021)'],
      ['Metric 6 – Presenteeism', GLYPH, 'Change the managing attendance policy', 'HR Policy Lead', 'Mar 2022', 'Out for consultation.'],
      [null, null, 'so that disability-related absence is recorded separately.'],
      ['Metrics 7 and 8 – Valued', GLYPH, 'Introduce a Reasonable Adjustments', 'Disability Network Chair', 'Jan 2022', 'Passport launched 6 December.'],
      ['and adjustments', null, 'Passport that moves with the member of'],
      [null, null, 'staff between teams.'],
      ['Metric 9a – Engagement;', GLYPH, 'Give the Disability Network chair two', 'Director of People', 'Oct 2021', 'Agreed by the Executive Team.'],
      ['9b – Disabled staff voice', null, 'days a month of protected time.'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([2, 4, 7]);
    expect(r.actions[1].action.replace(/\s+/g, ' ')).toBe('Introduce a Reasonable Adjustments Passport that moves with the member of staff between teams.');
    expect(r.actions[2].action.replace(/\s+/g, ' ')).toBe('Give the Disability Network chair two days a month of protected time.');
    const why = r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message).join('\n');
    expect(why).toMatch(/Row 5: .*it carries on row 4's action: the plan opens each action with a bullet, and this line has none/);
  });

  it("carries a capitalised line on under '•' opening the action's cell, in another column order (yarcombe's shape)", () => {
    const r = read([
      ['Action', 'Lead', 'Start', 'Complete', 'BRAG'],
      ['• Brief the Council of Governors’ Nominations', 'Trust Secretary', 'Nov 2024', 'Jan 2025', 'G'],
      ['Committee on the Board’s ethnicity profile before', null, null, null, null],
      ['the two non-executive appointments.', null, null, null, null],
      ['• Offer every BME member of staff at Bands 5–7 a career conversation.', 'Head of OD', 'Jul 2024', 'Feb 2025', 'A'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([2, 5]);
    expect(r.actions[0].action.replace(/\s+/g, ' ')).toBe('• Brief the Council of Governors’ Nominations Committee on the Board’s ethnicity profile before the two non-executive appointments.');
  });

  it("keeps a page's footer out of a finished bulleted action, and reads an unbulleted row with its own timescale as an action (negatives)", () => {
    const r = read([
      ['Action', 'Lead', 'Timescale', 'Status'],
      ['• Introduce a zero-tolerance statement in outpatient', 'Head of Patient Experience', 'Oct 2024', 'G'],
      ['waiting areas and on appointment letters.', null, null, null],
      ['WRES/AP/2024-25 v2.0 Page 1 of 2', null, null, null],
      ['Publish the WRES data on the website', 'EDI Lead', 'Sep 2024', 'G'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([2, 5]);
    expect(r.actions[0].action.replace(/\s+/g, ' ')).toBe('• Introduce a zero-tolerance statement in outpatient waiting areas and on appointment letters.');
  });
});
