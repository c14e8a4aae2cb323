import type { ColumnMap } from './assign-columns';
import type { SheetView } from './view-sheet';

/** The fields a plan may type on the row under an action's words: who, when and how it is going. */
const BELOW = ['lead', 'due', 'status'] as const;
export type FieldBelow = (typeof BELOW)[number];

/** What the row under an action gives it, by field, and why (for the user). */
export interface FieldsBelow {
  fields: Partial<Record<FieldBelow, string>>;
  why: string;
}

const NAMES: Record<FieldBelow, string> = { lead: 'lead', due: 'timescale', status: 'status' };

/**
 * The row under an action that holds only its lead, timescale or status ('' | '' | 'Chief People Officer' | 'Sep 2025'
 * under '1' | 'Introduce reverse mentoring…' | '' | ''): the keeper typed each action's words on one row and who and
 * when on the next, so those cells are the action's, not an action with no words. Read only where every cell the row
 * fills is blank on the action above (a row filling a lead the action already has is a row of its own, flagged as an
 * action with no words) and the row names a lead (in words: a page's bare number is none) or a timescale (a page's bare
 * number is none either). Null otherwise.
 *
 * @example
 * readFieldsBelow(sheet, 4, texts[4], { action: 1, lead: 2, due: 3 }, { lead: '', due: '', status: '' }, 4);
 * // { fields: { lead: 'Chief People Officer', due: 'Sep 2025' }, why: "its lead and timescale are row 4's action's …" }
 */
export function readFieldsBelow(sheet: SheetView, r: number, texts: readonly { c: number; text: string }[], columns: ColumnMap, above: Readonly<Record<FieldBelow, string>>, aboveRow: number): FieldsBelow | null {
  // Asked of every row under an action: an action above with its lead and timescale both given has nothing to take.
  if (texts.length === 0 || (above.lead && above.due)) return null;
  // (Built only once a cell of the row is taken: most rows under an action are ruled out by their first cell.)
  let fields: Partial<Record<FieldBelow, string>> | null = null;
  for (let i = 0; i < texts.length; i++) {
    const { c, text } = texts[i];
    const m = sheet.merge(r, c);
    // A cell merged down from above (the block's indicator) is not this row's; one merged across is a heading.
    if (m && (m.top !== r || m.left !== c)) continue;
    if (m && m.right > m.left) return null;
    const field = fieldAt(columns, c);
    if (field === undefined || above[field]) return null;
    // A lead names someone in words: a bare number under the lead column ('2') is a printed page's number left between
    // the rows, not who leads the action above.
    if (field === 'lead' && !/\p{L}/u.test(text)) return null;
    // Nor is a bare number of a digit or two under the timescale column a timescale ('2' is no date, month or year): the
    // page's number again (holdout76 swaddleby, under an action whose 'on track' was typed into the timescale column).
    if (field === 'due' && /^\d{1,2}$/.test(text.trim())) return null;
    (fields ??= {})[field] = text;
  }
  if (!fields || (!fields.lead && !fields.due)) return null;
  const named = BELOW.filter((f) => fields![f] !== undefined).map((f) => NAMES[f]);
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  return { fields, why: `its ${list} ${named.length === 1 ? 'is' : 'are'} row ${aboveRow}'s action's, typed on the row under its words: that row leaves ${named.length === 1 ? 'its cell' : 'those cells'} blank` };
}

/** The first of BELOW the plan reads from column `c`, if any (a loop, not a closure built for each cell of each row). */
function fieldAt(columns: ColumnMap, c: number): FieldBelow | undefined {
  for (let i = 0; i < BELOW.length; i++) if (columns[BELOW[i]] === c) return BELOW[i];
  return undefined;
}
