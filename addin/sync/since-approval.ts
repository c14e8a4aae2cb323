import type { DiffResponse } from '../../shared/sync';
import type { PlanApi } from '../api';
import { PLAN_FIELDS, type PlanField, type PlanReport } from '../../shared/types';
import type { WorkbookAdapter } from '../excel/types';
import { el } from '../taskpane/dom';
import { addressOf } from './address-of';

/** Lavender: unlike any RAG colour, so a highlighted status cell is not read as a rating. Dark text keeps AA contrast. */
export const CHANGED_FILL = '#E5D9F2';
const CHANGED_FONT = '#212B32';

export interface ChangedCell {
  address: string | null;
  id: string;
  field: string;
  before: string | null;
  after: string | null;
  by: string;
  at: string;
}

/**
 * Where each change since the board snapshot sits in the sheet now (rows found by stable id, wherever they
 * moved). Only the last change per cell is kept: the board needs before-and-now, not every step.
 *
 * @example
 * changedCells(diff, report); // [{ address: 'C5', field: 'lead', before: 'Ann', after: 'Bob', by: 'bob', … }]
 */
export function changedCells(diff: DiffResponse, report: PlanReport): ChangedCell[] {
  const last = new Map<string, ChangedCell>();
  for (const c of diff.changes) {
    const field = c.field as PlanField;
    const key = `${c.id}\u0000${c.field}`;
    const first = last.get(key);
    const address = PLAN_FIELDS.includes(field) ? addressOf(report, c.id, field) : null;
    // The diff lists each step; keep the value at approval (first before) and the value now (last after).
    last.set(key, { address, id: c.id, field: c.field, before: first ? first.before : c.before, after: c.after, by: c.by, at: c.at });
  }
  return [...last.values()].filter((c) => c.before !== c.after);
}

export interface ShowSinceApprovalOptions {
  /** The plan's routes on the service, through the pane's one validated client. */
  api: Pick<PlanApi, 'read' | 'diff'>;
  report: PlanReport;
  adapter: WorkbookAdapter;
  /** Where the pane lists the changes (text only). */
  list: HTMLElement;
}

/**
 * Highlights the cells changed since the plan was marked board-approved and lists them in the pane.
 * Returns how many cells were highlighted, or null when the plan has no board snapshot.
 *
 * @example
 * await showSinceApproval({ api: service.plan(planUrl), report, adapter, list }); // 3
 */
export async function showSinceApproval(options: ShowSinceApprovalOptions): Promise<number | null> {
  const snapshot = (await options.api.read()).latestSnapshot;
  if (!snapshot) {
    options.list.replaceChildren();
    return null;
  }
  const cells = changedCells(await options.api.diff(snapshot.snapshotId), options.report);
  const placed = cells.filter((c) => c.address);
  await options.adapter.formatCells(placed.map((c) => ({ topLeft: c.address!, width: 1, rows: [{ fill: CHANGED_FILL, font: CHANGED_FONT }] })));
  const when = new Date(snapshot.createdAt).toLocaleDateString();
  options.list.replaceChildren(
    el('h3', {}, `Changed since "${snapshot.label}" (${when}): ${cells.length}`),
    el('ul', { class: 'changed-list' }, ...cells.map((c) =>
      el('li', { 'data-address': c.address ?? undefined },
        el('strong', {}, c.address ? `${c.address} ${c.field}` : c.field === 'deleted' ? 'Action deleted' : `${c.field} (not in this sheet)`),
        el('span', {}, `: ${c.before ?? '(empty)'} → ${c.after ?? '(empty)'} — ${c.by}, ${new Date(c.at).toLocaleString()}`)))),
    el('p', { class: 'muted' }, 'Validate & colour again to put the RAG colours back.'),
  );
  return placed.length;
}
