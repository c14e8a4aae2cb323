import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A heading that names a metric only by its TITLE'S WORDING ('Tackle bullying and harassment': WRES 6) gives the actions
 * under it that metric — unless an action's own measure names metrics BY NUMBER ('… (indicators 6 and 8)'): the plan's
 * own statement beats a reading of its words. A heading naming its metric by number keeps it.
 */
const AS_AT = new Date(Date.UTC(2023, 0, 31));
const read = (g: Grid) => checkPlan(g, { asAt: AS_AT });

function plan(heading: string, standard: 'WRES' | 'WDES', measures: string[]): Grid {
  const values: CellValue[][] = [
    [`Dunmore NHS Trust – ${standard} action plan 2022/23`],
    ['Action', 'Lead', 'Expected outcome', 'Timescale'],
    [heading],
    ['Run active bystander sessions for every line manager.', 'Head of OD', measures[0], 'March 2023'],
    ['Publish what happened to every concern raised through Speak Up.', 'Speak Up Guardian', measures[1], 'June 2023'],
  ];
  return { values, sheetName: 'Plan' };
}

describe("an action's measure naming metrics by number, under a heading worded as a metric", () => {
  it('reads the measure’s numbers, not the heading’s wording (WRES)', () => {
    const report = read(plan('Tackle bullying, harassment and discrimination', 'WRES', [
      'Fewer colleagues report bullying or discrimination from managers and colleagues (indicators 6 and 8).',
      'Colleagues feel safer to speak up.',
    ]));
    expect(report.actions.map((a) => a.row)).toEqual([4, 5]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['6', '8'], ['6']]);
    expect(report.actions[1].theme).toBe('Tackle bullying, harassment and discrimination');
  });

  it('keeps a heading that names its metric by number', () => {
    const report = read(plan('Indicator 6 – bullying, harassment and abuse', 'WRES', [
      'Fewer colleagues report discrimination from managers (indicator 8).',
      'Colleagues feel safer to speak up.',
    ]));
    expect(report.actions.map((a) => a.indicators)).toEqual([['6'], ['6']]);
  });
});
