import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });

// A Word report's 'When' cell gives the work's start and end on labelled lines ('Start: Apr 2025' + soft break + 'End:
// Jul 2025'; holdout88 corbury): the action is due by the end, never the start.
describe("a timescale cell with a 'Start:' line and an 'End:' line", () => {
  it('reads the end line as the due, written as after its label; a cell with one date is read as written', () => {
    const report = read({
      values: [
        ['Ref', 'WDES metric(s)', 'What we will do', 'Who', 'When'],
        ['A1', '1', 'Move the disability question to the start of ESR self-service.', 'Head of Workforce Systems', 'Start: Apr 2025\nEnd: Jul 2025'],
        ['A2', '2', 'Make recruitment accessible from advert to offer.', 'Resourcing Manager', 'Start date: 01/05/2025\nCompletion date: 31/12/2025'],
        ['A3', '5', 'Offer a sponsor to disabled staff at Band 7 and above.', 'Head of Leadership & Talent', 'Mar 2026'],
        ['B1', '3', 'Add a reasonable-adjustments check to the capability procedure.', 'Head of Employee Relations', 'From: Q1 2025/26\nTo: Q3 2025/26'],
      ],
    });
    expect(report.actions.map((a) => a.due?.text)).toEqual(['Jul 2025', '31/12/2025', 'Mar 2026', 'Q3 2025/26']);
  });

  it('keeps a date with a remark under it as the date', () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'Timescale'],
        ['Publish the WRES data on the website.', 'Head of Equality', '30 Sep 2023\n(needs JNCC approval)'],
      ],
    });
    expect(report.actions[0].due?.text).toBe('30 Sep 2023');
  });
});
