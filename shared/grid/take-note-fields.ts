import type { ColumnAssignment } from './assign-columns';
import { FIELD_LABEL } from './describe-evidence';
import { readLabelledValues } from './read-labelled-values';
import type { SheetView } from './view-sheet';
import type { RawAction } from './walk-rows';

type NoteField = 'lead' | 'due' | 'status';
const NOTE_FIELDS: readonly NoteField[] = ['lead', 'due', 'status'];
/** The note's line quoted in a reason is cut at this length: enough to recognise it. */
const QUOTED = 80;

/**
 * Gives an action the lead, timescale or status written behind a label in the note on one of its row's cells (Excel's
 * yellow note: 'EDI Team:\nLead: Head of Resourcing' on the action cell), read as a cell's labelled values are. Only
 * a field the plan has no place of its own for (no column, responsibility matrix, delivery timetable, tracker, status
 * key column or marks) and the row gave no other way (a label in a cell, a date closing the action's text, a section
 * row, a fill): what the cells say always wins. The action cell's note is read first, then the others left to right.
 * A note that is only a remark ('Check with Jo before the board', 'Updated by KM 03/05') has no label and gives
 * nothing; an unlabelled note is never a lead. The field's cell is not the note's (a value pulled from elsewhere is
 * never written over the action's text); its source is the note's cell, with why.
 *
 * @example
 * takeNoteFields(action, sheet, 6, assignment);
 * // action.fields.lead === 'Head of Resourcing'
 * // action.sources.lead: { kind: 'note', cell: 'C7', why: "Lead: from the note on C7 ('Lead: Head of Resourcing')" }
 */
export function takeNoteFields(action: RawAction, sheet: SheetView, r: number, assignment: ColumnAssignment): void {
  // Most sheets have no note at all, and most rows of those that do have none.
  const notes = sheet.notes?.(r);
  if (!notes?.length) return;
  const open = NOTE_FIELDS.filter((f) => !hasOwnPlace(f, assignment) && !action.fields[f].trim() && !(f === 'status' && action.statusFill !== null));
  if (open.length === 0) return;
  const first = assignment.map.action;
  const ordered = first === undefined ? notes : [...notes.filter((n) => n.c === first), ...notes.filter((n) => n.c !== first)];
  for (const note of ordered) {
    const values = readLabelledValues(note.text);
    for (const f of open) {
      const value = values[f];
      if (!value || action.fields[f].trim()) continue;
      const cell = sheet.address(r, note.c);
      action.fields[f] = value;
      action.sources = { ...action.sources, [f]: { kind: 'note', cell, why: `${FIELD_LABEL[f]}: from the note on ${cell} ('${lineOf(note.text, value)}')` } };
      if (f === 'due') action.dueValue = value;
    }
  }
}

/** The plan keeps the field somewhere of its own on each row: a note never stands in for it there. */
function hasOwnPlace(f: NoteField, a: ColumnAssignment): boolean {
  if (a.map[f] !== undefined) return true;
  if (f === 'lead') return a.leadMatrix.length > 0;
  if (f === 'due') return a.timetable !== undefined;
  return a.statusMarks.length > 0 || a.keyColumn !== undefined || a.trackers.some((t) => t.field === 'status');
}

/** The line of the note that holds the value ('Lead: Head of Resourcing'), as a user sees it in the note, cut if long. */
function lineOf(text: string, value: string): string {
  const line = (text.split('\n').find((l) => l.includes(value)) ?? value).trim();
  return line.length > QUOTED ? `${line.slice(0, QUOTED - 1)}…` : line;
}
