import type { PlanIssue } from '../../shared/types';
import type { WorkbookAdapter } from '../excel/types';
import { issueAddress } from '../colour/plan-fills';

/** A fix as it was applied: each cell with its text before, so it can be undone (kept with the workbook). */
export interface AppliedFix {
  at: string;
  cells: { address: string; before: string; after: string }[];
}

const UNDO_KEY = 'markupUndo';

/**
 * What a markup fix would do to each cell: the text before (read from the sheet) and after.
 *
 * @example
 * await previewFix(adapter, issues); // [{ address: 'B5', before: '<ul><li>Launch</li></ul>', after: 'Launch' }]
 */
export async function previewFix(adapter: WorkbookAdapter, issues: PlanIssue[]): Promise<AppliedFix['cells']> {
  const grid = await adapter.readGrid();
  const origin = grid.origin ?? { row: 0, column: 0 };
  return issues.flatMap((issue) => {
    const address = issueAddress(issue);
    if (!address || issue.fix === undefined) return [];
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 - origin.column;
    const value = grid.values[Number(m[2]) - 1 - origin.row]?.[col];
    const before = value === null || value === undefined ? '' : String(value);
    return before === issue.fix ? [] : [{ address, before, after: issue.fix }];
  });
}

/**
 * Writes the cleaned text into the cells and keeps their old text, newest fix last, for Undo.
 *
 * @example
 * await applyFix(adapter, cells, new Date());
 */
export async function applyFix(adapter: WorkbookAdapter, cells: AppliedFix['cells'], when: Date): Promise<void> {
  await adapter.writeCells(cells.map((c) => ({ address: c.address, value: c.after })));
  const history = (await adapter.readState<AppliedFix[]>(UNDO_KEY)) ?? [];
  await adapter.writeState(UNDO_KEY, [...history, { at: when.toISOString(), cells }].slice(-20));
}

/**
 * Puts back the text of the last fix, if the cells still hold what the fix wrote (a later edit is never overwritten).
 * Returns how many cells were restored, and how many were left because they were edited since.
 *
 * @example
 * await undoLastFix(adapter); // { restored: 25, kept: 0 }
 */
export async function undoLastFix(adapter: WorkbookAdapter): Promise<{ restored: number; kept: number } | null> {
  const history = (await adapter.readState<AppliedFix[]>(UNDO_KEY)) ?? [];
  const last = history.at(-1);
  if (!last) return null;
  const now = await previewFix(adapter, last.cells.map((c) => ({ rule: 'markup-remnant', severity: 'warning', row: Number(/\d+$/.exec(c.address)![0]), column: /^[A-Z]+/.exec(c.address)![0], message: '', fix: c.after })));
  // previewFix lists cells whose text differs from `after`: those were edited since the fix.
  const edited = new Set(now.map((c) => c.address));
  const back = last.cells.filter((c) => !edited.has(c.address));
  await adapter.writeCells(back.map((c) => ({ address: c.address, value: c.before })));
  await adapter.writeState(UNDO_KEY, history.slice(0, -1));
  return { restored: back.length, kept: last.cells.length - back.length };
}

/**
 * How many fixes can be undone.
 *
 * @example
 * await undoableFixes(adapter); // 1
 */
export async function undoableFixes(adapter: WorkbookAdapter): Promise<number> {
  return ((await adapter.readState<AppliedFix[]>(UNDO_KEY)) ?? []).length;
}
