import { indicatorNumber, numberingCountsTheme, readNumbering } from '../indicators';
import type { FieldSource, PlanField } from '../types';
import type { ColumnMap } from './assign-columns';
import { collapse } from './cell-text';
import type { NumberingNote } from './find-numbering-notes';
import type { SheetView } from './view-sheet';

/** What an action's number says of its indicators, and why (`byNote`: a note of the plan gives its prefix's meaning). */
export interface Numbered {
  /** The number as the plan writes it ('5.2', 'G1'). */
  ref: string;
  indicators: readonly string[];
  byNote: boolean;
  /** The note's code is the row's indicator cell ('WX.1' in a column of 'W5.1' codes): the note reads that cell. */
  inIndicatorCell?: true;
  source: FieldSource;
}

/**
 * What the action's own number says of its indicators: the indicator it is numbered by ('5.2' at the start of its text
 * or in its ref cell), unless the number counts its theme ("2.1" under "Theme 2: … (Metrics 4a, 4b and 9b)"); else what
 * a note of the plan says actions with its prefix serve ('G1' under "Actions numbered G support all nine indicators").
 * Each answer says where it was read and why, for the user.
 *
 * @example
 * readActionNumber(sheet, 7, map, { action: 'Add racial abuse to Datix.', ref: '5.2', theme: '' }, () => []); // { indicators: ['5'], byNote: false, source: { kind: 'numbering', cell: 'A8', why: "Indicator: from the action's number '5.2'" } }
 * // inText: readNumbering(fields.action), when the caller has read it already (the walk keeps it for the check).
 */
export function readActionNumber(sheet: SheetView, r: number, map: ColumnMap, fields: Pick<Record<PlanField, string>, 'action' | 'ref' | 'theme' | 'indicator'>, notesOf: () => readonly NumberingNote[], inText = readNumbering(fields.action)): Numbered | null {
  const refCell = map.ref !== undefined ? collapse(fields.ref) : '';
  const own = inText ?? (refCell ? readNumbering(refCell, true) : null);
  // A number no indicator has ('0.1', '12.3') names none: a note may still say what it means.
  const n = own?.indicator ? indicatorNumber(own.indicator) ?? 0 : 0;
  if (own?.indicator && n >= 1 && n <= 10 && !numberingCountsTheme(parseInt(own.indicator, 10), fields.theme)) {
    const cell = cellAt(sheet, r, map, inText ? map.action : map.ref);
    return { ref: own.ref, indicators: [own.indicator], byNote: false, source: { kind: 'numbering', cell, why: `Indicator: from the action's number '${own.ref}'` } };
  }
  // The plan's notes are looked for only when the action could carry a prefix one reserves: most actions start with a
  // word and have no ref, or a ref starting with a number, and no note could speak for them.
  // With no ref column, the action's code may be what the indicator column holds ('W5.1' read as indicator 5, 'WX.1'
  // where the plan's note says WX actions cover every indicator): the note speaks for that cell.
  const codeCell = refCell || (map.ref === undefined && map.indicator !== undefined ? collapse(fields.indicator) : '');
  const codeColumn = refCell ? map.ref : map.indicator;
  if (!mayCarryPrefix(codeCell, fields.action)) return null;
  const notes = notesOf();
  const note = notes.length ? notedPrefix(notes, codeCell, fields.action) : null;
  if (!note) return null;
  const which = note.note.all ? 'all' : note.note.indicators.join(', ');
  const cell = cellAt(sheet, r, map, note.inRefCell ? codeColumn : map.action);
  const inIndicatorCell = note.inRefCell && codeColumn === map.indicator ? { inIndicatorCell: true as const } : {};
  return { ref: note.ref, indicators: note.note.indicators, byNote: true, ...inIndicatorCell, source: { kind: 'numbering', cell, why: `Indicators: ${which} — the note in row ${note.note.row} says '${note.note.text}'` } };
}

/** The cell a number was read from ('A8'): its column, else the action's (a function, not a closure built per action). */
function cellAt(sheet: SheetView, r: number, map: ColumnMap, c: number | undefined): string {
  return sheet.address(r, c ?? map.action ?? 0);
}

/**
 * Whether the action's ref cell or text could start with a prefix a note reserves (see notedPrefix): every prefix starts
 * with a capital or a 0 ('G', 'All', '0'), a ref cell is matched whatever its case, and in the action's text the prefix
 * (one to three capitals, or a capital and up to four small letters, or 0) comes straight before a number ('G1 …').
 */
function mayCarryPrefix(refCell: string, action: string): boolean {
  return PREFIX_IN_CELL.test(refCell) || PREFIX_IN_TEXT.test(action.trimStart());
}

const PREFIX_IN_CELL = /^[a-z0]/i;
const PREFIX_IN_TEXT = /^(?:[A-Z]{1,3}|[A-Z][a-z]{1,4}|0)[\s.\-–]?\d/;

/**
 * The note whose prefix the action is numbered with: its ref cell holds the prefix, alone or before a number ('G', 'G1',
 * 'All-2'), or its text starts with the prefix and a number ('G1 Refresh the steering group's terms…').
 */
function notedPrefix(notes: readonly NumberingNote[], refCell: string, action: string): { note: NumberingNote; inRefCell: boolean; ref: string } | null {
  for (const note of notes) {
    const p = note.prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A prefix ending in a digit ('W0') is apart from the number after it ('W0.1'): 'W01' is indicator 1's, zero-padded.
    const apart = /\d$/.test(note.prefix) ? '+' : '*';
    const inCell = refCell ? new RegExp(`^${p}(?:[\\s.\\-–]${apart}\\d{1,2}[a-z]?(?:\\.\\d{1,2})?)?(?=$|[\\s.):])`, 'i').exec(refCell) : null;
    if (inCell) return { note, inRefCell: true, ref: inCell[0] };
    const inText = new RegExp(`^${p}[\\s.\\-–]?\\d{1,2}[a-z]?(?=[.):]?\\s)`).exec(action.trimStart());
    if (inText) return { note, inRefCell: false, ref: inText[0] };
  }
  return null;
}

