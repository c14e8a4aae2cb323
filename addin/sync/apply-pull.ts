import type { PlanFields } from '../../shared/sync';
import { PLAN_FIELDS, type PlanReport, type RecognisedAction } from '../../shared/types';
import type { WorkbookAdapter } from '../excel/types';
import { addressOf } from './address-of';
import { duePartCells } from './due-part-cells';
import { dueByPlacement } from './due-by-placement';
import type { PullResult } from './sync-client';

export interface PullWrites {
  /** Cells of rows already in the sheet (found by id wherever they moved), written as text. */
  cells: { address: string; value: string }[];
  /** Rows others added: appended below the plan's last action, in the order they arrived. */
  newRows: { id: string; fields: PlanFields }[];
  /**
   * Updates not written, each with why: a timescale for an action whose plan shows it by the period column the action
   * sits in (a roadmap, a delivery timetable), which no text written into a cell can say (`dueByPlacement`).
   */
  refused: { id: string; row: number; field: 'due'; value: string; why: string }[];
}

/**
 * Works out what a pull writes into the sheet: updates to rows already there, and whole new rows.
 *
 * @example
 * planPullWrites(report, { updates: [{ id: 'a1', field: 'lead', value: 'Bob' }], deletions: [] });
 * // { cells: [{ address: 'C5', value: 'Bob' }], newRows: [] }
 */
export function planPullWrites(report: PlanReport, result: PullResult): PullWrites {
  const inSheet = new Set(report.actions.map((a) => a.id).filter(Boolean));
  const cells: PullWrites['cells'] = [];
  const added = new Map<string, PlanFields>();
  const refused: PullWrites['refused'] = [];
  for (const u of result.updates) {
    const placed = u.field === 'due' && inSheet.has(u.id) ? placedDue(report, u.id) : null;
    if (placed) {
      refused.push({ id: u.id, row: placed.row, field: 'due', value: u.value, why: placed.why });
    } else if (inSheet.has(u.id)) {
      const parts = u.field === 'due' ? duePartsOf(report, u.id) : null;
      const address = parts ? null : addressOf(report, u.id, u.field);
      if (parts) cells.push(...duePartCells(parts.columns, parts.row, u.value));
      else if (address) cells.push({ address, value: u.value });
    } else {
      added.set(u.id, { ...(added.get(u.id) ?? {}), [u.field]: u.value });
    }
  }
  const newRows = [...added].filter(([, f]) => Object.values(f).some((v) => v)).map(([id, fields]) => ({ id, fields }));
  return { cells, newRows, refused };
}

/** The action's row and why its timescale cannot be written as text (see dueByPlacement), or null when it can. */
function placedDue(report: PlanReport, id: string): { row: number; why: string } | null {
  const action = report.actions.find((a) => a.id === id);
  const why = action ? dueByPlacement(action) : null;
  return action && why ? { row: action.row, why } : null;
}

/** The columns and row of an action's timescale written in parts ('Qtr' | 'Year'), or null for one cell. */
function duePartsOf(report: PlanReport, id: string): { columns: string[]; row: number } | null {
  const action = report.actions.find((a) => a.id === id) as RecognisedAction | undefined;
  return action?.dueParts?.length ? { columns: action.dueParts, row: action.cellRows?.due ?? action.row } : null;
}

/**
 * Writes a pull into the sheet: updated cells in place, new rows inserted just below the plan's last
 * action (the rows under the plan move down, so notes there survive) with their stable id. All text.
 * Returns how many cells were updated and rows added, and the updates refused with why; the caller re-validates.
 *
 * @example
 * await applyPull(adapter, report, result); // { updated: 3, added: 1, refused: [] }
 */
export async function applyPull(adapter: WorkbookAdapter, report: PlanReport, result: PullResult): Promise<{ updated: number; added: number; refused: PullWrites['refused'] }> {
  const { cells, newRows, refused } = planPullWrites(report, result);
  const updated = cells.length;
  const idColumn = report.columns.id;
  if (newRows.length && idColumn && report.actions.length) {
    const after = Math.max(...report.actions.map((a) => a.row));
    await adapter.insertRows(after + 1, newRows.length);
    newRows.forEach((row, i) => {
      const sheetRow = after + 1 + i;
      cells.push({ address: `${idColumn}${sheetRow}`, value: row.id });
      // Every field this sheet has a column for, including the indicator and ref the core reads back.
      for (const f of PLAN_FIELDS) {
        const column = report.columns[f];
        if (column && f !== 'theme' && row.fields[f]) cells.push({ address: `${column}${sheetRow}`, value: row.fields[f]! });
      }
    });
  }
  await adapter.writeCells(cells);
  return { updated, added: idColumn && report.actions.length ? newRows.length : 0, refused };
}
