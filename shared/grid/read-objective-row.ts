import type { PlanField } from '../types';
import type { ColumnMap } from './assign-columns';
import { collapse, isBlankText } from './cell-text';
import { headsNumber } from './heads-number';
import type { SheetView } from './view-sheet';
import { writesWords } from './writes-words';

/** What an objective row gives the actions under it: its text (their theme), its number, and why it is no action. */
export interface ObjectiveRow {
  heading: string;
  /** Its own number or letter ("1", "A"), which heads the numbers of the actions under it; '' when it has none. */
  ref: string;
  why: string;
}

/** Fields an action has and an objective does not: when it is due, how it stands, what has been done. */
const DOING: readonly PlanField[] = ['due', 'status', 'progress', 'completed'];
/** A number or a letter alone: an objective's own number ("1", "2.", "B"). */
const PARENT = /^(\d{1,2}|[A-Z])[.):]?$/i;
/**
 * A code in a hierarchy ('RE1', 'RE1.01', 'EDI2.03'): letters, then numbers joined by dots. Heading a deeper code of
 * the same hierarchy ('RE1.01' over 'RE1.01.01') it is a level above the actions — a priority or an outcome.
 */
const LEVEL_CODE = /^[A-Z]{1,5}\d{1,3}(?:\.\d{1,3}){0,3}$/i;
/** "Objective 2 –", "Aim B:", "Goal three." at the start of the action cell: the row names itself an objective. */
const LABELLED = /^(?:strategic\s+)?(?:objective|aim|goal|ambition)\s+(?:\d{1,2}|[A-Z]|one|two|three|four|five|six|seven|eight|nine|ten)\b\s*[:.–—-]/i;
/** How far below an objective the first of its actions may sit (blank rows between; rows printed again at a page break not counted). */
const LOOK_AHEAD = 3;

/**
 * An objective written in the action column over the actions that deliver it — "1 | Objective 1 – Representation…"
 * over 1.1, 1.2; "A | Objective A – Know our workforce" over A1…A4 — is not an action: it gives no timescale,
 * status or progress of its own, and either its number heads the numbers of the rows under it or its text names
 * itself an objective ("Objective 2 –", "Aim B:") over rows that do give them. Its text is the theme of the actions
 * under it; the indicators it names are theirs when their own cell is empty. Its actions may start on the next page,
 * under the header printed again (`printedAgain`: those rows are passed over).
 *
 * @example
 * readObjectiveRow(sheet, 5, columns); // { heading: 'Objective 1 – Representation…', ref: '1', why: "its number '1' heads …" }
 */
export function readObjectiveRow(sheet: SheetView, r: number, columns: ColumnMap, printedAgain?: (r: number) => boolean): ObjectiveRow | null {
  if (columns.action === undefined) return null;
  // Most rows give a timescale or a status: that rules them out before their (often long) action text is tidied. A row
  // naming itself an objective ('Objective 1: …') may give its own owner and year-end date, but never a status.
  const nothing = givesNothingDone(sheet, r, columns);
  if (!nothing && !(LABELLED.test(sheet.text(r, columns.action)) && ratesNothing(sheet, r, columns))) return null;
  const heading = collapse(sheet.text(r, columns.action));
  if (!heading || heading.length > 300) return null;
  const refText = columns.ref === undefined || columns.ref === columns.action ? '' : collapse(sheet.text(r, columns.ref));
  const ref = refText.replace(/[.):]$/, '');
  const next = nextRow(sheet, r, columns, printedAgain);
  if (next === null) return null;
  const nextRef = columns.ref === undefined ? '' : collapse(sheet.text(next, columns.ref));
  const titled = titledInNumberColumn(refText, nextRef);
  if (titled) return titled;
  if (ref && (PARENT.test(ref) || isLevelAbove(ref, nextRef)) && headsNumber(ref, nextRef)) {
    return { heading, ref, why: `its number '${ref}' heads the numbers of the actions under it ('${nextRef}'…) and it gives no timescale, status or progress of its own; its text is their theme` };
  }
  if (LABELLED.test(heading) && nothing && !givesNothingDone(sheet, next, columns)) {
    return { heading, ref: ref && PARENT.test(ref) ? ref : '', why: 'it names itself an objective over the actions under it and gives no timescale, status or progress of its own; its text is their theme' };
  }
  // With a date of its own, only actions rated under it (a status on the row below) show it is what they serve.
  if (LABELLED.test(heading) && !nothing && !ratesNothing(sheet, next, columns)) {
    return { heading, ref: ref && PARENT.test(ref) ? ref : '', why: "it names itself an objective over the actions under it and, unlike them, gives no status or progress: its owner and date are the objective's, not an action's; its text is their theme" };
  }
  return null;
}

/** A number or a letter, then the objective's title: '1. Widen who applies and who is appointed', 'A) Tackle bullying'. */
const NUMBER_THEN_TITLE = /^(\d{1,2}|[A-Z])[.):]\s+(\p{L}.{3,})$/u;

/**
 * The objective written whole in the number column ('1. Widen who applies …' over 1.1, 1.2), the action column beside it
 * holding what it is measured by ('Success measure: …'): its number heads the actions' numbers, and the number column's
 * text, its title, is their theme.
 */
function titledInNumberColumn(refText: string, nextRef: string): ObjectiveRow | null {
  const m = refText.length <= 200 ? NUMBER_THEN_TITLE.exec(refText) : null;
  if (!m || !headsNumber(m[1], nextRef)) return null;
  return { heading: refText, ref: m[1], why: `it is an objective written in the number column: its number '${m[1]}' heads the numbers of the actions under it ('${nextRef}'…) and it gives no timescale, status or progress of its own; its title is their theme` };
}

/** A code of a hierarchy heading a deeper code of the same hierarchy: 'RE1' over 'RE1.01', 'RE1.01' over 'RE1.01.01'. */
function isLevelAbove(ref: string, nextRef: string): boolean {
  return LEVEL_CODE.test(ref) && LEVEL_CODE.test(nextRef) && nextRef.split('.').length > ref.split('.').length;
}

/** No status, progress or completion written in the row (a timescale may be): nothing says how it stands. */
function ratesNothing(sheet: SheetView, r: number, columns: ColumnMap): boolean {
  for (const f of ['status', 'progress', 'completed'] as const) {
    const c = columns[f];
    if (c !== undefined && c !== columns.action && !isBlankText(sheet.text(r, c))) return false;
  }
  return true;
}

/** No timescale, status, progress or completion written in the row. */
function givesNothingDone(sheet: SheetView, r: number, columns: ColumnMap): boolean {
  // Asked of every row that reaches it: a loop with no closure, and a blank test that builds no trimmed copy.
  for (let i = 0; i < DOING.length; i++) {
    const c = columns[DOING[i]];
    if (c !== undefined && c !== columns.action && !isBlankText(sheet.text(r, c))) return false;
  }
  return true;
}

/**
 * The next row below with words in its action cell, within a few rows (past blank rows and a page's bare number, and
 * past the rows a page break printed again: a running head, the header).
 */
function nextRow(sheet: SheetView, r: number, columns: ColumnMap, printedAgain?: (r: number) => boolean): number | null {
  let left = LOOK_AHEAD;
  for (let n = r + 1; left > 0 && n < sheet.height; n++) {
    if (printedAgain?.(n)) continue;
    if (writesWords(sheet.text(n, columns.action!))) return n;
    left--;
  }
  return null;
}
