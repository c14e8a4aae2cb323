import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A plan stating its key twice — a key block above the table and the key line again under it, or a key row above and
 * the key in the status header — names each status twice, in the same colour. A status written shorter than its label
 * ('Delayed' for 'Delayed or at risk') fits both copies equally, and two entries fitting equally was taken for no match:
 * the status fell back to the general vocabulary's colour ('Delayed' amber) against the plan's own key (red).
 */
const read = (values: CellValue[][], fills?: (string | null)[][]) => checkPlan({ values, fills, sheetName: 'Plan' }, { asAt: new Date(Date.UTC(2020, 0, 1)) });
const rags = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.status, a.statusRag]);

const TABLE: CellValue[][] = [
  ['Ref', 'Action', 'WRES indicator(s)', 'Lead', 'Due', 'RAG'],
  ['MC1', 'Refresh the recruitment and selection policy so that every panel is diverse', '2', 'Head of HR Operations', 'Dec 2020', 'On track'],
  ['MC2', 'Ring-fence places on the Band 5-6 leadership course for BME staff', '4', 'Head of Learning and Development', 'Mar 2021', 'Delayed'],
  ['MC3', 'Hold a reverse mentoring pilot pairing BME staff with board members', '7', 'Director of Workforce', 'Jan 2021', 'Complete'],
];
const EXPECTED = [['On track', 'amber'], ['Delayed', 'red'], ['Complete', 'green']];

describe('a key stated twice', () => {
  it('reads a shortened status through a key block above the table and the same key line under it', () => {
    const report = read([
      ['Key'], ['Green', 'complete'], ['Amber', 'on track'], ['Red', 'delayed or at risk'], [],
      ['Marlowcombe Community Health NHS Trust'], ['WRES Action Plan 2020-21'], [],
      ...TABLE,
      [], ['RAG: Green = complete; Amber = on track; Red = delayed or at risk.'],
    ]);
    expect(rags(report)).toEqual(EXPECTED);
  });

  it('reads it through a key line above the plan and the same key again under it', () => {
    const report = read([
      ['Fenbridge Community NHS Trust – WRES action plan 2020-21'],
      ['Key: Blue = complete; Amber = on track; Red = delayed or at risk'], [],
      ...TABLE,
      [], ['Key: Blue = complete; Amber = on track; Red = delayed or at risk'],
    ]);
    expect(rags(report)).toEqual([['On track', 'amber'], ['Delayed', 'red'], ['Complete', 'blue']]);
  });

  it('still reads no colour where two different labels fit a shortened status equally', () => {
    const report = read([
      ['WRES action plan 2020-21'],
      ['Key: Red = delayed by funding; Amber = delayed by staffing; Green = complete'], [],
      ...TABLE,
    ]);
    expect(report.actions[1].statusRag).not.toBe('red');
  });
});
