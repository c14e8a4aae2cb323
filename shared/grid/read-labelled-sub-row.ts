import type { Continuation } from './read-continuation';
import type { SheetView } from './view-sheet';

/**
 * Labels that name a field of the action above, the way a plan writes that field on a row of its own under each
 * action: "Update: …", "Progress: …", "Position at Q2: …" (its progress), "Outcome: …", "Evidence: …" (its outcome).
 * "Note" and "Key" are not among them: a note under the table is no action's.
 */
const LABELS: ['progress' | 'outcome', RegExp][] = [
  ['progress', /^(?:(?:progress\s+)?updates?|progress(?:\s+to\s+date)?|latest(?:\s+position|\s+update)?|position(?:\s+at\s+\w+(?:\s+\w+)?)?|commentary|comments?)\s*(?:\([^)]{0,30}\))?\s*[:–—]/i],
  ['outcome', /^(?:outcomes?|evidence(?:\s+of\s+(?:completion|impact))?|impact|measures?\s+of\s+success|success\s+(?:measures?|criteria|indicators?))\s*[:–—]/i],
];

/**
 * The action's progress or outcome a cell writes behind its label ('update: 3 groups signed up', 'Outcome – …'): the field
 * and the value after the label (a cell beside an action, as a plan with no header writes it); null for any other cell.
 *
 * @example
 * readProgressLabel('update: 3 groups signed up'); // { field: 'progress', value: '3 groups signed up' }
 */
export function readProgressLabel(text: string): { field: 'progress' | 'outcome'; value: string } | null {
  for (const [field, label] of LABELS) {
    const named = label.exec(text)?.[0];
    const value = named ? text.slice(named.length).trim() : '';
    if (value) return { field, value };
  }
  return null;
}

/**
 * A row under an action that holds one text, merged across the table or alone on the row, starting with the label of
 * a field of that action ("Update: campaign launched 1 September…"): that action's progress (or outcome), written as
 * a sub-row instead of in a column — not a heading over the next action, and no action of its own. The text is kept
 * whole, label and all, as the plan wrote it; `why` names the label and the action's row (`action`, a sheet row) for the user.
 *
 * @example
 * readLabelledSubRow(sheet, 7, 6, 0); // { progress: 'Update: campaign launched 1 September; declaration up…', why: "its label 'Update:' names row 6's progress, …" }
 */
export function readLabelledSubRow(sheet: SheetView, r: number, action: number, left = 0): Continuation | null {
  // Asked of every row under an action, most of which hold several cells: nothing is built until the row holds one.
  let found: string | null = null;
  let second: string | null = null;
  for (let c = left; c < sheet.width; c++) {
    // Most cells are empty: their text rules them out before any merge is looked up.
    const text = sheet.text(r, c).trim();
    if (!text) continue;
    const m = sheet.merge(r, c);
    if (m && (m.top !== r || m.left !== c)) continue;
    if (second !== null) return null;
    if (found !== null) second = text;
    else found = text;
  }
  if (found === null) return null;
  for (const [field, label] of LABELS) {
    const named = label.exec(found)?.[0];
    if (!named) continue;
    if (second === null) return { [field]: found, why: `its label '${named.trim()}' names row ${action}'s ${field}, written on a row of its own under the action, and the row holds nothing else` };
    // The label in a cell of its own ('Success measure:' | 'Gap within five points …'): the value is the cell after it.
    if (named.length === found.length) return { [field]: second, why: `its label '${found}' names row ${action}'s ${field}, written in the next cell on a row of its own under the action` };
  }
  return null;
}
