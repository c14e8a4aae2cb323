import { indicatorNumber } from '../indicators';
import type { Standard } from '../types';
import { readIndicatorCell } from './read-indicator-cell';
import type { RawAction } from './walk-rows';

/** Rows, at least, whose indicator cell contradicts their number before the numbers are read as counting something else. */
const MIN_AGAINST = 3;
/** Different leading numbers, at least, among them: one block misfiled is an error; several, another numbering. */
const MIN_NUMBERS = 2;

/**
 * Why the plan's action numbers count something other than indicators — its key actions, workstreams or priorities —
 * as its own indicator cells show, or null. A plan numbering its actions by indicator ('5.2' for indicator 5) writes
 * that indicator beside them; one numbering its key actions or workstreams writes '7.1' beside indicator 3 and '8.1'
 * beside 9. Where three rows or more, under two leading numbers or more, carry an indicator cell that does not name their
 * number's indicator, the numbers are the plan's own: an action whose indicator cell is blank names no indicator by its
 * number ('8.2' is key action 8's second sub-action, not indicator 8). A few rows against (a block misnumbered) are
 * not enough: they are the `numbering-contradicts-block` rule's.
 *
 * @example
 * numbersCountOther(actions, 'WRES'); // "the plan's own indicator cells show its numbers count something else (row 26: '7.1' beside indicator 3; row 30: '8.1' beside 9)"
 */
export function numbersCountOther(actions: readonly RawAction[], standard: Standard | null): string | null {
  const against: { row: number; ref: string; cell: string }[] = [];
  const numbers = new Set<number>();
  for (const a of actions) {
    const numbered = a.numbered;
    // Most actions carry no number, or a note's prefix ('G1'), or no indicator cell of their own: nothing to compare.
    if (!numbered || numbered.byNote || !a.indicatorInRow || !a.fields.indicator.trim()) continue;
    const own = indicatorNumber(numbered.indicators[0]);
    const ids = readIndicatorCell(a.fields.indicator, standard);
    if (own === null || ids.worded || ids.ids.length === 0) continue;
    if (ids.ids.some((id) => indicatorNumber(id) === own)) continue;
    against.push({ row: a.row, ref: numbered.ref, cell: a.fields.indicator.trim() });
    numbers.add(own);
  }
  if (against.length < MIN_AGAINST || numbers.size < MIN_NUMBERS) return null;
  const examples = against.filter((x, k) => k === 0 || indicatorNumber(x.ref) !== indicatorNumber(against[k - 1].ref)).slice(0, 2);
  return `the plan's own indicator cells show its numbers count something else (${examples.map((x) => `row ${x.row}: '${x.ref}' beside '${x.cell}'`).join('; ')})`;
}
