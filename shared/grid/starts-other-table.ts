import type { Standard } from '../types';
import type { ColumnMap } from './assign-columns';
import { cellKind } from './cell-kind';
import { collapse, collapsedLongerThan } from './cell-text';
import { isFigure } from './is-figure';
import type { RowTexts } from './profile-rows';
import { readDefinitionRow, readGlossaryRow } from './read-glossary-row';
import { readKeyEntryRow } from './read-key-entry-row';
import { readLabelValueRow } from './read-label-value-row';
import { readSignOffRow } from './read-sign-off-row';
import { readUncolouredKeyRow } from './read-uncoloured-key-row';
import type { SheetView } from './view-sheet';
import { writesWords } from './writes-words';

/** A header's label is a few words ('Progress RAG key', 'Summary of changes'), never a sentence. */
const MAX_LABEL_WORDS = 4;
const MAX_LABEL = 32;
/** A year heading a column of figures ('Indicator | 2022 | 2023 | Change'). */
const YEAR = /^(?:19|20)\d{2}(?:[/-]\d{2,4})?$/;
/** An action says what is done in a few words at least; fewer is a label or a term. */
const MIN_ACTION_WORDS = 3;
/**
 * A column of a document's versions: 'Version', 'Version no.', 'Revision', 'Issue number'. A table headed so is the
 * plan's version history, whose rows describe changes to the document ('Comments from staff networks added' | 'EDI
 * Manager'), however much they look like actions.
 */
const VERSION_LABEL = /^(?:version|revision|rev|issue)(?:\s*(?:no|number|#))?\.?$/i;
/**
 * A column label that names only a document's versions ('Version', 'Version no.', 'Revision', 'Rev #'): never a plan's
 * column, wherever it sits. 'Issue' is left out: a plan may head the issue each action answers so.
 */
export const VERSION_ONLY_LABEL = /^(?:version|revision|rev)(?:\s*(?:no|number|#))?\.?$/i;
/**
 * A column label that names only a plan's sign-off — who approved, ratified or signed it off, and when ('Approved by',
 * 'Date approved', 'Signed off by', 'Ratified', 'Approval date'): a box recording the plan's approval, never a plan's
 * column. 'Next review' is left out: a plan may head when each action is next looked at so (a weak timescale).
 */
export const SIGN_OFF_ONLY_LABEL = /^(?:(?:approved|ratified|signed[\s-]?off)(?:\s+(?:by|on|at|date))?|(?:agreed|endorsed)\s+(?:by|on|at|date)|date\s+(?:approved|of\s+approval|ratified|signed[\s-]?off|agreed|endorsed)|(?:approval|ratification|sign[\s-]?off)(?:\s+date)?)\s*:?$/i;
/** A sign-off box's dated column: when the plan was approved or is next reviewed ('Date approved', 'Next review date'). */
export const SIGN_OFF_DATE_LABEL = /^(?:(?:approved|ratified|signed[\s-]?off|agreed|endorsed)\s+(?:on|date)|date\s+(?:approved|of\s+approval|ratified|signed[\s-]?off|agreed|endorsed)|(?:approval|ratification|sign[\s-]?off)\s+date|(?:next\s+)?review(?:\s+date)?|date\s+of\s+(?:next\s+)?review)\s*:?$/i;
/** A version history's title alone on its row: 'Document control', 'Version history', 'Revision history', 'Version control'. */
export const VERSION_TITLE = /^(?:document control|version (?:control|history)|revision history|change log)\s*:?$/i;
/** A glossary's title alone on its row: 'Glossary', 'Abbreviations used in this plan', 'Key terms', 'Acronyms:'. */
const GLOSSARY_TITLE = /^(?:glossary(?: of terms)?|abbreviations|acronyms|definitions|(?:key )?terms(?: used)?)(?: used)?(?: in this (?:plan|document|report))?\s*:?$/i;

/**
 * A row under the plan's actions that starts another small table, and no row of the plan's shape under it before the
 * next blank row (an action in words beside a lead, a timescale or a status in the plan's columns). The row is either
 * the table's header — short labels in two cells or more ('Progress RAG key | Meaning', 'Version | Date | Author |
 * Changes', 'Indicator | 2022 | 2023 | Change', 'Term | Meaning'), none of them a value of the plan's fields (no role,
 * date, timescale, status, ref or sentence); a version history's rows ('1.0 | 12/01/2024 | Comments from staff networks
 * added | EDI Manager') are its own whatever their shape — or the first row of a table the reader knows, which needs no header: a
 * sign-off box ('Sign-off', 'Approved by | People Committee | Date | 14 September 2023'), a line of labels and values
 * ('Review date:' | 'June 2026'), a glossary ('Glossary', 'DSN | Disability Staff Network'). The rows from it to that
 * blank row fill the plan's columns with another kind of content — meanings, versions, figures, who signed and when —
 * so none of them is an action (a sign-off box's 'Executive lead | Chief People Officer | Next review | March 2024'
 * neither). Returns the table's header or first row as written, or null.
 *
 * @example
 * startsOtherTable(sheet, texts, 17, columns, 'WDES'); // 'Progress RAG key | Meaning'
 * startsOtherTable(sheet, texts, 27, columns, 'WDES'); // 'Sign-off'
 * startsOtherTable(sheet, texts, 9, columns, 'WDES');  // null: 'Audit | EDI lead | Q3 | Complete' is an action's row
 */
export function startsOtherTable(sheet: SheetView, texts: RowTexts, r: number, columns: ColumnMap, standard: Standard | null): OtherTable | null {
  const row = texts[r];
  const kind = kindOfTable(sheet, texts, r, columns, standard);
  if (!kind) return null;
  // A version history's rows are changes to the document, whatever their shape; any other table's rows must have
  // none of the plan's, or they are the plan's actions under a row of short cells. The rows looked at end at the next
  // blank row, or where another table starts with no blank row between (a version history typed right under a sign-off).
  if (kind !== 'versions') {
    for (let k = r + 1; k < texts.length && texts[k].length > 0 && !kindOfTable(sheet, texts, k, columns, standard); k++) if (hasPlanShape(sheet, k, columns)) return null;
  }
  // A glossary in plain words has no header: its first row is a term, and says so. A header over figures says what it heads.
  const header = row.map((t) => collapse(t.text)).join(' | ');
  const first = kind === 'glossary' ? readDefinitionRow(row)?.why : kind === 'table' && headsFigures(texts, r) ? figuresWhy(texts[r + 1]) : undefined;
  return { header, kind, ...(first ? { why: first } : {}) };
}

/** A header's label over figures: a few words ('Declaration rate (ESR)', 'Staff in post at 31 March 2016', '%'), or a year. */
const FIGURES_LABEL_LENGTH = 40;

/**
 * A header over a table of figures: two labels or more, none of them a figure but a year (one in words at least), over
 * two rows at least that each give a name and then figures only ('Stourwell General Hospital NHS Trust' | '3.9%' |
 * '1.22' | '71.4%', 'White' | '3,204' | '58.3%'). Its labels may name indicators or posts ('Metric 2', 'Declaration
 * rate (ESR)'): what is under them says they head figures, not a plan's columns.
 */
function headsFigures(texts: RowTexts, r: number): boolean {
  const row = texts[r];
  // Asked of every row under the plan's actions: the rows under it are looked at first, by their last cells.
  if (row.length < 2 || r + 2 >= texts.length || !namesThenFigures(texts[r + 1]) || !namesThenFigures(texts[r + 2])) return false;
  let words = false;
  for (const t of row) {
    const text = collapse(t.text);
    if (text.length > FIGURES_LABEL_LENGTH || /:$/.test(text) || (isFigure(text) && !YEAR.test(text))) return false;
    words ||= writesWords(text);
  }
  return words;
}

/** A name in words, then two figures or more and nothing else ('Band 8a and above' | '402' | '7.5%'). */
function namesThenFigures(row: RowTexts[number]): boolean {
  if (row.length < 3 || !isFigure(row[row.length - 1].text) || !writesWords(row[0].text)) return false;
  for (let i = 1; i < row.length; i++) if (!isFigure(row[i].text)) return false;
  return true;
}

/** Why a header over figures heads no action, quoting the first row under it. */
function figuresWhy(first: RowTexts[number]): string {
  return `its cells head a table of figures under the plan, each row under it a name and figures only ('${first.map((t) => collapse(t.text)).join(' | ').slice(0, 60)}'), not an action's text, lead, timescale or status`;
}

/** What table a row starts, by its own cells alone: a header of short labels (a version history's, with a 'Version' column), or a row of a table the reader knows. */
function kindOfTable(sheet: SheetView, texts: RowTexts, r: number, columns: ColumnMap, standard: Standard | null): OtherTable['kind'] | null {
  const row = texts[r];
  if (headsTable(row)) return row.some((t) => VERSION_LABEL.test(collapse(t.text))) ? 'versions' : 'table';
  if (headsFigures(texts, r)) return 'table';
  return knownTable({ sheet, r, texts: row, columns, standard }) ?? (definesTerms(sheet, texts, r, columns, standard) ? 'glossary' : null);
}

/**
 * A glossary in plain words starts at row `r`: a block of its own (a blank row or a caption alone above it) opening
 * with two rows that each give a term and what it means ('Reasonable adjustment' | 'A change to a job…'), the second
 * perhaps a term and the words it abbreviates ('WDES' | 'The Workforce Disability Equality Standard…'). One row of a
 * term and a sentence could be an action named and described; a block opening with two saying what things are is a glossary.
 */
function definesTerms(sheet: SheetView, texts: RowTexts, r: number, columns: ColumnMap, standard: Standard | null): boolean {
  if (r === 0 || texts[r - 1].length > 1 || !readDefinitionRow(texts[r])) return false;
  const next = r + 1 < texts.length ? texts[r + 1] : [];
  return next.length > 0 && (readDefinitionRow(next) !== null || readGlossaryRow({ sheet, r: r + 1, texts: next, columns, standard }) !== null);
}

/**
 * Another table under the plan: its header or first row as written, and what it is — a table with a header of its
 * own, the plan's version history (a table with a 'Version' column), a sign-off box (who prepared, approved or leads
 * the plan, and when) or a glossary.
 */
export interface OtherTable {
  header: string;
  kind: 'table' | 'versions' | 'sign-off' | 'glossary';
  /** Why its first row is none of the plan's when that row is no header (a glossary's first term and its meaning). */
  why?: string;
}

/** A header of short labels, two of them words at least. */
function headsTable(row: RowTexts[number]): boolean {
  // A label is short (a year shorter still): a longer text is not tidied to find it is none.
  // Asked of every row under the plan's actions: a loop, not a closure per row, and the long action text ends it.
  if (row.length < 2) return false;
  for (let i = 0; i < row.length; i++) if (collapsedLongerThan(row[i].text, MAX_LABEL) || !isLabel(collapse(row[i].text))) return false;
  return row.filter((t) => writesWords(t.text)).length >= 2;
}

/** A row of a table that needs no header for the reader to know it: a version history's title, a sign-off, a label and its value, a glossary. */
function knownTable(x: Parameters<typeof readSignOffRow>[0]): OtherTable['kind'] | null {
  if (x.texts.length === 1 && VERSION_TITLE.test(collapse(x.texts[0].text))) return 'versions';
  if (readSignOffRow(x) || readLabelValueRow(x)) return 'sign-off';
  if ((x.texts.length === 1 && GLOSSARY_TITLE.test(collapse(x.texts[0].text))) || readGlossaryRow(x)) return 'glossary';
  return null;
}

/**
 * A column's label: a few words naming what is under it, or a year over figures. The text is tidied (`collapse`): its
 * words are parted by single spaces, so they are counted by its spaces, with no list built (every row under the plan's
 * actions is asked).
 */
function isLabel(text: string): boolean {
  if (YEAR.test(text)) return true;
  return text.length <= MAX_LABEL && spacesUpTo(text, MAX_LABEL_WORDS) < MAX_LABEL_WORDS && !/[:;]$/.test(text) && cellKind(text) === 'short';
}

/** How many spaces the text holds, counted no further than `n`. */
function spacesUpTo(text: string, n: number): number {
  let spaces = 0;
  for (let i = 0; i < text.length && spaces < n; i++) if (text.charCodeAt(i) === 32) spaces++;
  return spaces;
}

/**
 * An action as the plan writes one: words in the action column (what is done, not who: a role there is a name's
 * column of another table) beside a lead, a timescale or a status in their columns, and no date where the plan numbers
 * its rows or names their indicators (a version table's dates fall there: '0.1 | 15/02/2024 | …').
 */
function hasPlanShape(sheet: SheetView, r: number, columns: ColumnMap): boolean {
  const action = columns.action === undefined ? '' : collapse(sheet.text(r, columns.action));
  if (!writesWords(action) || action.split(/\s+/).length < MIN_ACTION_WORDS) return false;
  // A key's entry ('On target' filled green | 'Progressing as planned', or 'Not yet due' unfilled under the coloured ones)
  // is the key's, though its label falls under the status column and its meaning under the action column (the plan's
  // columns in another order, the key left where it was typed).
  const texts = [...Array(sheet.width).keys()].flatMap((c) => (sheet.text(r, c).trim() ? [{ c, text: collapse(sheet.text(r, c)) }] : []));
  if (readKeyEntryRow(sheet, r, texts, columns) || readUncolouredKeyRow(sheet, r, { top: 0, left: 0, right: sheet.width - 1 })) return false;
  const kind = (c: number | undefined) => (c === undefined ? 'empty' : cellKind(sheet.value(r, c)));
  if (kind(columns.action) === 'role' || kind(columns.indicator) === 'date' || kind(columns.ref) === 'date') return false;
  return kind(columns.lead) === 'role' || ['date', 'timescale', 'ongoing'].includes(kind(columns.due)) || kind(columns.status) === 'status';
}
