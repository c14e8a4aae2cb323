import type { ColumnMap } from './assign-columns';
import { collapse } from './cell-text';
import { holdsActionToCome } from './holds-action-to-come';
import { saysDropped } from './says-dropped';
import type { SheetView } from './view-sheet';

/** A row of a working draft that holds no action (yet, or any more), with why, as the user is told. */
export interface UnfinishedRow {
  kind: 'placeholder' | 'dropped';
  why: string;
}

/** The cells that say an action was dropped: its status, then its update. */
const SAYS_DROPPED = ['status', 'progress'] as const;

/**
 * A row of a plan still being worked on that is no action of it: a place kept for an action not yet written ('7 |
 * Action 7 – to be agreed', with its metric and even a lead: `holdsActionToCome`), or an action the plan has dropped, its
 * status or update saying so ('Dropped', 'Dropped – replaced by action 9.': `saysDropped`). Either is a row a user knows
 * is no action; counted, its dates checked and its RAG rated, it would be one. Null for any other row. Only the fields
 * read from the row's own cells are asked: a status carried from a section above says nothing of the row.
 *
 * @example
 * readUnfinishedRow(sheet, 11, map, { action: 'Action 7 – to be agreed', status: '', progress: '' });
 * // { kind: 'placeholder', why: "its action cell says the action is still to come ('to be agreed'): …" }
 */
export function readUnfinishedRow(sheet: SheetView, r: number, map: ColumnMap, fields: { action: string; status: string; progress: string }): UnfinishedRow | null {
  const toCome = holdsActionToCome(fields.action);
  if (toCome) return { kind: 'placeholder', why: toCome };
  for (const field of SAYS_DROPPED) {
    const c = map[field];
    if (c === undefined || !saysDropped(fields[field]) || collapse(sheet.text(r, c)) !== collapse(fields[field])) continue;
    const header = field === 'status' ? 'status' : 'update';
    return { kind: 'dropped', why: `its ${header} '${collapse(fields[field])}' (${sheet.address(r, c)}) says so: the row stays only to show what was dropped` };
  }
  return null;
}
