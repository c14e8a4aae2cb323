import { indicatorNumber } from '../indicators/indicator-number';
import { RAG_PALETTE } from '../rag';
import { formatDay } from '../timescale/format-day';
import type { PlanReport, Rag } from '../types';
import { SEVERITY_LABEL } from './severity-label';
import type { SheetLayout } from './sheet-layout';

/** One cell changed since the board last approved the plan. */
export interface ChangeSinceApproval {
  /** Where it is now ("C6"), or null when the action is no longer in the sheet. */
  cell: string | null;
  /** The plan's word for the field ("Lead"). */
  field: string;
  before: string | null;
  after: string | null;
  by: string;
  at: string;
}

export interface BoardSummaryOptions {
  asAt: Date;
  /** Who the plan is, as the pane shows it ("WRES 2020-21, RXT"). */
  title?: string;
  /** The last board approval and what changed since; null when the plan was never approved; undefined when unknown here. */
  approval?: { label: string; by: string; at: string; changes: ChangeSinceApproval[] } | null;
}

const HEADING = { fill: '#005EB8', font: '#FFFFFF', bold: true } as const;
const SUBHEAD = { fill: '#E8EDEE', font: '#212B32', bold: true } as const;
const RAGS: Rag[] = ['red', 'amber', 'green', 'blue'];

/** RAG counts per indicator, every indicator the action serves counted (as coverage counts them). */
function ragByIndicator(report: PlanReport) {
  const table = new Map<string, Record<Rag | 'none' | 'overdue' | 'actions', number>>();
  for (const id of Object.keys(report.summary.byIndicator)) table.set(id, { red: 0, amber: 0, green: 0, blue: 0, none: 0, overdue: 0, actions: 0 });
  for (const a of report.actions) {
    const served = a.indicators?.length ? a.indicators.map((i) => String(indicatorNumber(i) ?? i)) : ['unassigned'];
    for (const id of new Set(served)) {
      const row = table.get(id) ?? { red: 0, amber: 0, green: 0, blue: 0, none: 0, overdue: 0, actions: 0 };
      row.actions += 1;
      row[a.rag ?? 'none'] += 1;
      if (a.overdue) row.overdue += 1;
      table.set(id, row);
    }
  }
  return table;
}

/**
 * The Board summary sheet: ready or not, RAG by indicator, overdue actions, the must-fix list, coverage, and
 * the changes since the last approval — laid out to print on A4 landscape with wrapped text.
 *
 * @example
 * const sheet = boardSummary(report, { asAt: new Date('2021-03-31') });
 * sheet.rows[2][0] // 'Not ready for the board: 21 must-fix items'
 */
export function boardSummary(report: PlanReport, options: BoardSummaryOptions): SheetLayout {
  const rows: SheetLayout['rows'] = [];
  const fills: SheetLayout['fills'] = [];
  const add = (...cells: (string | number | null)[]) => rows.push(cells) && rows.length;
  const errors = report.issues.filter((i) => i.severity === 'error');
  const ready = errors.length === 0;
  const asAt = formatDay(options.asAt.toISOString().slice(0, 10));

  fills.push({ address: `A${add(`Board summary — ${options.title ?? `${report.standard ?? ''} action plan`.trim()}`)}`, fill: null, bold: true });
  add(`Sheet "${report.sheet}" · ${report.actions.length} actions · as at ${asAt}`);
  const verdict = add(ready ? 'Ready for the board: nothing must be fixed first.' : `Not ready for the board: ${errors.length} must-fix item${errors.length === 1 ? '' : 's'}.`);
  fills.push({ address: `A${verdict}:H${verdict}`, fill: ready ? RAG_PALETTE.green.fill : RAG_PALETTE.red.fill, font: '#FFFFFF', bold: true });
  add();

  fills.push({ address: `A${add('RAG by indicator')}`, fill: null, bold: true });
  const head = add('Indicator', 'Actions', 'Red', 'Amber', 'Green', 'Blue', 'No status', 'Overdue');
  fills.push({ address: `A${head}:H${head}`, ...HEADING });
  for (const [id, c] of ragByIndicator(report)) {
    const r = add(id === 'unassigned' ? 'No indicator' : `${report.standard ?? ''} ${id}`.trim(), c.actions, c.red, c.amber, c.green, c.blue, c.none, c.overdue);
    RAGS.forEach((rag, i) => c[rag] && fills.push({ address: `${'CDEF'[i]}${r}`, fill: RAG_PALETTE[rag].fill, font: RAG_PALETTE[rag].font }));
  }
  add();

  const overdue = report.actions.filter((a) => a.overdue);
  fills.push({ address: `A${add(`Overdue actions (${overdue.length})`)}`, fill: null, bold: true });
  if (overdue.length) {
    const h = add('Row', 'Ref', 'Action', 'Lead', 'Due', 'Status');
    fills.push({ address: `A${h}:F${h}`, ...SUBHEAD });
    for (const a of overdue) add(a.row, a.ref ?? '', a.action, a.lead || '(no lead)', a.due.text, a.status || '(no status)');
  } else add('No action is overdue.');
  add();

  fills.push({ address: `A${add(`${SEVERITY_LABEL.error} before the board (${errors.length})`)}`, fill: null, bold: true });
  if (errors.length) {
    // The finding goes in the wide column C, beside the action's ref, so it reads on one or two lines.
    const refs = new Map(report.actions.map((a) => [a.row, a.ref ?? '']));
    const h = add('Cell', 'Ref', 'Finding');
    fills.push({ address: `A${h}:C${h}`, ...SUBHEAD });
    for (const i of errors) add(i.row === null ? 'Whole plan' : `${i.column ?? 'A'}${i.row}`, i.row === null ? '' : refs.get(i.row) ?? '', i.message);
  } else add('Nothing.');
  add();

  const gaps = Object.entries(report.summary.byIndicator).filter(([id, n]) => id !== 'unassigned' && n === 0).map(([id]) => id);
  fills.push({ address: `A${add('Coverage')}`, fill: null, bold: true });
  const total = Object.keys(report.summary.byIndicator).filter((id) => id !== 'unassigned').length;
  add(gaps.length ? `${total - gaps.length} of ${total} indicators have an action. None for: ${gaps.map((g) => `${report.standard ?? ''} ${g}`.trim()).join(', ')}.` : `Every one of the ${total} indicators has at least one action.`);
  add();

  fills.push({ address: `A${add('Changes since the last board approval')}`, fill: null, bold: true });
  const approval = options.approval;
  if (approval === undefined) add('Not known here: sign in to the sync service (in the pane) to list them.');
  else if (approval === null) add('The plan has not been marked as board-approved yet.');
  else {
    add(`Last approved: "${approval.label}" by ${approval.by}, ${formatDay(approval.at.slice(0, 10))}. ${approval.changes.length} change${approval.changes.length === 1 ? '' : 's'} since.`);
    if (approval.changes.length) {
      const h = add('Cell', 'Field', 'Was', 'Now', 'By', 'When');
      fills.push({ address: `A${h}:F${h}`, ...SUBHEAD });
      for (const c of approval.changes) add(c.cell ?? '(not in sheet)', c.field, c.before ?? '(empty)', c.after ?? '(empty)', c.by, formatDay(c.at.slice(0, 10)));
    }
  }
  return { rows, fills, columnWidths: [16, 10, 48, 22, 16, 16, 11, 10], wrap: true, print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: 1 } };
}

/** The name of the Board summary sheet, in the workbook and the CLI's --out copy. */
export const BOARD_SHEET = 'Board summary';
