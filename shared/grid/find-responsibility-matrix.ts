import type { ColumnEvidence } from '../types';
import { cellKind } from './cell-kind';
import { collapse } from './cell-text';
import type { Table } from './find-tables';
import { scoreHeaderWords } from './header-words';
import { responsibilityMark, type ResponsibilityMark } from './responsibility-mark';
import type { SheetView } from './view-sheet';

/** Columns each headed by a role, a letter or tick under each saying what the role does for the action. */
export interface ResponsibilityMatrix {
  /** Each role column and its header as written ('Head of OD'): the lead when the row marks it as leading. */
  columns: { c: number; role: string }[];
  /** Other columns under the matrix's label ('Budget' under 'Responsibility'): the label names no field of theirs. */
  alsoUnderLabel: number[];
  evidence: ColumnEvidence;
}

// A label over role columns that names who does what: 'Responsibility', 'Who', 'Lead(s)', 'RACI', 'Roles'.
const RACI = /\b(?:ra(?:s)?ci|roles?)\b/i;
/** Without such a label, fewer role columns than this are no matrix (two could be 'Lead' and 'Sponsor' ticks). */
const MIN_UNLABELLED = 3;
/** The share of a column's filled cells that must be responsibility marks. */
const MARKED = 0.8;
/** Rows that must name a lead by their marks for the columns to be the plan's lead. */
const MIN_LEADS = 2;

/**
 * Finds a responsibility matrix: a column per role ('Director of Workforce | Head of OD | Equality Lead'), under a
 * label naming who does what ('Responsibility', 'RACI', 'Who') or, with none, three roles or more, each cell a letter
 * ('R' responsible, 'A' accountable, 'S' supports, 'C', 'I') or a tick. The role marked responsible is the action's
 * lead — who does the work, as the reader's lead is everywhere ('Operational lead' over 'Exec lead'); a role
 * accountable for it is the lead only where no role is marked responsible; a tick marks the lead where the matrix
 * has no letters. A column that is no role (a 'RAG' of 'R' / 'A' / 'G') is never part of one.
 *
 * @example
 * findResponsibilityMatrix(sheet, table, [3, 4], rows)?.columns.map((x) => x.role); // ['Director of Workforce', 'Head of OD', …]
 */
export function findResponsibilityMatrix(sheet: SheetView, table: Table, band: readonly number[], rows: readonly number[]): ResponsibilityMatrix | null {
  const last = band[band.length - 1];
  const labelled: { c: number; role: string }[] = [];
  const unlabelled: { c: number; role: string }[] = [];
  const unmarked: number[] = [];
  let label = '';
  for (let c = table.left; c <= table.right; c++) {
    const role = collapse(sheet.text(last, c));
    if (!role || role.length > 60) continue;
    const above = responsibilityLabel(sheet, band, c);
    const under = above !== '';
    if (!under && cellKind(role) !== 'role') continue;
    if (!holdsMarks(sheet, c, rows)) {
      if (under) unmarked.push(c);
      continue;
    }
    if (under) label ||= above;
    (under ? labelled : unlabelled).push({ c, role });
  }
  const columns = labelled.length >= 2 ? labelled : unlabelled.length >= MIN_UNLABELLED ? unlabelled : null;
  if (!columns) return null;
  const seen = marksSeen(sheet, columns, rows);
  if (seen.leads < MIN_LEADS) return null;
  const from = sheet.letter(columns[0].c);
  const to = sheet.letter(columns[columns.length - 1].c);
  const named = `'${columns[0].role}' … '${columns[columns.length - 1].role}'`;
  return {
    columns,
    alsoUnderLabel: columns === labelled ? unmarked : [],
    evidence: {
      field: 'lead', column: from, header: label || named, confidence: 0.9, source: 'header',
      reason: `Lead: ${describeLead(seen.texts)}${label ? ` under '${label}'` : ''} (a responsibility matrix: columns ${from}–${to}, ${named})${describeOthers(seen.texts)}`,
    },
  };
}

/**
 * The label above a column on the header's upper rows, nearest first, that names who does what ('Responsibility'
 * merged over the role columns, under a group row such as 'DELIVERY'); '' when none does.
 */
function responsibilityLabel(sheet: SheetView, band: readonly number[], c: number): string {
  for (let i = band.length - 2; i >= 0; i--) {
    const m = sheet.merge(band[i], c);
    const text = collapse(m ? sheet.text(m.top, m.left) : sheet.text(band[i], c));
    if (text && namesResponsibility(text)) return text;
  }
  return '';
}

/** A label that names who does what: a lead header word ('Responsibility', 'Who') or 'RACI', 'Roles'. */
function namesResponsibility(label: string): boolean {
  if (RACI.test(label)) return true;
  const top = scoreHeaderWords(label)[0];
  return top !== undefined && top.field === 'lead' && top.score >= 0.5;
}

/** Whether a column's cells are (nearly) all responsibility marks, with one or none filled at all: no values of its own. */
function holdsMarks(sheet: SheetView, c: number, rows: readonly number[]): boolean {
  let filled = 0;
  let other = 0;
  for (const r of rows) {
    const text = sheet.text(r, c);
    if (!text.trim()) continue;
    filled++;
    // Most columns hold names or words: the first few such cells rule them out.
    if (!responsibilityMark(text) && ++other > (1 - MARKED) * rows.length) return false;
  }
  return other <= (1 - MARKED) * filled;
}

/** The marks the matrix holds, as first written, by what they say, and how many rows mark a lead. */
function marksSeen(sheet: SheetView, columns: readonly { c: number }[], rows: readonly number[]) {
  const texts = new Map<ResponsibilityMark, string[]>();
  let leads = 0;
  for (const r of rows) {
    let leadOnRow = false;
    for (const { c } of columns) {
      const text = collapse(sheet.text(r, c));
      const mark = text ? responsibilityMark(text) : null;
      if (!mark) continue;
      const list = texts.get(mark) ?? [];
      if (!list.some((t) => t.toLowerCase() === text.toLowerCase())) texts.set(mark, [...list, text]);
      if (mark !== 'involved') leadOnRow = true;
    }
    if (leadOnRow) leads++;
  }
  return { texts, leads };
}

const quoted = (texts: readonly string[] | undefined) => (texts ?? []).map((t) => `'${t}'`).join(', ');

/** Which role is the lead, in the matrix's own marks. */
function describeLead(texts: ReadonlyMap<ResponsibilityMark, string[]>): string {
  const responsible = texts.get('responsible');
  const accountable = texts.get('accountable');
  if (responsible && accountable) return `the role marked ${quoted(responsible)} (responsible: who does the work; ${quoted(accountable)}, accountable, only where no role is)`;
  if (responsible) return `the role marked ${quoted(responsible)}`;
  if (accountable) return `the role marked ${quoted(accountable)} (accountable)`;
  return `the role ticked (${quoted(texts.get('tick'))})`;
}

/** The marks that are no lead, said so. */
function describeOthers(texts: ReadonlyMap<ResponsibilityMark, string[]>): string {
  const involved = texts.get('involved');
  if (!involved) return '';
  return `; ${quoted(involved)} ${involved.length === 1 ? 'marks a role' : 'mark roles'} that ${/^s/i.test(involved[0]) && involved.length === 1 ? 'supports' : 'take part'}, not the lead`;
}
