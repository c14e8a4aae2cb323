import type { ColumnMap } from './assign-columns';
import { FOOTNOTE_MARK, NOTE_LABEL } from './is-note';
import { finishesPost } from './finishes-post';
import { actionOpensWithBullet } from './action-opens-with-bullet';
import { isPageFurniture, isRunningHead } from './is-running-head';
import type { SheetView } from './view-sheet';

/**
 * What a continuation row adds to the action above it: more lines of its action, progress or outcome, or the rest of
 * a lead wrapped onto the next line ('Deputy Director of' | 'People'); `why` says, for the user, why the row is the
 * action above's and no action of its own ("it finishes the sentence row 6's action breaks off at '…from', …").
 */
export type Continuation = Lines & { why: string };

/** The lines a continuation row adds, by field. */
type Lines = Partial<Record<ContinuedField, string>>;

/** The fields a continuation row adds lines to. */
export type ContinuedField = 'action' | 'progress' | 'outcome' | 'lead';

/** The only columns a continuation line may write in: the action's own narrative. */
const NARRATIVE = ['action', 'progress', 'outcome'] as const;
/**
 * Columns whose cells a narrow column wraps line by line in a PDF converted to Excel: the lead ('Head of Security /' |
 * 'Communications') and the indicator's label ('Indicator 2 – Relative likelihood' | 'of White staff being appointed').
 * A row may hold the rest of these only when its text shows it carries on the cells above (`readWrappedRow`).
 */
const WRAPPING = ['lead', 'indicator'] as const;
/** The end of a finished sentence: a full stop, question or exclamation mark, maybe inside a closing quote or bracket. */
const SENTENCE_END = /[.!?]["”’)]?$/;
/** A list item's marker: "•", "·", "▪", "–", "-", "*", "o" (Word's second-level bullet), "→", then a space or tab. */
const LIST_MARKER = /^\s*(?:[•·▪◦●○■□➢➤→✓*–-]|o(?=\s))\s*/;
/** Words no sentence ends on (an article, a preposition, a conjunction), or a comma: the sentence runs on. */
const RUNS_ON = /(?:\b(?:a|an|the|and|or|but|nor|of|to|in|into|on|onto|at|by|for|from|with|without|via|as|than|that|which|who|whose|including|between|across|within|their|our|its|every|each)|[,–—\-/&+])\s*$/i;
/** A line that starts in lower case carries on a sentence; a new action starts with a capital. */
const LOWER_START = /^\s*[a-z]/;

/**
 * Whether row `r` carries on the action that starts on row `start`, as a Word table pasted into Excel leaves it:
 * each paragraph of a cell on its own row (or a long cell wrapped onto the next row), the cells of one paragraph
 * merged down over them (or left empty). A continuation row writes only in the action's narrative columns — nothing
 * of its own under timescale, status, ref or any other column, and under the lead or the indicator only the rest of
 * their cells above, wrapped line by line as a PDF converted to Excel leaves them (`readWrappedRow`) — and either adds no action text (a
 * second paragraph of progress), adds a list item under an action that introduces one ("Improve declaration rates
 * through:" then "• a campaign…"), or finishes the sentence the action above broke off ("…with leavers from" then
 * "Bands 5 to 7."; "…on Datix, and" then "make sure every report…"). A bulleted row under a bulleted action is an
 * action of its own: that plan bullets every action. Returns the lines it adds, or null when the row is an action of
 * its own.
 *
 * @example
 * readContinuation(sheet, 6, texts[6], { action: 2, lead: 3, progress: 5 }, 5, 'Raise declaration rates by:'); // { action: '•\tprompts in ESR self-service…' }
 * // texts: the row's texts as profileRows holds them (the table's columns only); left: the table's first column
 * // (a lone text there is a heading); above: the action's text so far; last: the action's last row so far (the row
 * // above, or the last before a page's foot and the next page's head printed between).
 */
export function readContinuation(sheet: SheetView, r: number, texts: readonly { c: number; text: string }[], columns: ColumnMap, start: number, above: string, left = 0, last = r - 1): Continuation | null {
  // The cells above are read from the action's last row: a page's foot and head printed between are none of its.
  const end = last + 1;
  // Asked of every row under an action, and most rows are actions of their own: nothing is built for them.
  if (!writesOnlyNarrative(sheet, r, texts, columns)) return texts.length === 1 ? readDescriptionRow(sheet, r, texts[0], columns, start, left) : readPageSplitRow(sheet, r, texts, columns, start, end);
  let out: Lines | null = null;
  let lines = 0;
  let first = -1;
  let wrapping: Piece[] | null = null;
  for (let i = 0; i < texts.length; i++) {
    const c = texts[i].c;
    const m = sheet.merge(r, c);
    // A cell merged down from the row above (the block's indicator, the action's lead) is not this row's.
    if (m && (m.top !== r || m.left !== c)) continue;
    // A text merged across the row is a heading, whatever column it starts in.
    if (m && m.right > m.left) return null;
    const field = fieldAt(NARRATIVE, columns, c);
    const wraps = field ? undefined : fieldAt(WRAPPING, columns, c);
    if (wraps) {
      (wrapping ??= []).push({ field: wraps, c, text: sheet.text(r, c) });
      continue;
    }
    if (!field) return null;
    (out ??= {})[field] = sheet.text(r, c);
    if (first < 0) first = c;
    lines++;
  }
  if (wrapping !== null) return readWrappedRow(sheet, r, start, above, out ?? {}, wrapping, columns, end);
  if (lines === 0 || out === null) return null;
  // A note under the table ("Note: …", "Source: …", "* Metric 3 is measured at board level", "¹ …"), in whichever column,
  // is no line of the action above — unless that action introduces a list (ends with a colon) and the '*' is a bullet of it.
  const line = (out.action ?? out.progress ?? out.outcome)!.trim();
  const only = lines === 1 ? line : '';
  if (NOTE_LABEL.test(only) || (FOOTNOTE_MARK.test(only) && !/:\s*$/.test(above))) return null;
  // A number alone (a printed page's number) finishes no sentence and adds no progress.
  if (lines === 1 && texts.length === 1 && /^\d{1,3}$/.test(texts[0].text)) return null;
  // A lone text in the table's first column is a heading's place, not a further line of progress — unless it is
  // a finished sentence (headings do not end in a full stop): a plan may put its progress column first.
  const row = sheet.sheetRow(start);
  if (out.action === undefined) {
    // Nor a heading where the action's own cell, or its lead and timescale, are merged down over the row (a pasted Word
    // table's paragraph rows).
    if (first <= left && !SENTENCE_END.test(line) && !actionMergedOver(sheet, r, start, columns) && !sharedCells(sheet, r, start, columns)) return null;
    // A progress line may finish its column's sentence above ('…sessions are' | 'booked for January 2019.'): say so.
    const broken = (['progress', 'outcome'] as const).find((f) => out![f] !== undefined && breaksOff(textAbove(sheet, start, end, columns[f]!), out![f]!));
    return broken ? joined(out, row, 'sentence', textAbove(sheet, start, end, columns[broken]!), broken) : joined(out, row, 'paragraph');
  }
  if (breaksOff(above, out.action)) return joined(out, row, 'sentence', above);
  // A plan that opens every action with a bullet: a line without one carries the action above on, however it starts.
  if (carriesBulleted(sheet, start, columns, above, out.action)) return joined(out, row, 'bulleted', above);
  // A new sentence is the action's next paragraph when the action's own one-line cells are merged down over the row.
  const shared = sharedCells(sheet, r, start, columns);
  if (shared) return joined(out, row, 'merged', shared);
  const opening = ownText(sheet, start, columns.action!);
  // An action whose own cell already holds its list, item under item ('These will include:' then '• …' lines in the
  // cell), was written in Excel, not split by a paste: a bulleted cell under it is a cell of its own, an action.
  return LIST_MARKER.test(out.action) && opening !== '' && !LIST_MARKER.test(opening) && !listsInCell(opening) ? joined(out, row, 'list', opening) : null;
}

/** A list item opening a line of the cell after its first: the cell holds its own list, lines apart. */
const ITEM_LINE = /\n\s*(?:[•·▪◦●○■□➢➤→✓*–-]|o(?=\s))\s*\S/;

/**
 * Whether an action's cell holds list items on lines of its own after its opening ('A phased set of approaches. These
 * will include:' / '• open "ask the Board" sessions …' / '• Board development …'): the plan writes a list inside its
 * cell, as typed in Excel, where a Word table pasted into Excel leaves each paragraph on a row of its own. A bulleted
 * row under such a cell is then no item split off it.
 *
 * @example
 * listsInCell('These will include:\n• open sessions\n• Board development'); // true
 * listsInCell('Raise declaration rates by:'); // false
 */
function listsInCell(text: string): boolean {
  return ITEM_LINE.test(text);
}

/**
 * The bottom of a row a page break split ('…recognise bias at each stage of' | 'selection and to challenge it on panels…'):
 * the rest of the action's cells printed on the next page, its own action, ref, lead, timescale and status cells left
 * empty. It may write in a column the plan reads no field from (a 'Key actions' column of steps beside the action), which
 * a plain further line may not; so it counts as the action's only when a text of it in the action's narrative columns
 * finishes the sentence its column's cell above breaks off (no full stop above, and a line starting in lower case or
 * a cell ending on a word no sentence ends on). The texts in unread columns are kept nowhere, as their column is not.
 *
 * @example
 * // C15 'Managers able to recognise bias at each stage of', row 16: C 'selection and to challenge it…' | E 'six months.'
 * readPageSplitRow(sheet, 15, texts, { action: 1, outcome: 2, due: 3, lead: 5 }, 14); // { outcome: 'selection and…', why: 'it finishes the sentence row 15's outcome breaks off …' }
 */
function readPageSplitRow(sheet: SheetView, r: number, texts: readonly { c: number; text: string }[], columns: ColumnMap, start: number, end = r): Continuation | null {
  if (columns.action === undefined) return null;
  // (Built only once a text is kept: an action row is ruled out by its first text under the ref or the action column.)
  let out: Lines | null = null;
  let unread: number[] | null = null;
  for (const t of texts) {
    const m = sheet.merge(r, t.c);
    if (m && (m.top !== r || m.left !== t.c)) continue;
    if (m && m.right > m.left) return null;
    const field = fieldAt(NARRATIVE, columns, t.c);
    // The action's own text on the row would make it a new action (or a line of it, which readContinuation reads).
    if (field === 'action') return null;
    if (field) (out ??= {})[field] = sheet.text(r, t.c);
    else if (readsColumn(columns, t.c)) return null;
    else (unread ??= []).push(t.c);
  }
  if (unread === null || out === null) return null;
  const lines = out;
  const broken = (['progress', 'outcome'] as const).find((f) => lines[f] !== undefined && breaksOff(textAbove(sheet, start, end, columns[f]!), lines[f]!));
  if (!broken) return null;
  const others = fieldsOf(out).filter((f) => f !== broken);
  const cells = [...others.map((f) => `its ${f}`), ...unread.map((c) => `column ${sheet.letter(c)}`)];
  const why = `it finishes the sentence row ${sheet.sheetRow(start)}'s ${broken} breaks off at ${tail(textAbove(sheet, start, end, columns[broken]!))}, with the rest of ${listed(cells)}: the bottom of the row printed on the next page (a row split over a page break), and has no action, timescale or status of its own`;
  return { ...out, why };
}

/** At most this many words in an action's short title ('Improve data quality', 'Governing Body diversity'). */
const TITLE_WORDS = 6;
/** At least this many words in the description under it: a sentence saying what will be done. */
const DESCRIPTION_WORDS = 8;

/**
 * A description row under an action's SHORT TITLE ('Fair recruitment' | 'Head of Corporate Services' | 'September
 * 2016', then 'We will include a statement welcoming BME applicants in every advert …' merged across the action's and
 * the later columns): the plan writes each action as a title row and a description row, so the description is the
 * action's further text, not a heading over the next action. Read only where the one text starts in the action's
 * column (not the table's first, a heading's place), is merged across that row alone, and is a finished sentence of
 * eight words or more, and the action's own text above is a short title (six words at most, no sentence, no colon
 * introducing a list); a note ('Note: …', '* …') is none. Null otherwise.
 */
function readDescriptionRow(sheet: SheetView, r: number, cell: { c: number; text: string }, columns: ColumnMap, start: number, left: number): Continuation | null {
  const c = columns.action;
  if (c === undefined || cell.c !== c || c <= left) return null;
  const m = sheet.merge(r, c);
  if (!m || m.top !== r || m.bottom !== r || m.left !== c || m.right <= c) return null;
  const text = collapseSpaces(sheet.text(r, c));
  const title = ownText(sheet, start, c);
  if (!title || SENTENCE_END.test(title) || /:$/.test(title) || wordCount(title) > TITLE_WORDS) return null;
  if (!SENTENCE_END.test(text) || wordCount(text) < DESCRIPTION_WORDS || NOTE_LABEL.test(text) || FOOTNOTE_MARK.test(text)) return null;
  const row = sheet.sheetRow(start);
  return { action: sheet.text(r, c), why: `it describes row ${row}'s action under its short title '${title}', merged across the columns beside it (the plan writes each action as a title row and a description row): read with the title as the action's text, and it has no timescale or status of its own` };
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function wordCount(text: string): number {
  return text.split(' ').filter(Boolean).length;
}

/**
 * Whether each of the row's own texts sits in a narrative column, or in a lead or indicator column (which may wrap): a
 * text merged across the row, or under any other column, makes the row no continuation. Answered before anything is
 * built, as most rows under an action are actions of their own (a timescale, a status).
 */
function writesOnlyNarrative(sheet: SheetView, r: number, texts: readonly { c: number; text: string }[], columns: ColumnMap): boolean {
  for (let i = 0; i < texts.length; i++) {
    const c = texts[i].c;
    const m = sheet.merge(r, c);
    if (m && (m.top !== r || m.left !== c)) continue;
    if (m && m.right > m.left) return false;
    if (!mayContinue(columns, c)) return false;
  }
  return true;
}

/**
 * Column `c` is one of NARRATIVE's or WRAPPING's: asked of each text of every row under an action, so each field's
 * column is read by its name (the lists' loops look each up by a key that changes, the dearer look-up).
 */
function mayContinue(columns: ColumnMap, c: number): boolean {
  return c === columns.action || c === columns.progress || c === columns.outcome || c === columns.lead || c === columns.indicator;
}

/**
 * Whether the plan reads a field from column `c`. (A loop over the map, not a set of its columns built per row: every
 * action row after another is asked, and most are ruled out by their first text, under the ref or the action column.)
 */
function readsColumn(columns: ColumnMap, c: number): boolean {
  for (const f in columns) if (columns[f as keyof ColumnMap] === c) return true;
  return false;
}

/** The first of `fields` the plan reads from column `c`, if any. */
function fieldAt<F extends keyof ColumnMap>(fields: readonly F[], columns: ColumnMap, c: number): F | undefined {
  for (let i = 0; i < fields.length; i++) if (columns[fields[i]] === c) return fields[i];
  return undefined;
}

/**
 * A row's lines with why they are the action on `row`'s, for the user: a further paragraph of its progress, the rest of
 * the sentence its action (or its progress: `field`) breaks off (`text`: that column's text so far), or an item of the
 * list its action introduces (`text`: its opening line). Quotes the words the action breaks off at, or introduces the list with, so the user can find them.
 */
function joined(out: Lines, row: number, how: 'paragraph' | 'sentence' | 'list' | 'merged' | 'bulleted', text = '', field: (typeof NARRATIVE)[number] = 'action'): Continuation {
  const fields = fieldsOf(out);
  const rest = fields.filter((f) => f !== field);
  const more = rest.length ? `, with more of its ${listed(rest)}` : '';
  const own = `and has no ${out.action === undefined ? 'action, ' : ''}timescale or status of its own`;
  const why =
    how === 'paragraph' ? `it is a further paragraph of row ${row}'s ${listed(fields)} (a cell's paragraphs on rows of their own, as a Word table pasted into Excel leaves them), ${own}`
    : how === 'merged' ? `it is a further paragraph of row ${row}'s ${listed(fields)}: row ${row}'s ${text} ${text.includes(' and ') ? 'are' : 'is'} merged down over it (a Word table pasted into Excel puts each paragraph of a cell on a row of its own and merges the cells of one paragraph over them), ${own}`
    : how === 'bulleted' ? `${whyBulleted(row)}${more}, ${own}`
    : how === 'sentence' ? `it finishes the sentence row ${row}'s ${field} breaks off at ${tail(text)}${more} (a cell's text broken over rows, as a Word table pasted into Excel or a PDF converted to Excel leaves it), ${own}`
    : `it is an item of the list row ${row}'s action introduces (${tail(text)})${more}, each item on a row of its own as a Word table pasted into Excel leaves them, ${own}`;
  return { ...out, why };
}

/** The narrative fields a continuation row writes in, in the plan's order of reading. */
function fieldsOf(lines: Lines): string[] {
  return NARRATIVE.filter((f) => lines[f] !== undefined);
}

/** The action's own cells, one per action, that a pasted Word table merges down over its further paragraphs. */
const ONE_PER_ACTION = ['ref', 'lead', 'due', 'status'] as const;

/**
 * The action's own cells merged down from its row over row `r` ('lead and timescale'), when two of them are and the
 * table is a pasted Word table — an action's cell is merged down over rows of its own somewhere in the column, as one
 * paragraph beside a cell of several is — else null. A lead or timescale merged over a block of actions starts above
 * the action's row: that shares a value, it does not carry an action on.
 */
function sharedCells(sheet: SheetView, r: number, start: number, columns: ColumnMap): string | null {
  const names: string[] = [];
  for (const f of ONE_PER_ACTION) {
    const c = columns[f];
    if (c === undefined) continue;
    const m = sheet.merge(r, c);
    if (m && m.top === start && m.left === c) names.push(f === 'due' ? 'timescale' : f);
  }
  if (names.length < 2 || !mergesActionCells(sheet, columns.action!)) return null;
  return listed(names);
}

/** Whether the action's cell on row `start` is merged down over row `r`: the row is inside the action's own cell. */
function actionMergedOver(sheet: SheetView, r: number, start: number, columns: ColumnMap): boolean {
  const m = columns.action === undefined ? undefined : sheet.merge(r, columns.action);
  return m !== undefined && m.top === start && m.left === columns.action;
}

/** Sheets whose action column holds a cell merged down over rows, by column (looked for once per sheet and column). */
const MERGED_ACTION_COLUMNS = new WeakMap<SheetView, Map<number, boolean>>();

/** Whether some cell of column `c` is merged down over two rows or more: an action of one paragraph beside cells of several. */
function mergesActionCells(sheet: SheetView, c: number): boolean {
  const known = MERGED_ACTION_COLUMNS.get(sheet) ?? MERGED_ACTION_COLUMNS.set(sheet, new Map()).get(sheet)!;
  let merged = known.get(c);
  if (merged === undefined) {
    merged = false;
    for (let r = 0; r < sheet.height && !merged; r++) {
      const m = sheet.merge(r, c);
      merged = m !== undefined && m.top === r && m.left === c && m.right === c && m.bottom > r;
    }
    known.set(c, merged);
  }
  return merged;
}

/** The last words of a text, quoted, so the user can find where it breaks off: "'…with leavers from'". */
function tail(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 40 ? `'${flat}'` : `'…${flat.slice(-40).replace(/^\S*\s/, '')}'`;
}

/** A row's text in a lead or indicator column, which a continuation row may hold only as the rest of the cell above. */
interface Piece {
  field: (typeof WRAPPING)[number];
  c: number;
  text: string;
}

/**
 * A row that holds, besides the action's narrative, the rest of its lead or of the indicator's label: each cell
 * wrapped line by line, as a PDF converted to Excel leaves a table ('…BME representation at' | 'Band 8a and above…',
 * 'Deputy Director of' | 'People', 'Indicator 3 – Relative likelihood' | 'of BME staff entering the formal'). Every
 * such piece carries on the text above it in its column, from the action's row down: that text stops mid-phrase
 * (no full stop; a word no phrase ends on, a comma or a '/') or the piece starts in lower case. A lead's piece that
 * does neither ('Workforce Information' | 'Manager') carries on only where the row finishes the action's sentence above
 * ('Review the shortlisting records of the three' | 'divisions with the widest gap…' beside 'Equality & Diversity' |
 * 'Manager': a converter breaks the action and its lead over the same rows), or adds no action text while another of
 * its cells carries on. The action's text, if the row has some, must finish the sentence above — a new sentence with
 * its own lead is a new action.
 */
function readWrappedRow(sheet: SheetView, r: number, start: number, above: string, out: Lines, wrapping: readonly Piece[], columns: ColumnMap, end = r): Continuation | null {
  const breaks = out.action !== undefined && breaksOff(above, out.action);
  const bulleted = out.action !== undefined && carriesBulleted(sheet, start, columns, above, out.action);
  if (out.action !== undefined && !breaks && !bulleted) return null;
  const carries = wrapping.map((p) => {
    const before = textAbove(sheet, start, end, p.c);
    // A lead or a label with nothing above it in its column is the row's own: there is no cell above to carry on.
    return before !== '' && breaksOff(before, p.text);
  });
  const loose = wrapping.filter((p, i) => !carries[i]);
  // A lead line alone on its row that finishes the post above it ('Recruitment & Onboarding' | 'Manager'): Enter pressed
  // inside the lead's cell.
  const post = loose.length === 1 && wrapping.length === 1 && loose[0].field === 'lead' && fieldsOf(out).length === 0 ? finishesPost(textAbove(sheet, start, r, loose[0].c), loose[0].text) : null;
  if (loose.length > 0 && !post) {
    // Only a lead's last line may start like a name of its own: on a row whose action finishes the sentence above (it
    // starts no action, so its lead is no new action's), or, with no action text, while another of its cells carries on.
    // (Under a bulleted action the indicator's label runs down its column beside the action's lines, one line a row.)
    if (!bulleted && loose.some((p) => p.field !== 'lead')) return null;
    if (out.action === undefined && !carries.some(Boolean) && !continuesNarrative(sheet, start, end, out, columns)) return null;
  }
  const lead = wrapping.find((p) => p.field === 'lead');
  if (post) return { lead: lead!.text, why: `it holds only the rest of row ${sheet.sheetRow(start)}'s lead, split over two rows by Enter (${post}), and has no action, timescale or status of its own` };
  const cells = [...fieldsOf(out), ...wrapping.map((p) => (p.field === 'lead' ? 'lead' : "indicator's label"))];
  if (bulleted && !breaks) return { ...out, ...(lead ? { lead: lead.text } : {}), why: `${whyBulleted(sheet.sheetRow(start))}, with more of its ${listed(cells.slice(1))}, and has no timescale or status of its own` };
  const why = `it finishes row ${sheet.sheetRow(start)}'s ${listed(cells)} broken off on the line above (a table wrapped line by line, as a PDF converted to Excel leaves it), and has no timescale or status of its own`;
  return { ...out, ...(lead ? { lead: lead.text } : {}), why };
}

/**
 * Whether a line of action text carries on the action on row `start` because the plan bullets its actions: that action
 * opens with a bullet (`actionOpensWithBullet`), its sentence is not finished yet (`above`, its text so far, ends with
 * no full stop: a page's footer under a finished action carries nothing on), and the line has no bullet. Asked only of a
 * row writing nothing but the action's narrative (and the rest of its lead or label): a row with a timescale or status
 * is an action of its own.
 */
function carriesBulleted(sheet: SheetView, start: number, columns: ColumnMap, above: string, line: string): boolean {
  const before = above.trimEnd();
  if (columns.action === undefined || !before || SENTENCE_END.test(before) || /:$/.test(before) || LIST_MARKER.test(line)) return false;
  // A converter leaves one line a row: an action cell holding lines of its own ('• Set targets …' / '• Report …') was
  // typed in Excel, and a page's running head printed under it ('… – continued') is no line of it.
  if (ownText(sheet, start, columns.action).includes('\n') || isRunningHead(line) || isPageFurniture(line)) return false;
  return actionOpensWithBullet(sheet, start, columns.action);
}

/** Why a line without a bullet is the bulleted action's above, for the user. */
function whyBulleted(row: number): string {
  return `it carries on row ${row}'s action: the plan opens each action with a bullet, and this line has none (a table wrapped line by line, as a PDF converted to Excel leaves it)`;
}

/** 'action, lead and indicator's label'. */
function listed(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** A progress or outcome line that finishes the sentence its column's text above broke off. */
function continuesNarrative(sheet: SheetView, start: number, r: number, out: Lines, columns: ColumnMap): boolean {
  return (['progress', 'outcome'] as const).some((f) => out[f] !== undefined && breaksOff(textAbove(sheet, start, r, columns[f]!), out[f]!));
}

/** The nearest text above row `r` in column `c`, no higher than the action's row: what a wrapped line carries on. */
function textAbove(sheet: SheetView, start: number, r: number, c: number): string {
  for (let above = r - 1; above >= start; above--) {
    const text = ownText(sheet, above, c);
    if (text) return text;
  }
  return '';
}

/**
 * The action above stops mid-sentence and this line finishes it: no full stop above, and either the line starts in
 * lower case or the text above ends on a word no sentence ends on ("…interviews with leavers from").
 */
function breaksOff(above: string, line: string): boolean {
  const before = above.trimEnd();
  if (!before || SENTENCE_END.test(before) || /:$/.test(before) || LIST_MARKER.test(line)) return false;
  return LOWER_START.test(line) || RUNS_ON.test(before);
}

/** The cell's text when it is its own (not a cell merged down from the row above), else ''. */
function ownText(sheet: SheetView, r: number, c: number): string {
  const m = sheet.merge(r, c);
  if (m && (m.top !== r || m.left !== c)) return '';
  return sheet.text(r, c).trim() ? sheet.text(r, c) : '';
}
