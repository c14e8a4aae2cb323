import type { Grid } from '../types';
import type { ShiftedHeader } from './find-shifted-header';

/**
 * The grid with a header row out of step put back in step: each heading from `from` to `to` moved one column `step`
 * over, over the cells it names, the cell it leaves emptied (what the header stage reads as the header the sheet meant).
 * Every other cell, fill and format is as it was.
 *
 * @example
 * // 'No. | WRES indicator | (blank) | Action | Lead | By when' out of step from C, one column left:
 * withShiftedHeader(grid, { r: 4, from: 3, to: 5, step: -1, says: '…' }).values[4]; // ['No.', 'WRES indicator', 'Action', 'Lead', 'By when', null]
 */
export function withShiftedHeader(grid: Grid, shift: ShiftedHeader): Grid {
  const move = <T>(row: readonly (T | null)[] | undefined): (T | null)[] => {
    const out = [...(row ?? [])];
    while (out.length <= Math.max(shift.to, shift.to + shift.step)) out.push(null);
    const cells = out.slice(shift.from, shift.to + 1);
    for (let c = shift.from; c <= shift.to; c++) out[c] = null;
    cells.forEach((v, k) => (out[shift.from + k + shift.step] = v));
    return out;
  };
  const values = grid.values.map((row, r) => (r === shift.r ? move(row) : row));
  const display = grid.display?.map((row, r) => (r === shift.r ? move(row) : row));
  return { ...grid, values, ...(display ? { display } : {}) };
}
