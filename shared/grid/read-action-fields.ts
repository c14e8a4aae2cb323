import { readLabelledRecord } from './read-labelled-record';
import { readTrailingLead } from './read-trailing-lead';
import { placeMisplacedValues } from './place-misplaced-values';
import { splitWhoWhen } from './split-who-when';
import { readLeadAndDueSentence } from './read-lead-and-due-sentence';
import type { CellValue, FieldSource, PlanField } from '../types';
import type { ColumnMap } from './assign-columns';
import { findDueInText } from './find-due-in-text';
import type { Timetable } from './find-timetable';
import { readDueColumns, type DueColumns } from './read-due-columns';
import { fieldOfLabelCell, readLabelledValues } from './read-labelled-values';
import { bareLabelRow } from './bare-label-field';
import { readCurrentDue } from './read-current-due';
import { readCurrentLead } from './read-current-lead';
import { withoutEditorsNote } from './without-editors-note';
import { readLastMilestone } from './read-last-milestone';
import { readTimetableDue } from './read-timetable-due';
import type { Roadmap } from './find-roadmap';
import { readRoadmapRow } from './read-roadmap-row';
import type { SheetView } from './view-sheet';
import { withoutHistoryNote } from './without-history-note';

/** Who, then their lead in a closing bracket ('Operations Managers (lead: Ravi Chaudhry)'): a team and its named lead. */
const LEAD_OF_TEAM = /^\s*[^():\n]*\p{L}[^():]*\(\s*(?:lead|led by|lead officer)\s*:\s*[^()]+\)\s*$/iu;

/** Fields whose values a plan may write inside another cell when it has no column for them. */
const LABELLED: ('lead' | 'due' | 'status')[] = ['lead', 'due', 'status'];

/**
 * One action row's fields. Each field comes from its column; a plan with no lead, timescale or status
 * column may write them inside a cell behind a label ("LEAD: Head of OD"), and a timescale may close
 * the action's own sentence ("…by March 2022"). Each value says where it was found.
 *
 * @example
 * readActionFields(sheet, 7, { action: 1 }, { action: 'B' }).fields.due; // 'March 2022' (from "…by March 2022")
 * // keyColumn: a column whose header carries the key; its text may state the status when no status column does.
 * // labelled: whether cells under this header hold labelled values at all (most plans' do not).
 * // timetable: with no timescale column, the delivery timetable whose last marked period is the timescale.
 * // dueColumns: a timescale over several columns ('Qtr' | 'Year', 'Original date' | 'Revised date'), read together.
 * // roadmap: with no action column, the period columns each action is written in: the period's header is its timescale.
 * // leadWithDue: with no timescale column, the lead column is headed for who and when ('Who / when'): its cells hold both.
 * // dueMilestones: the timescale column lists each action's milestones ('- Q2: …' / '- Q3: …'): the last one's date is read.
 */
export function readActionFields(sheet: SheetView, r: number, columns: ColumnMap, cells: Partial<Record<PlanField | 'id', string>>, keyColumn?: number, labelled = true, timetable?: Timetable, dueColumns?: DueColumns, roadmap?: Roadmap, dueMilestones = false, leadWithDue = false) {
  // Written out field by field so every action's record has the same shape (faster over 10,000 rows).
  const fields: Record<PlanField, string> = {
    ref: at(sheet, r, columns.ref), indicator: at(sheet, r, columns.indicator), hia: at(sheet, r, columns.hia), theme: at(sheet, r, columns.theme),
    objective: at(sheet, r, columns.objective), action: at(sheet, r, columns.action), lead: at(sheet, r, columns.lead), due: at(sheet, r, columns.due),
    status: at(sheet, r, columns.status), progress: at(sheet, r, columns.progress), outcome: at(sheet, r, columns.outcome), completed: at(sheet, r, columns.completed),
  };
  const sources: Partial<Record<'action' | 'lead' | 'due' | 'status' | 'progress' | 'theme', FieldSource>> = {};
  // The timescale cell's value, read once: it is the due value unless a label or another column gives one, and it tells
  // whether the due read is the cell as the sheet shows it.
  const dueCell: CellValue = columns.due === undefined ? null : sheet.value(r, columns.due);
  let dueValue: CellValue = dueCell;
  let rowCells = cells;
  let dueAt = columns.due;
  for (const f of LABELLED) {
    if (columns[f] === undefined) continue;
    sources[f] = { kind: 'column', cell: sheet.address(r, columns[f]!) };
    // A column may hold several labelled values ("LEAD: Head of OD / Timeframes: Q3 2019/20"): its own is the one.
    const own = labelled ? readLabelledValues(fields[f])[f] : undefined;
    // A lead cell naming who, then the one who leads them in a bracket ('HR and Workforce Team (lead: S. Barraclough)'):
    // the whole cell is the lead, the bracket part of it.
    if (own && f === 'lead' && LEAD_OF_TEAM.test(fields.lead)) {
      sources.lead = { kind: 'column', cell: sheet.address(r, columns.lead!), why: `Lead: the whole cell, who and, in its bracket, the one leading them ('${fields.lead.replace(/\s+/g, ' ').trim()}')` };
      continue;
    }
    if (own) {
      fields[f] = own;
      if (f === 'due') dueValue = own;
      sources[f] = { kind: 'label', cell: sheet.address(r, columns[f]!) };
    }
  }
  // A value typed into the neighbouring field's column ('end Q4' under Lead, 'Priya Lal' under Due): read as the field it is.
  if (sources.lead?.kind !== 'label' && sources.due?.kind !== 'label' && sources.status?.kind !== 'label' && !leadWithDue && !dueColumns) {
    for (const p of placeMisplacedValues(sheet, r, columns, fields)) {
      fields[p.field] = p.text;
      sources[p.field] = { kind: 'column', cell: sheet.address(r, p.c), why: p.why };
      rowCells = { ...rowCells, [p.field]: sheet.letter(p.c) };
      if (p.field === 'due') {
        dueValue = p.value;
        dueAt = p.c;
      }
    }
  }
  // An editor's query typed after the lead or the date in a working draft ('Head of OD (NB check with Sarah)'): not theirs.
  takeWithoutEditorsNote(fields, sources, 'lead');
  if (!dueColumns && takeWithoutEditorsNote(fields, sources, 'due')) dueValue = fields.due;
  // A lead cell keeping the hand-over ('… (left Oct 16) – now Education Lead'): who holds the action now.
  const handed = sources.lead?.kind === 'column' ? readCurrentLead(fields.lead, sources.lead.cell) : null;
  if (handed) {
    fields.lead = handed.lead;
    sources.lead = { ...sources.lead!, why: handed.why };
  }
  // Who and when typed in one cell under a 'Who / when' header ('KM – end Q2'): the lead is the name, the due the timescale.
  // Written as one sentence ('The Head of Recruitment will own this … by December 2016.'): the post it opens with, the date it closes on.
  const sentence = leadWithDue && sources.lead?.kind === 'column' ? readLeadAndDueSentence(fields.lead) : null;
  // The date a who / when value says the work starts on ('from Jan 24'): the action then has no due, read nowhere else.
  let start: string | undefined;
  const shared = sentence ?? (leadWithDue && sources.lead?.kind === 'column' ? splitWhoWhen(fields.lead) : null);
  if (shared) {
    const cell = sources.lead!.cell;
    start = 'start' in shared ? (shared as { start?: string }).start : undefined;
    fields.lead = shared.lead;
    fields.due = shared.due;
    dueValue = shared.due;
    rowCells = { ...rowCells, due: rowCells.lead };
    const timing = start ? `the date '${start}' it starts on` : `its timescale '${shared.due}'`;
    const named = sentence ? `Lead: '${shared.lead}', the post the sentence in ${cell} opens with (its due '${shared.due}' the date it closes on)` : `Lead: '${shared.lead}', the name in ${cell} beside ${timing}`;
    sources.lead = { ...sources.lead!, why: shared.lead ? named : `Lead: none — ${cell} gives only a timescale` };
    // A date the work only starts on ('from Jan 24') is no due: the action has none, and the user is told why.
    if (start) delete sources.due;
    else sources.due = { kind: 'column', cell, why: `Timescale: '${shared.due}', the timing in ${cell}, whose header names who and when` };
  }
  // An action's text closing on a note of its earlier wording ('[Reworded Sept 16 – original: "…"]'): the action is what it says now.
  const reworded = columns.action === undefined ? null : withoutHistoryNote(fields.action);
  if (reworded) {
    fields.action = reworded.action;
    sources.action = { kind: 'column', cell: sheet.address(r, columns.action!), why: `Action: the text before the note ${reworded.note.length > 60 ? `${reworded.note.slice(0, 59)}…` : reworded.note}, which keeps the action's earlier wording (history)` };
  }
  // An action cell kept as a record of labelled lines, the first the action's own ('What we will do: …' over 'Lead: …',
  // 'Timescale: …', 'Progress (Q2): …'): the action is that line's words; its lead, due and status are read behind their
  // labels as in any cell, and its progress and success lines fill the fields the plan has no column for.
  const record = columns.action === undefined ? null : readLabelledRecord(fields.action);
  if (record) {
    fields.action = record.action;
    sources.action = { kind: 'column', cell: sheet.address(r, columns.action!), why: record.why };
    if (columns.progress === undefined && !fields.progress) fields.progress = record.progress;
    if (columns.outcome === undefined && !fields.outcome) fields.outcome = record.outcome;
  }
  // A timescale cell holding more than the date now worked to: a moved date, a timeline, a note after the date.
  const current = sources.due && !dueColumns ? readCurrentDue(fields.due, sources.due.cell) : null;
  if (current) {
    fields.due = current.due;
    dueValue = current.due;
    if (current.note && !fields.progress) fields.progress = current.note;
    sources.due = { ...sources.due!, why: current.why };
  }
  const milestone = dueMilestones && sources.due?.kind === 'column' ? readLastMilestone(fields.due, true) : null;
  if (milestone) {
    fields.due = milestone.due;
    dueValue = milestone.due;
    const cell = sheet.address(r, columns.due!);
    sources.due = { kind: 'column', cell, why: `Timescale: ${milestone.due}, the last milestone in ${cell}${milestone.steps > 1 ? ` (of ${milestone.steps})` : ''}` };
  }
  if (dueColumns) {
    const read = readDueColumns(sheet, r, dueColumns);
    fields.due = read.text;
    dueValue = read.value;
    dueAt = read.c;
    sources.due = { kind: 'columns', cell: sheet.address(r, read.c), why: read.why };
    rowCells = { ...rowCells, due: sheet.letter(read.c) };
  }
  const placed = roadmap ? readRoadmapRow(sheet, r, roadmap) : null;
  if (placed) {
    fields.action = placed.action;
    rowCells = { ...rowCells, action: sheet.letter(placed.c) };
    sources.action = { kind: 'period', cell: sheet.address(r, placed.c), why: placed.where };
    if (columns.due === undefined && !fields.due) {
      fields.due = placed.due;
      dueValue = placed.due;
      // The cell read is the action's own: where it stands says when (a text written there is no timescale of its own).
      sources.due = { kind: 'period', cell: sheet.address(r, placed.c), why: placed.why };
      rowCells = { ...rowCells, due: sheet.letter(placed.c) };
    }
  }
  if (columns.lead === undefined || columns.due === undefined || columns.status === undefined) {
    const found = labelled ? labelledInRow(sheet, r, columns) : {};
    for (const f of LABELLED) {
      // A due the who / when cell gave (or said is only a start) is not read again from that cell's words.
      if (columns[f] !== undefined || !found[f] || (f === 'due' && (sources.due || start))) continue;
      fields[f] = found[f]!.value;
      sources[f] = { kind: 'label', cell: sheet.address(r, found[f]!.c) };
      rowCells = { ...rowCells, [f]: sheet.letter(found[f]!.c) };
      if (f === 'due') dueValue = found[f]!.value;
    }
    // Who and when closing the action's line after dashes or in a bracket ('… – Head of Resourcing – March 2024') in a
    // plan with no column for them, as a list typed in Word writes each item.
    const trailer = columns.action !== undefined && columns.lead === undefined && !fields.lead ? readTrailingLead(fields.action) : null;
    if (trailer) {
      const cell = sheet.address(r, columns.action!);
      fields.lead = trailer.lead;
      sources.lead = { kind: 'action text', cell, why: `Lead: '${trailer.lead}', set off by ${trailer.by} after the action's words, beside its date` };
      rowCells = { ...rowCells, lead: cells.action! };
      if (columns.due === undefined && !fields.due) {
        fields.due = trailer.due;
        dueValue = trailer.due;
        sources.due = { kind: 'action text', cell, why: `Timescale: '${trailer.due}', set off by ${trailer.by} after the action's words, beside its lead` };
        rowCells = { ...rowCells, due: cells.action! };
      }
    }
    const due = columns.due === undefined && !fields.due && !start ? dueOutsideColumns(sheet, r, fields.action, columns.action, cells, timetable) : null;
    if (due) rowCells = { ...rowCells, due: due.letter };
    if (due?.text) {
      fields.due = due.text;
      dueValue = due.text;
      sources.due = { kind: due.kind, cell: sheet.address(r, due.c) };
    }
  }
  // A status is a few words at the start of the keyed cell ("Completed - August 2016"): no more is needed.
  const keyed = keyColumn === undefined ? '' : sheet.text(r, keyColumn).slice(0, 80);
  // A date whose text is as its format shows it, even when that is the value's own ISO day ('2022-06-30').
  const dueShown = dueAt !== undefined && dueValue === (dueAt === columns.due ? dueCell : sheet.value(r, dueAt)) && sheet.shown(r, dueAt);
  return { fields, dueValue, dueShown, cells: rowCells, sources, keyedText: keyed };
}

/** The row's text in a field's column, '' when the plan has no such column (a function, not a closure built per row). */
function at(sheet: SheetView, r: number, c: number | undefined): string {
  return c === undefined ? '' : sheet.text(r, c);
}

/**
 * With no timescale column: the plan's delivery timetable says when (its columns are where the plan puts
 * timescales, so a date in the action's sentence is about the work, not its due; a row marked nowhere has no
 * timescale, and its first period is where one belongs); without one, a date that closes the action's sentence
 * ("…by March 2022").
 */
function dueOutsideColumns(sheet: SheetView, r: number, action: string, actionColumn: number | undefined, cells: Partial<Record<PlanField | 'id', string>>, timetable: Timetable | undefined): { text: string; letter: string; c: number; kind: FieldSource['kind'] } | null {
  if (timetable) {
    const read = readTimetableDue(sheet, r, timetable);
    const c = read?.c ?? timetable.columns[0];
    return { text: read?.text ?? '', letter: sheet.letter(c), c, kind: 'period' };
  }
  const due = actionColumn === undefined ? null : findDueInText(action);
  return due ? { text: due, letter: cells.action!, c: actionColumn!, kind: 'action text' } : null;
}

/** Labelled values in the row's cells, action cell first; the first label of each kind wins. */
function labelledInRow(sheet: SheetView, r: number, columns: ColumnMap) {
  const out: Partial<Record<'lead' | 'due' | 'status', { value: string; c: number }>> = {};
  const order: number[] = [];
  if (columns.action !== undefined) order.push(columns.action);
  for (let c = 0; c < sheet.width; c++) if (c !== columns.action) order.push(c);
  // Labels with no colon typed in pairs on the rows nearby too ('Owner' | 'Head of HR'): each gives its value.
  const pairs = bareLabelRow(sheet, r);
  for (const c of order) {
    const text = sheet.text(r, c);
    const pair = pairs?.find((b) => b.c === c);
    if (pair && !out[pair.field]) out[pair.field] = { value: pair.value.text, c: pair.value.c };
    if (!text) continue;
    const values = readLabelledValues(text);
    for (const f of LABELLED) if (values[f] && !out[f]) out[f] = { value: values[f]!, c };
    // A cell that is only a label ('Owner:', 'By when:') has its value in the next cell with text ('Head of HR').
    const field = text.endsWith(':') ? fieldOfLabelCell(text) : null;
    const beside = field && !out[field] ? nextText(sheet, r, c) : null;
    if (beside && (field !== 'due' || !fieldOfLabelCell(beside.text))) out[field!] = { value: beside.text, c: beside.c };
  }
  return out;
}

/** The next cell to the right with text, unless it is itself only a label ('Owner:' | '' | 'Head of HR' gives 'Head of HR'). */
function nextText(sheet: SheetView, r: number, c: number): { text: string; c: number } | null {
  for (let k = c + 1; k < sheet.width; k++) {
    const text = sheet.text(r, k).trim();
    if (text) return fieldOfLabelCell(text) || text.endsWith(':') ? null : { text, c: k };
  }
  return null;
}

/**
 * Reads a lead or timescale cell without the editor's query typed after its entry (`withoutEditorsNote`: 'Head of OD (NB
 * check with Sarah)' → 'Head of OD', '31/03/2023 [JS: is this still right? EOC said June]' → '31/03/2023'), saying why.
 * Only a value read from its column's cell. Returns whether the field changed.
 */
function takeWithoutEditorsNote(fields: Record<PlanField, string>, sources: Partial<Record<PlanField, FieldSource>>, field: 'lead' | 'due'): boolean {
  const source = sources[field];
  if (source?.kind !== 'column') return false;
  const read = withoutEditorsNote(fields[field]);
  if (!read) return false;
  fields[field] = read.entry;
  const name = field === 'lead' ? 'Lead' : 'Timescale';
  sources[field] = { ...source, why: `${name}: '${read.entry}', ${source.cell} without the editor's query typed after it ('${read.note}')` };
  return true;
}
