import type { RawAction } from './walk-rows';

/** A header above the plan's that heads a small table of its own (a version history, a sign-off box), with its rows. */
export interface TableAbovePlan {
  /** Its header rows (sheet rows), no longer headers of the plan. */
  headerRows: number[];
  /** The header as written ('Version | Date | Reviewed by | Comments'). */
  header: string;
  /** The rows under it that were read as actions with no action's text (sheet rows). */
  rows: number[];
}

/**
 * The headers that head small tables ABOVE the plan rather than the plan: a header whose rows, read under its columns,
 * give actions with no action's text (what is done), above a header whose rows do. A version history or document
 * control ('Version | Date | Reviewed by | Comments' over '0.1 | 10/01/2021 | EDI Lead | First draft'), or a sign-off
 * box typed over the plan, names a date, a person and a note as a plan's header does — and, the plan's own header
 * naming what is done in words the reader weighs less ('Next steps for 2023/24 | Lead | By'), may score above it — but
 * nothing under it says what is to be done: its rows are the document's history, not actions. The plan's header is the
 * first whose rows say what is done; a header with nothing under it read as an action (a template's empty header, a
 * header printed again) is left as it is, and so is every header below the first whose rows say what is done (a
 * section of the plan whose actions are not yet written is still the plan's). Where no header's rows say what is done,
 * none is set aside here: a tracker with no action column is read by its rows as before, and a document by
 * `recognisePlan`'s own rule.
 *
 * @param headerRows the header rows found (sheet rows, any order)
 * @param actions the actions read under them (sheet rows)
 * @param textOf a header row's cells as written, joined
 * @example
 * findTablesAbovePlan([2, 14, 23], actions, (r) => …);
 * // [{ headerRows: [2], header: 'Version | Date | Reviewed by | Comments', rows: [3] }]
 */
export function findTablesAbovePlan(headerRows: readonly number[], actions: readonly RawAction[], textOf: (row: number) => string): TableAbovePlan[] {
  const bands = bandsOf(headerRows);
  // With no action in words anywhere, there is no plan's header to tell a small table's from: the sheet is read as it
  // was (a tracker with no action column still gives its rows; a document's own rule is `recognisePlan`'s).
  const firstWithText = actions.find((a) => a.fields.action.trim() !== '');
  if (!firstWithText) return [];
  const tables: TableAbovePlan[] = [];
  for (let b = 0; b < bands.length; b++) {
    const band = bands[b];
    const end = b + 1 < bands.length ? bands[b + 1][0] : Infinity;
    // The plan starts at the band holding the first action in words: no band from it on is looked at.
    if (end > firstWithText.row) break;
    const rows = actions.filter((a) => a.row > band[band.length - 1] && a.row < end).map((a) => a.row);
    // A header with nothing read under it is left alone: it is no evidence either way.
    if (rows.length) tables.push({ headerRows: band, header: textOf(band[0]), rows });
  }
  return tables;
}

/** Header rows in runs of adjacent rows (a header of two rows is one band), top first. */
function bandsOf(rows: readonly number[]): number[][] {
  const bands: number[][] = [];
  for (const r of [...rows].sort((a, b) => a - b)) {
    const last = bands[bands.length - 1];
    if (last && last[last.length - 1] === r - 1) last.push(r);
    else bands.push([r]);
  }
  return bands;
}
