import { memoiseText } from '../memoise-text';
import { parseTimescale } from '../timescale/parse-timescale';
import { readDueLines } from './read-due-lines';

/** What `readCurrentDue` reads from a timescale cell that holds more than the date the plan now works to. */
export interface CurrentDue {
  /** The date the action is now due by, as written ('Mar-22', '2024-09-30', 'June 2020'). */
  due: string;
  /** A note written after the date, its label taken off ('draft written' of '– progress: draft written'). */
  note?: string;
  /** Why this part of the cell is the timescale, in the user's words ('Timescale: Mar-22, the date it was moved to in F6 (…)'). */
  why: string;
}

type Form = 'moved' | 'timeline' | 'note';

/** Any year places a bare month or quarter: only whether each part is a timescale at all matters here. */
const ANY_YEAR = { financialYear: 2000 };
/** Longer than this and the cell is a sentence, not a timescale with a revision beside it. */
const MAX_LENGTH = 120;

/** 'old → new', 'old -> new', 'old ⇒ new': the arrow points to the date the action was moved to. */
const ARROW = /^(.+?)\s*(?:→|->|⇒|➔|⟶|=>)\s*(.+)$/;
/** 'Dec-21 revised Mar-22', 'March 2022, moved to June 2022', 'Sept 2024 (now Dec 2024)': the later date is the current one. */
const MOVED_TO = /^(.+?)[\s,;(]+(?:revised|moved|changed|extended|postponed|delayed|deferred|rescheduled|now)(?:\s+(?:to|until|till))?\s*:?\s+(.+?)\)?$/i;
/** '31/03/22 (was 31/12/21)', 'June 2024, previously March 2024': the date written first is the current one. */
const WAS = /^(.+?)\s*[(,;]\s*(?:was|previously|formerly|originally|revised from|moved from)\s*:?\s+(.+?)\)?$/i;
/** 'June 2020 – progress: draft written': a labelled note after the date, in a column headed 'Timeframes/Progress'. */
const NOTE_AFTER = /^(.+?)\s*[–—;,-]\s*(?:progress|update|latest|status|note|notes|comment|comments)\s*:\s*(.+)$/i;
/** 'start - end', 'start – end', 'start to end': two dates a tool writes as one timeline. */
const RANGE = /^(.+?)\s+(?:[-–—]|to|until)\s+(.+)$/i;

/**
 * The date an action is due by, where its timescale cell holds more than that date:
 * - a date MOVED, both dates kept ('Dec-21 revised Mar-22', '31/03/22 (was 31/12/21)', '30/09/25 → 31/12/25'): the
 *   date it was moved to is the timescale; the other is history;
 * - a TIMELINE of two days ('2024-04-01 - 2024-09-30', as monday.com and Smartsheet export one): the action is due by
 *   its end; its start is when the work begins. A range of months or quarters ('Sep 2025 – Mar 2026', 'Jan – Mar
 *   2020') is the period the work is done in, kept whole as written, as plans and their golds write it;
 * - a NOTE after the date, behind a label ('June 2020 – progress: draft written'): the date is the timescale and the
 *   note is the action's progress.
 * - typed on SEVERAL LINES, a date with a remark or a revision beneath it (`readDueLines`).
 * Each part read must be a timescale on its own. Null when the cell is none of these (most cells): it is read as written.
 *
 * @example
 * readCurrentDue('Dec-21 revised Mar-22', 'F6'); // { due: 'Mar-22', why: "Timescale: Mar-22, the date it was moved to in F6 ('Dec-21 revised Mar-22'); the earlier date is history" }
 * readCurrentDue('2024-04-01 - 2024-09-30', 'D6'); // { due: '2024-09-30', why: "Timescale: 2024-09-30, the end of the timeline in D6 (…); its start is when the work begins" }
 * readCurrentDue('June 2020 – progress: draft written', 'C23'); // { due: 'June 2020', note: 'draft written', why: … }
 * readCurrentDue('Sep 2025 – Mar 2026', 'D5'); // null (a period of months, kept whole)
 */
export function readCurrentDue(text: string, cell: string): CurrentDue | null {
  const t = String(text ?? '').trim();
  // Cheap exact tests first: every form has two parts, and a digit in the part read.
  if (t.length < 7 || !/\d/.test(t)) return null;
  // Typed on several lines: a date with a remark or a revision beneath it.
  if (t.includes('\n')) return readDueLines(t, cell);
  if (t.length > MAX_LENGTH) return null;
  const read = readCached(t);
  if (!read) return null;
  const why = read.form === 'moved' ? `the date it was moved to in ${cell} ('${t}'); the earlier date is history`
    : read.form === 'timeline' ? `the end of the timeline in ${cell} ('${t}'); its start is when the work begins`
    : `the date before the note in ${cell} ('${t}'); the note is the action's progress`;
  return { due: read.due, ...(read.note ? { note: read.note } : {}), why: `Timescale: ${read.due}, ${why}` };
}

const readCached = memoiseText((t: string): { due: string; note?: string; form: Form } | null => {
  const moved = ARROW.exec(t) ?? MOVED_TO.exec(t);
  if (moved && isTimescale(moved[1]) && isTimescale(moved[2])) return { due: tidy(moved[2]), form: 'moved' };
  const was = WAS.exec(t);
  if (was && isTimescale(was[1]) && isTimescale(was[2])) return { due: tidy(was[1]), form: 'moved' };
  const note = NOTE_AFTER.exec(t);
  if (note && isTimescale(note[1])) return { due: tidy(note[1]), note: note[2].trim(), form: 'note' };
  const range = RANGE.exec(t);
  if (range && isDay(range[1]) && isDay(range[2]) && dayOf(range[2])! >= dayOf(range[1])!) return { due: tidy(range[2]), form: 'timeline' };
  return null;
});

function tidy(part: string): string {
  return part.trim().replace(/[\s.,;:)]+$/, '');
}

function isTimescale(part: string): boolean {
  const p = tidy(part);
  return /\d/.test(p) && parseTimescale(p, ANY_YEAR).parsed;
}

/** The ISO day a part names when it is one whole day ('2024-09-30', '31/12/25'), else null. */
function dayOf(part: string): string | null {
  const due = parseTimescale(tidy(part));
  return due.parsed && due.start !== null && due.start === due.end ? due.start : null;
}

function isDay(part: string): boolean {
  return dayOf(part) !== null;
}
