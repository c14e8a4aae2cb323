/**
 * A client's picture of a plan (row id → fields, deleted), built either from the plan read or by
 * replaying the changes feed, in one normal form so the two can be compared with toEqual.
 */
import type { Fields } from './api';

export interface ViewRow {
  fields: Fields;
  deleted: boolean;
}
export type ClientView = Map<string, ViewRow>;

/** One entry of `GET {plan}/changes`. */
export interface ChangeEntry {
  revision: number;
  id: string;
  field: string;
  value: unknown;
  by?: string;
  at?: string;
}

/** Whether a change-log entry records a deletion rather than a field value. */
export function isDeleteEntry(entry: ChangeEntry): boolean {
  return entry.field === 'deleted' || entry.field === '*delete' || entry.field === '$deleted';
}

/**
 * Applies change-log entries, in revision order, to a view.
 *
 * @example
 * applyChanges(view, [{ revision: 3, id: 'r1', field: 'lead', value: 'Ann' }]);
 */
export function applyChanges(view: ClientView, entries: ChangeEntry[]): void {
  for (const entry of [...entries].sort((a, b) => a.revision - b.revision)) {
    const row = view.get(entry.id) ?? { fields: {}, deleted: false };
    if (isDeleteEntry(entry)) row.deleted = entry.value !== false && entry.value !== 'false';
    else (row.fields as Record<string, unknown>)[entry.field] = entry.value;
    view.set(entry.id, row);
  }
}

/**
 * Normalises rows (from a plan read, or a view) for comparison: empty fields dropped, deleted rows
 * reduced to their tombstone (what a deleted row's cells held no longer matters).
 *
 * @example
 * rowsToView([{ id: 'r1', fields: { lead: 'Ann', due: '' } }]); // Map { 'r1' => { fields: { lead: 'Ann' }, deleted: false } }
 */
export function rowsToView(rows: { id: string; fields: Fields; deleted?: boolean }[]): ClientView {
  const view: ClientView = new Map();
  for (const row of [...rows].sort((a, b) => a.id.localeCompare(b.id))) {
    const deleted = row.deleted === true;
    const fields: Record<string, unknown> = {};
    if (!deleted) {
      for (const key of Object.keys(row.fields ?? {}).sort()) {
        const value = (row.fields as Record<string, unknown>)[key];
        if (value !== '' && value !== null && value !== undefined) fields[key] = value;
      }
    }
    view.set(row.id, { fields: fields as Fields, deleted });
  }
  return view;
}
