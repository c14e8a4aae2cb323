import { cellKind } from './cell-kind';
import { collapse } from './cell-text';
import { headerNamesLeadAndDue } from './split-lead-and-due';
import { splitWhoWhen } from './split-who-when';
import type { SheetView } from './view-sheet';

/** Share of the column's filled cells that must name someone beside their timing. */
const MOST = 0.6;
/** Filled cells, at least, to judge by. */
const MIN_CELLS = 2;

/**
 * Why a column taken as the timescale, because its cells read as dates, is the plan's who-and-when column instead: its
 * header names both ('Lead and date', 'Owner & deadline', 'Responsible / by when') and most of its cells name a post or
 * a person beside the timing ('Head of Resourcing – December 2020'). Read as the timescale alone, every action lost its
 * lead and kept the whole cell as its due. Null when the header names only when, or the cells give only timings.
 *
 * @example
 * namesWhoInDates(sheet, 2, rows, 'Lead and date');
 * // "its header names who and when, and 6 of 7 cells name someone beside the timing (row 5: 'Workforce Information Lead – September 2020')"
 */
export function namesWhoInDates(sheet: SheetView, c: number, rows: readonly number[], header: string): string | null {
  if (!headerNamesLeadAndDue(header)) return null;
  let filled = 0;
  let named = 0;
  let example: { row: number; text: string } | null = null;
  for (const r of rows) {
    const text = collapse(sheet.text(r, c));
    if (!text) continue;
    filled++;
    const split = splitWhoWhen(text);
    // The part beside the timing must read as someone: a post, a team or a person, as a lead column's cells do.
    if (!split?.lead || cellKind(split.lead) !== 'role') continue;
    named++;
    example ??= { row: sheet.sheetRow(r), text };
  }
  if (filled < MIN_CELLS || named < MOST * filled || !example) return null;
  return `its header names who and when, and ${named} of ${filled} cells name someone beside the timing (row ${example.row}: '${example.text.length > 60 ? `${example.text.slice(0, 59)}…` : example.text}')`;
}
