import type { ActionRecord } from '../../shared/types';

/**
 * Why a timescale pulled from another editor cannot be written into this action's cells, or null when it can. A plan
 * that shows when an action is due by WHERE it sits — its text written under a period column of a roadmap, or its
 * marks in a delivery timetable's — has no cell holding the timescale as text: the reader takes the column's header.
 * Writing the pulled text into the action's cell would overwrite the action (a roadmap) or turn a mark into a note (a
 * timetable), so the pane refuses and says what the user can do: move the action to the period's column themselves.
 *
 * @example
 * dueByPlacement({ sources: { due: { kind: 'period', cell: 'F9' } }, due: { text: 'Q3 Oct–Dec 2024' } } as never);
 * // "this plan shows the timescale by the period column the action is written or marked in (F9, 'Q3 Oct–Dec 2024'), not as text in a cell"
 */
export function dueByPlacement(action: Pick<ActionRecord, 'sources' | 'due'>): string | null {
  const source = action.sources?.due;
  if (source?.kind !== 'period') return null;
  return `this plan shows the timescale by the period column the action is written or marked in (${source.cell}, '${action.due.text}'), not as text in a cell`;
}
