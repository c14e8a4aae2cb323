import { mayHoldColourPairs, readColourPairs } from '../rag/read-colour-pairs';
import { cellKind } from './cell-kind';
import { isBlankRow } from './is-blank-row';
import { nameBeforeBracket } from './header-words';
import type { Table } from './find-tables';
import { readColumnContents, type ColumnContents } from './read-column-contents';
import type { SheetView } from './view-sheet';

/** Rows under a candidate header looked at: enough to see what its columns hold. */
const LOOK = 12;
/** A header's label is a few words ('Test by', 'PDSA stage'); more is a caption or a sentence. */
const MAX_LABEL_WORDS = 5;
/** Share of a column's own cells that must be data (dates, statuses, names, sentences) for its label to head it. */
const DATA = 0.6;

/**
 * How many of a row's cells that name no field by their words still head a column, judged by the CONTRAST between the
 * cell and the cells under it: a short label ('Test by', 'PDSA stage', 'Change ideas') over a column of dates, statuses
 * (words or RAG fills), names or roles, or sentences. A header in a method's own words (a QI driver diagram's
 * 'Idea owner | Test by | PDSA stage', a logic model's, an OKR sheet's) is found by where it sits and what is under it,
 * not only by the words the reader knows. Nothing counts when the row holds data itself (a date, a number, a status
 * word, a sentence among its unnamed cells: an action's row; a label asking a question, 'Done?', is no status word), or
 * when no column under it holds dates, statuses or names (a caption over paragraphs is no header).
 *
 * @example
 * // 'Aim | Change ideas | Idea owner | Test by | PDSA stage' over ideas, roles, dates and filled stage words:
 * labelsOverContents(sheet, table, 5, [{ c: 1, text: 'Change ideas' }, { c: 3, text: 'Test by' }, { c: 4, text: 'PDSA stage' }]); // 3
 */
export function labelsOverContents(sheet: SheetView, table: Table, r: number, unnamed: readonly { c: number; text: string }[]): number {
  // LOOK rows with something in them: blank rows spacing the actions out say nothing of what the columns hold.
  const rows: number[] = [];
  for (let below = r + 1; below <= table.bottom && rows.length < LOOK; below++) if (!isBlankRow(sheet, table, below)) rows.push(below);
  if (rows.length < 2) return 0;
  let labels = 0;
  let structured = false;
  for (const { c, text } of unnamed) {
    // A label may close with a bracket qualifying it ('What we asked for (Network meeting, June 19)'): the name before it
    // is the label, the bracket says where or when its column's entries come from.
    const named = withoutKey(text);
    const label = nameBeforeBracket(named) ?? named;
    const own = cellKind(label);
    // A label may ask a question ('Done?', 'On track?'): its words may be a status's, but no row writes its status as a
    // question, so it is a label still, heading the answers under it.
    const asks = QUESTION.test(label);
    if (typeof sheet.value(r, c) !== 'string' || (own !== 'short' && own !== 'role' && !asks) || label.split(/\s+/).length > MAX_LABEL_WORDS) return 0;
    const k = readColumnContents(sheet, c, rows);
    // A label may read as a role by its words ('Network view', 'What we asked for'); a role over a column of roles is an
    // action row's lead, no label: only the contrast with what is under it makes it one.
    if (own === 'role' && k.kinds.role >= DATA * k.filled) return 0;
    const kind = headsData(k) ?? (asks && answersQuestion(sheet, c, rows) ? 'structured' : null);
    if (kind === null) continue;
    labels++;
    structured ||= kind === 'structured';
  }
  return structured ? labels : 0;
}

/**
 * The label with the plan's key written into it set aside ('Board response' of 'Board response (Green = accepted, Amber
 * = accepted in part, Red = not accepted)'): the key says what the column's colours mean, the words before it name the
 * column. A cell naming no colour and no '=' is the label as it is (most are: asked first, cheaply).
 */
function withoutKey(text: string): string {
  if (!mayHoldColourPairs(text)) return text;
  const { entries, rest } = readColourPairs(text);
  if (entries.length === 0) return text;
  // What the key leaves: its brackets and separators, empty now ('Board response ( ,  ,  )', 'Decision:  ,  ,').
  return rest.replace(/\([\s,;]*\)/g, ' ').replace(/[\s,;:–-]+$/, '').trim() || text;
}

/** A label asking a question ('Done?', 'Funded?', 'On track?'). */
const QUESTION = /\?\s*$/;
/** An answer to a yes-or-no question, as a column of them writes it. */
const YES_NO = /^(yes|no|y|n|not yet|partly|partial(ly)?)$/i;

/**
 * Whether the column under a question answers it, row by row: yes or no, or how far each action got ('Yes', 'Started',
 * 'Not yet'), in most of its filled cells.
 */
function answersQuestion(sheet: SheetView, c: number, rows: readonly number[]): boolean {
  let filled = 0;
  let answers = 0;
  for (const r of rows) {
    const text = sheet.text(r, c).trim();
    if (!text) continue;
    filled++;
    if (YES_NO.test(text) || cellKind(text) === 'status') answers++;
  }
  return filled > 0 && answers >= DATA * filled;
}

/**
 * What the column holds under the row, when it is data: 'structured' (dates, timescales, statuses, RAG fills, names or
 * roles) or 'sentences'; null when it is mostly short labels like the header's own, or empty.
 */
function headsData(k: ColumnContents): 'structured' | 'sentences' | null {
  if (k.filled === 0) return null;
  const structured = k.kinds.date + k.kinds.timescale + k.kinds.ongoing + k.kinds.role + Math.max(k.kinds.status, k.ragFills);
  if (structured >= DATA * k.filled) return 'structured';
  return k.kinds.narrative >= DATA * k.filled ? 'sentences' : null;
}
