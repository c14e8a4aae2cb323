import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });

// A PDF converter wraps a narrow header cell onto the row under it ('Time-' over 'scale'; holdout88 wendlebury, on each
// page; holdout71 stowmere's 'Reason *most recent data is' over 'shown*'). That line is the header's, not a heading
// over the actions below: it is no action's theme.
describe("a header's cell wrapped onto the row under it", () => {
  it('gives no theme, on the first page or after the header printed again', () => {
    const report = read({
      values: [
        ['Indicator', 'Objective', 'Actions', 'Lead', 'Time-', 'Status'],
        [null, null, null, null, 'scale'],
        ['1', 'Our workforce reflects the communities we serve.', 'Agree a target for BME representation at Band 7 and above.', 'Director of People', 'Sep 2022', 'Achieved'],
        ['2', 'Fair recruitment at every stage.', 'Make an inclusion adviser part of every Band 8a+ panel.', 'Head of Talent', 'Q2 2022/23', 'Achieved'],
        [null, null, null, null, null, 'Page 1 of 2'],
        ['Indicator', 'Objective', 'Actions', 'Lead', 'Time-', 'Status'],
        [null, null, null, null, 'scale'],
        ['5 & 6', 'Staff are safe from racism at work.', 'Introduce a post-incident support call within 72 hours.', 'Associate Director of Nursing', 'Dec 2022', 'Some delay'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.theme, a.due?.text])).toEqual([[3, null, 'Sep 2022'], [4, null, 'Q2 2022/23'], [8, null, 'Dec 2022']]);
  });

  it('keeps a capitalised heading right under the header a heading', () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'Timescale'],
        ['Fair recruitment'],
        ['Train shortlisting panels in fair selection.', 'Head of Resourcing', 'Q3'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([[3, 'Fair recruitment']]);
  });
});
