/**
 * A date in an action's words saying when the work STARTS is no deadline: 'This will start in 2024' (holdout48 dunsley),
 * '… to start in January 2016' (holdout42 ashlingford). With no timescale column the action then has no due. A date
 * after 'by' stays its due (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { findDueInText } from '../../../shared/grid/find-due-in-text';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2023, 11, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Annex A' }, { asAt: AS_AT });

describe('a date saying when work starts', () => {
  it("gives no due to 'This will start in 2024' in a list of actions under their labels", () => {
    const report = read([
      ['Annex A: list of actions'],
      ['Recruit and progress disabled colleagues fairly'],
      ['Action 3'],
      ['We will give every manager a short guide to adjustments by March 2024.'],
      ['Action 4'],
      ['We will offer a trained coach to disabled colleagues who apply for a team leader role. This will start in 2024.'],
    ]);
    const due = report.actions.map((a) => a.due.text);
    expect(due).toEqual(['March 2024', '']);
  });

  it("reads no due from 'to begin during Q2 2024/25' or 'starting in April 2025'", () => {
    expect(findDueInText('A development programme for BME staff at Bands 5–7, to begin during Q2 2024/25')).toBeNull();
    expect(findDueInText('Reverse mentoring for the Board, starting in April 2025')).toBeNull();
  });

  it("keeps a deadline after 'by', and a date after 'in' with no verb of starting (negative)", () => {
    expect(findDueInText('Start the coaching scheme by June 2024')).toBe('June 2024');
    expect(findDueInText('Publish the report in October 2024')).toBe('October 2024');
  });
});
