import type { CellValue, FieldSource } from '../types';
import type { ColumnMap } from './assign-columns';
import { cellKind } from './cell-kind';
import { collapse } from './cell-text';
import { memoiseText } from '../memoise-text';
import { parseTimescale } from '../timescale/parse-timescale';
import { splitLeadAndDue } from './split-lead-and-due';
import type { SheetView } from './view-sheet';

/** The fields a plan kept by many hands types into each other's columns: who, when, and how it is going. */
type Slot = 'lead' | 'due' | 'status';
const SLOTS: readonly Slot[] = ['lead', 'due', 'status'];
const NAME: Record<Slot, string> = { lead: 'lead', due: 'timescale', status: 'status' };

/** One value moved to the field it belongs to: the field, the cell it was typed in, its value there, and why. */
export interface PlacedValue {
  field: Slot;
  text: string;
  value: CellValue;
  c: number;
  why: string;
}

/** The usual row's answer, shared: nothing placed (read, never changed). */
const NONE: readonly PlacedValue[] = Object.freeze([]);

/** A RAG letter alone ('A', 'g'): a status, as the plan's other status cells write it. */
const RAG_LETTER = /^[RAGB]$/i;

/** A value moved is short: a name, a post, a date, a status word — never a sentence that names a role in passing. */
const MAX_MOVED = 60;

/**
 * Whether a cell's text is what the field holds: a person or post, a date or timescale, a status word. Asked of every
 * action row's lead, due and status, which repeat down a plan, so each field's answer is kept per distinct text.
 */
function fits(slot: Slot, text: string): boolean {
  return FITS[slot](text);
}

function fitsText(slot: Slot, text: string): boolean {
  if (!text || text.length > MAX_MOVED) return false;
  const kind = cellKind(text);
  if (slot === 'lead') return kind === 'role';
  if (slot === 'status') return kind === 'status' || RAG_LETTER.test(text);
  // 'end Q4', 'Sept 16': a timing with no one named beside it.
  return kind === 'date' || kind === 'timescale' || (kind !== 'role' && kind !== 'status' && splitOf(text)?.lead === '');
}

const FITS: Record<Slot, (text: string) => boolean> = {
  lead: memoiseText((text) => fitsText('lead', text)),
  due: memoiseText((text) => fitsText('due', text)),
  status: memoiseText((text) => fitsText('status', text)),
};

/** A lead cell's post and timing, per distinct text; the result is only read, never changed. */
const splitOf = memoiseText((text: string) => (text ? splitLeadAndDue(text) : null));

/**
 * Values typed into the neighbouring field's column on one action row, as a plan kept by many hands gets them: two
 * cells swapped ('end Q4' under Lead and 'Priya Lal' under Due; 'A' under Due and 'Jan 19' under Status), a value in the
 * next column while its own is empty ('28/02/22' under Status, the Due cell blank; an email under Status, no lead), or
 * a timing typed after the lead with the Due cell left blank ('Head of Resourcing by end Q3'). A value moves only when
 * it is plainly the other field's (a person or post, a date or timescale, a status word or RAG letter) and plainly not
 * its own column's, and only into a cell that is empty or holds the first's field in turn. Returns each value placed,
 * with why; [] for the usual row.
 *
 * @example
 * placeMisplacedValues(sheet, 9, { lead: 3, due: 4, status: 5 }, { lead: 'end Q4', due: 'Priya Lal', status: 'delayed' });
 * // [{ field: 'lead', text: 'Priya Lal', … }, { field: 'due', text: 'end Q4', … }]
 */
export function placeMisplacedValues(sheet: SheetView, r: number, columns: ColumnMap, fields: Readonly<Record<Slot, string>>): readonly PlacedValue[] {
  // Asked of every action row, and the usual row moves nothing: no list, set or closure is built for it (the slots are
  // walked in SLOTS' order, those the plan has no column for passed over, and what has moved is kept as bits).
  let present = 0;
  for (let i = 0; i < SLOTS.length; i++) if (columns[SLOTS[i]] !== undefined) present++;
  if (present < 2) return NONE;
  let placed: PlacedValue[] | null = null;
  let moved = 0;
  for (let i = 0; i < SLOTS.length; i++) {
    const from = SLOTS[i];
    if (columns[from] === undefined || moved & (1 << i)) continue;
    const here = collapse(fields[from]);
    if (!here || fits(from, here) || mayBe(from, here)) continue;
    for (let j = 0; j < SLOTS.length; j++) {
      const to = SLOTS[j];
      if (columns[to] === undefined || to === from || moved & (1 << j) || !fits(to, here)) continue;
      const there = collapse(fields[to]);
      const swap = there !== '' && !fits(to, there) && fits(from, there);
      if (there && !swap) continue;
      const at = (s: Slot) => sheet.address(r, columns[s]!);
      placed ??= [];
      placed.push({ field: to, text: here, value: sheet.value(r, columns[from]!), c: columns[from]!, why: `${cap(NAME[to])}: '${here}', typed in the ${NAME[from]} column (${at(from)}) — ${swap ? `swapped with '${there}' in ${at(to)}, which is a ${NAME[from]}` : `its own cell ${at(to)} is empty`}` });
      placed.push(swap
        ? { field: from, text: there, value: sheet.value(r, columns[to]!), c: columns[to]!, why: `${cap(NAME[from])}: '${there}', typed in the ${NAME[to]} column (${at(to)}) — swapped with '${here}' in ${at(from)}, which is a ${NAME[to]}` }
        : { field: from, text: '', value: null, c: columns[from]!, why: `${cap(NAME[from])}: none — ${at(from)} holds the ${NAME[to]} ('${here}')` });
      moved |= (1 << i) | (1 << j);
      break;
    }
  }
  return placed ?? leadWithTiming(sheet, r, columns, fields);
}

/** 'Head of Resourcing by end Q3' under Lead, the Due cell blank: the post is the lead, the timing the due. */
function leadWithTiming(sheet: SheetView, r: number, columns: ColumnMap, fields: Readonly<Record<Slot, string>>): readonly PlacedValue[] {
  if (columns.lead === undefined || columns.due === undefined || collapse(fields.due)) return NONE;
  const split = fields.lead ? splitOf(collapse(fields.lead)) : null;
  if (!split?.lead || !split.due) return NONE;
  const cell = sheet.address(r, columns.lead);
  return [
    { field: 'lead', text: split.lead, value: split.lead, c: columns.lead, why: `Lead: '${split.lead}', the post in ${cell} before its timing '${split.due}'` },
    { field: 'due', text: split.due, value: split.due, c: columns.lead, why: `Timescale: '${split.due}', typed after the lead in ${cell} — the timescale cell ${sheet.address(r, columns.due)} is empty` },
  ];
}

/**
 * Whether the text may be its own column's after all, though it reads as another field's too: a timing that opens
 * with a status word ('Ongoing during 23/24', 'Ongoing till 2025') under a timescale header is a timescale.
 */
function mayBe(slot: Slot, text: string): boolean {
  return slot === 'due' && mayBeDue(text);
}

const mayBeDue = memoiseText((text: string) => cellKind(text) === 'ongoing' || parseTimescale(text).parsed);

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
