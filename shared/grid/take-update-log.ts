import type { ColumnMap } from './assign-columns';
import type { UpdateLine } from './find-update-logs';
import { readDatedOpening } from './read-dated-opening';
import type { SheetView } from './view-sheet';
import type { RawAction } from './walk-rows';

/** A period placed in a year of its own ('Q3 2022/23', '13/10/22', 'Jan 23'), not a bare 'Q2' or 'March' the reader places anywhere. */
const PLACED = /\d{2}/;

/**
 * Gives an action the latest update of its log as its progress, and says so. The action's own progress cell joins the
 * log when it opens with a date too ('Q1 (14/07/22): …' beside the action, the later updates under it). Latest is in
 * time order when every update's date can be compared (all placed in a year, or all bare quarters or months), else the
 * last written (lowest on the sheet). The progress's source is the update's cell, with why ("Progress: latest of 3
 * dated updates under the action (rows 6–8), row 8 'Q3 (12/01/23):'").
 *
 * @example
 * takeUpdateLog(action, lines, sheet, { action: 2, progress: 5 }); // action.fields.progress === 'Q3 (12/01/23): declaration rate 6.8%…'
 */
export function takeUpdateLog(action: RawAction, lines: readonly UpdateLine[], sheet: SheetView, columns: ColumnMap, r: number): void {
  if (lines.length === 0) return;
  const log = [...lines];
  const own = columns.progress === undefined ? '' : sheet.text(r, columns.progress).trim();
  const opening = own ? readDatedOpening(own) : null;
  if (opening) log.push({ r, c: columns.progress!, text: own, owner: r, opening, why: '' });
  log.sort((a, b) => a.r - b.r);
  const latest = latestOf(log);
  const rows = lines.map((l) => sheet.sheetRow(l.r));
  const span = rows.length === 1 ? `row ${rows[0]}` : `rows ${Math.min(...rows)}–${Math.max(...rows)}`;
  const where = lines[0].r > r ? 'under' : 'over';
  const dated = `${log.every((l) => l.opening) ? 'dated ' : ''}update${log.length === 1 ? '' : 's'}`;
  const date = latest.opening ? ` '${latest.opening.label}'` : '';
  const also = opening ? ', with its own progress cell' : '';
  action.fields.progress = latest.text;
  action.cells = { ...action.cells, progress: sheet.letter(latest.c) };
  action.sources = {
    ...action.sources,
    progress: { kind: 'update log', cell: sheet.address(latest.r, latest.c), why: log.length === 1 ? `Progress: the ${dated} written ${where} the action, row ${sheet.sheetRow(latest.r)}${date}` : `Progress: latest of ${log.length} ${dated} written ${where} the action (${span}${also}), row ${sheet.sheetRow(latest.r)}${date}` },
  };
}

/** The latest update: in time order when the dates compare, else the last written. */
function latestOf(log: readonly UpdateLine[]): UpdateLine {
  const dates = log.map((l) => l.opening?.period);
  const comparable = dates.every(Boolean) && new Set(dates.map((p) => PLACED.test(p!.label.replace(/^[qh][1-4]\b\s*/i, '')))).size === 1;
  if (!comparable) return log[log.length - 1];
  let best = log[0];
  // Equal dates: the lower line was written later.
  for (const l of log) if (l.opening!.period.order >= best.opening!.period.order) best = l;
  return best;
}
