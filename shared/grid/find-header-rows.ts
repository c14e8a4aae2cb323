import type { Table } from './find-tables';
import type { RowTexts } from './profile-rows';
import { namesTwoFields, scoreHeaderRow, type HeaderRowScore } from './score-header-row';
import { collapse } from './cell-text';
import { SIGN_OFF_DATE_LABEL, SIGN_OFF_ONLY_LABEL, VERSION_ONLY_LABEL } from './starts-other-table';
import { cellKind, saysWhen } from './cell-kind';
import { scoreHeaderWords } from './header-words';
import { headsStackedTable } from './heads-stacked-table';
import { labelOpening, readLabelledValues } from './read-labelled-values';
import { bareLabelRow } from './bare-label-field';
import { isBlankRow } from './is-blank-row';
import type { SheetView } from './view-sheet';

/**
 * The header rows of a table. The best-scoring row is the plan's header; every other row that names
 * fields nearly as well (half its score or more, two fields at least), or repeats most of its cells, is
 * a header too: plans repeat their header at page breaks and under each section, often reworded. A
 * header with nothing under it yet (a new plan's empty template) is still the plan's header.
 *
 * @example
 * findHeaderRows(sheet, table, profileRows(sheet, table)).map((h) => h.row); // [3, 11, 19]
 */
export function findHeaderRows(sheet: SheetView, table: Table, texts?: RowTexts): HeaderRowScore[] {
  const candidates: HeaderRowScore[] = [];
  // Rows naming two fields short of a header's shape: one repeating the best header cell for cell is its copy.
  const shapeless: HeaderRowScore[] = [];
  for (let r = table.top; r <= table.bottom; r++) {
    // A header names two fields at least, so it has two cells at least: most rows need no scoring.
    if (texts && texts[r].length < 2) continue;
    // Nor does a row whose cells name fewer than two fields (an action's): it is not scored.
    if (!namesTwoFields(sheet, table, r)) continue;
    // A version history ('Version | Date | Author | Changes' over '1.5 | 10/01/2021 | EDI Lead | Q2 progress added') or
    // a sign-off box ('Approved by | Date approved | Next review' over 'People Committee | 12/05/2024 | May 2025'), above
    // the plan or under it, heads no plan: neither its header nor a row of it gives the plan's columns (holdout26
    // kellingworth's pledges were read under its dates and names).
    if (inDocumentRecord(sheet, table, r)) continue;
    const s = scoreHeaderRow(sheet, table, r);
    // Most of a header's cells read as header words; a row naming four fields or more is a header however many
    // columns of the plan's own it also has ("Budget", "Modified By").
    // A row naming two fields whose other cells are labels too ('What the Trust agreed', 'Network view'), over a row
    // writing a sentence, is a header whose other columns the reader has no words for: their contents say what they are.
    if (!(s.fields.length >= 2 && (s.shape >= 0.5 || s.fields.length >= 4 || labelsOverSentences(sheet, table, r)))) {
      if (s.fields.length >= 2) shapeless.push(s);
      continue;
    }
    // An action's row whose cells each write a value behind its field's label ('who: HR Advisor' | 'when: Sept 2017'),
    // the labels opening cells of the rows around it with other values, labels its own values: no header (a header names
    // its columns once; holdout30 larkwood's rows were read under one of them).
    if (!labelsOwnValues(sheet, table, r)) candidates.push(s);
  }
  if (candidates.length === 0) return [];
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  const bestTexts = new Set(best.cells.map((x) => x.text.toLowerCase()));
  const kept = candidates.filter((s) => {
    if (s === best) return true;
    // A row under the plan's header that writes a date where the header names its column gives an action's when: it is
    // a row of the table whose words happen to head columns ('Actions' | 'Launch a staff network with an executive
    // sponsor' | 'Director of Workforce' | 'Oct 2019' under 'Metric | Detail | Lead | By'), not a header. (The row right
    // under the header may be the header's second row: its years under a merged 'Timescale'.)
    if (s.row > best.row + 1 && writesDateUnderLabel(s, best)) return false;
    // Another header names what is done (a section's header, reworded or not), or is one header with the best (the
    // row right over or under it: field codes under the names). One naming only when, who and notes ('Version | Date |
    // Reviewed by | Comments') heads another small table, unless it repeats the plan's header.
    // (A group's heading row right under the header writing its lead and deadline behind labels, 'Lead: Head of
    // Resourcing', is no row of field names: a header names its columns, never a person or a date.)
    if (s.score >= 0.5 * best.score && (s.fields.includes('action') || (Math.abs(s.row - best.row) === 1 && !writesLabelledValue(s)))) return true;
    const shared = s.cells.filter((x) => bestTexts.has(x.text.toLowerCase())).length;
    if (shared >= 2 && shared >= 0.6 * s.cells.length) return true;
    // One of the plan's tables stacked down the sheet, with its own header and column order ('Who | What | When' under
    // its caption): its rows show it, an action's sentence beside a lead, a timescale or a status.
    const stacked = headsStackedTable(sheet, table, s);
    if (stacked) s.stacked = stacked;
    return stacked !== null;
  });
  // A header printed again part-way down repeats every row of the first: a second row of field codes under the names
  // ('REF | OBJ_ACT | …', kept for sitting right under the best) is a header wherever its copy sits.
  const key = (s: HeaderRowScore) => s.cells.map((x) => `${x.c}:${x.text.toLowerCase()}`).join('|');
  const keys = new Set(kept.map(key));
  // A header found by what its columns hold, printed again over the page's last few actions: the copy's few rows under
  // it may not show its shape, but it repeats the header cell for cell (holdout32 stourholme under repeatPageHeader).
  // (Asked of every shapeless row, often one per action: a key opens with its first cell's column, so a row whose first
  // text sits in another column is no copy and is spared building one.)
  const bestKey = key(best);
  const copies = shapeless.filter((s) => s.cells[0]?.c === best.cells[0]?.c && key(s) === bestKey);
  return [...candidates.filter((s) => kept.includes(s) || keys.has(key(s))), ...copies].sort((a, b) => a.row - b.row);
}

/**
 * Whether a cell of the row writes a field's value behind its label — a person or a time: 'Lead: Head of Resourcing',
 * 'Deliver by: March 2025' — as a group's heading row gives its actions' lead and deadline. A header's own explanation
 * behind a label ('Lead: name and job title', 'Status: RAG') is no value.
 *
 * @example
 * writesLabelledValue({ cells: [{ c: 2, text: 'Lead: Head of Resourcing\nDeliver by: March 2025' }] }); // true
 */
function writesLabelledValue(s: Pick<HeaderRowScore, 'cells'>): boolean {
  return s.cells.some((x) => Object.values(readLabelledValues(x.text)).some((v) => typeof v === 'string' && VALUE_KINDS.has(cellKind(v))));
}
const VALUE_KINDS = new Set(['role', 'date', 'timescale']);

/** How far from a row its labels are looked for again: a plan's next actions, a group row or two between. */
const NEAR_ROWS = 6;

/**
 * Whether the row writes two fields' values behind their labels ('who: HR Advisor', 'when: Sept 2017'), a label of it
 * opening a cell of a row nearby with another value ('who: Head of HR'): values labelled on every row, not a header
 * naming its columns (a header's 'Lead: name and job title' is written once, or again word for word at a page's top).
 */
function labelsOwnValues(sheet: SheetView, table: Table, r: number): boolean {
  const own = labelledCells(sheet, table, r);
  if (own === null || new Set([...own.values()].map((v) => v.field)).size < 2) return false;
  for (let k = Math.max(table.top, r - NEAR_ROWS); k <= Math.min(table.bottom, r + NEAR_ROWS); k++) {
    if (k === r) continue;
    for (const [label, v] of labelledCells(sheet, table, k) ?? []) if (own.has(label) && own.get(label)!.text !== v.text) return true;
  }
  return false;
}

/** The row's cells that write a value behind a field's label, by label ('who' → 'who: HR Advisor'); null for none. */
function labelledCells(sheet: SheetView, table: Table, r: number): Map<string, { text: string; field: string }> | null {
  let out: Map<string, { text: string; field: string }> | null = null;
  // Labels with no colon ('Owner' | 'Head of HR'), typed in pairs on the rows nearby too, label their values.
  for (const b of bareLabelRow(sheet, r) ?? []) {
    const label = b.label.toLowerCase();
    if (!out?.has(label)) (out ??= new Map()).set(label, { text: `${b.label} ${b.value.text}`, field: b.field });
  }
  for (let c = table.left; c <= table.right; c++) {
    const text = sheet.text(r, c);
    // A label has a colon or dash after it: most cells have neither, and are not looked at further.
    if (text.length < 4 || !/[:–—-]/.test(text)) continue;
    const o = labelOpening(text.trim());
    if (o && !out?.has(o.label)) (out ??= new Map()).set(o.label, { text: text.trim(), field: o.field });
  }
  return out;
}

/** A version history or sign-off box is a small table: a row further than this under its header is not looked at as one of its rows. */
const MAX_RECORD_ROWS = 20;

/** A version's number as a version history writes it: 0.1, 2, '1.2', 'v3', 'V1.0'. */
const VERSION_NUMBER = /^v?\d{1,3}(?:\.\d{1,3}){0,2}$/i;

/**
 * Whether the row heads a record of the document itself — a version history or a sign-off box — or is one of its rows:
 * it names a document's versions ('Version', 'Version no.', 'Revision') or its approval ('Approved by', 'Date approved',
 * 'Signed off', 'Ratified'; never beside a column naming what is done, as a plan's own 'Approved by' column is), or such
 * a header stands a few rows above it with the record's mark on every row down to it — a version's number under
 * 'Version', a date under the box's dated column ('Date approved', 'Next review'). A plan's header typed right under the
 * record, no blank row between, is no row of it. Asked only of the rows that name two fields.
 */
function inDocumentRecord(sheet: SheetView, table: Table, r: number): boolean {
  for (let k = r; k >= Math.max(table.top, r - MAX_RECORD_ROWS); k--) {
    const record = recordColumn(sheet, table, k);
    if (record === null) {
      // A blank row ends the search: a record is one block of rows.
      if (isBlankRow(sheet, table, k)) return false;
      continue;
    }
    if (record.c === null) return k === r;
    for (let j = k + 1; j <= r; j++) if (!record.marks(sheet.text(j, record.c).trim())) return false;
    return true;
  }
  return false;
}

/**
 * The row as a record's header: the column whose cell marks each of its rows (a version's number, a sign-off's date;
 * null for a sign-off box with no dated column, whose rows are not told apart) and that mark; null when the row heads
 * no record.
 */
function recordColumn(sheet: SheetView, table: Table, r: number): { c: number | null; marks: (text: string) => boolean } | null {
  let signOff = false;
  let dated: number | null = null;
  for (let c = table.left; c <= table.right; c++) {
    const text = sheet.text(r, c);
    if (text === '' || text.length > 24) continue;
    const label = collapse(text);
    if (VERSION_ONLY_LABEL.test(label)) return { c, marks: (t) => VERSION_NUMBER.test(t) };
    if (SIGN_OFF_ONLY_LABEL.test(label)) signOff = true;
    if (dated === null && SIGN_OFF_DATE_LABEL.test(label)) dated = c;
  }
  if (!signOff || namesAction(sheet, table, r)) return null;
  return { c: dated, marks: saysWhen };
}


/** Whether a cell of the row names what is done ('Action', 'Our commitments'): a plan's header, whatever else it names. */
function namesAction(sheet: SheetView, table: Table, r: number): boolean {
  for (let c = table.left; c <= table.right; c++) {
    const text = sheet.text(r, c);
    if (text !== '' && scoreHeaderWords(text).some((w) => w.field === 'action' && w.score >= 0.5)) return true;
  }
  return false;
}


/** At most this many words in a label: a header names its column in a few words. */
const LABEL_WORDS = 6;

/**
 * Whether every cell of row `r` is a label (a few words of text, no sentence, no date, no figure) and the next row
 * with text under it writes a sentence in a column the row labels: a header's shape shown by the contrast with the
 * rows below, where its words are not the reader's.
 */
function labelsOverSentences(sheet: SheetView, table: Table, r: number): boolean {
  const labelled: number[] = [];
  for (let c = table.left; c <= table.right; c++) {
    const text = collapse(sheet.text(r, c));
    if (!text) continue;
    const value = sheet.value(r, c);
    // The words are counted before the cell's kind is asked: a long cell (an action's paragraph, not cached by its
    // kind's memo) is ruled out by its words alone, and telling its kind read it all again for every row scored.
    if (typeof value !== 'string' || wordsMoreThan(text, LABEL_WORDS)) return false;
    const kind = cellKind(value);
    if (kind === 'narrative' || kind === 'date') return false;
    labelled.push(c);
  }
  let k = r + 1;
  while (k <= table.bottom && labelled.every((c) => sheet.text(k, c) === '')) k++;
  return k <= table.bottom && labelled.some((c) => cellKind(sheet.value(k, c)) === 'narrative');
}

/**
 * Whether a collapsed text (single spaces, trimmed) has more than `n` words: `text.split(' ').length > n`, counted by
 * its spaces with no list built and no look past the (n+1)th word.
 */
function wordsMoreThan(text: string, n: number): boolean {
  let spaces = 0;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) if (++spaces >= n) return true;
  return false;
}

/**
 * The row writes a date or a timescale ('Oct 2019', 'Q3 2019/20', no header word) in a column the header names with a
 * label, beside a sentence: it gives an action's when where the header names the column. (A row of header words with a
 * date among them and no sentence — 'Timescale' | 31/12/2024 | 'Lead' — says nothing an action would: left as it was.)
 */
function writesDateUnderLabel(s: HeaderRowScore, best: HeaderRowScore): boolean {
  if (!s.cells.some((x) => cellKind(x.text) === 'narrative')) return false;
  for (const cell of s.cells) {
    if (!saysWhen(cell.text) || scoreHeaderWords(cell.text).length > 0) continue;
    const label = best.cells.find((x) => x.c === cell.c);
    if (label && !saysWhen(label.text)) return true;
  }
  return false;
}

