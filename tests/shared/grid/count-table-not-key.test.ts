import { describe, expect, it } from 'vitest';
import { readKeySheets } from '../../../shared/grid/read-key-sheets';
import type { Grid } from '../../../shared/types';

/**
 * A dashboard sheet's count table ('High Impact Action | Actions | Complete | On track | At risk | …' on a teal band,
 * COUNTIFS results under it) is no RAG key: a row of four texts or more is a table's header or record, not a label and
 * what it means, so its coloured first cell is no key entry — which would have stood in for the plan's own key (its
 * status column's conditional formats). A key row of a label and its meaning still is one. Shown by holdout77 morwick.
 */
const TEAL = '#1F7A8C';
const dashboard: Grid = {
  sheetName: 'Dashboard',
  values: [
    ['Ashdown Children’s Hospital NHS Foundation Trust'],
    ['WDES action plan 2025/26: dashboard'],
    [],
    ['High Impact Action', 'Actions', 'Complete', 'On track', 'At risk', 'Off track', 'Not started'],
    ['HIA 1', 2, null, 1, null, null, 1],
    ['HIA 2', 3, 1, 1, null, null, 1],
    ['Total', 5, 1, 2, null, null, 2],
  ],
  fills: [[null], [null], [], Array(7).fill(TEAL), Array(7).fill(null), Array(7).fill(null), Array(7).fill(null)],
};

describe("a dashboard's count table", () => {
  it('gives no key entries', () => {
    expect(readKeySheets([dashboard], 'WDES plan')).toEqual([]);
  });

  it("still reads a key sheet's coloured label beside its meaning", () => {
    const key: Grid = {
      sheetName: 'Key',
      values: [['Status key'], ['Complete', 'Delivered, with evidence'], ['On track', 'Going to plan'], ['At risk', 'May miss its date']],
      fills: [[null], ['#0070C0', null], ['#00B050', null], ['#FFC000', null]],
    };
    expect(readKeySheets([key], 'WDES plan').map((e) => [e.label, e.rag])).toEqual([['Complete', 'blue'], ['On track', 'green'], ['At risk', 'amber']]);
  });
});
