import type { ColumnMap } from './assign-columns';
import { collapse, isBlankText } from './cell-text';
import { startsWithVerb } from './starts-with-verb';
import type { SheetView } from './view-sheet';

/** A label before a colon opening the action cell: a few words (a date with them), no sentence's stop. */
const LABEL = /^([^:.!?;]{3,70}):\s*(\S.*)$/s;
/** At most this many words in the label ('ESCALATED to the People Committee, 14 November 2023'). */
const MAX_LABEL_WORDS = 10;
/** The columns an action fills that a remark on it leaves empty. */
const OWN = ['ref', 'lead', 'due'] as const;
/** The columns a remark may write in besides the action's: what it says of the action above is put beside it. */
const BESIDE = ['progress', 'status', 'indicator', 'outcome'] as const;

/**
 * A remark on the action above, on a row of its own under it, its action cell opening with a label that names what it
 * is ('Risk to delivery: team leaders cannot be released…', 'Benchmark (2020 WRES data): Trust 2.07 · …', 'ESCALATED to
 * the People Committee, 14 November 2023: no budget…'), beside it perhaps a mitigation, a rating or an indicator: no
 * action. It leaves empty every one of the ref, lead and timescale columns the action above fills (two of them at
 * least), writes nowhere but in the action, progress, status, indicator and outcome columns, and neither its label nor
 * what follows opens with a verb (as work to do would: 'Phase 2: train the trainers'). Null for any other row.
 *
 * @example
 * // row 10: '4' | 'Train district nursing team leaders…' | 'Head of Nursing' | 31/03/2020 | … | 'A'
 * readLabelledRemark(sheet, 10, texts, columns, 9); // { why: "it remarks on row 10's action under its label 'Risk to delivery' …" }
 */
export function readLabelledRemark(sheet: SheetView, r: number, texts: readonly { c: number; text: string }[], columns: ColumnMap, above: number): { why: string } | null {
  const action = columns.action;
  if (action === undefined) return null;
  // Asked of every action row under another: its own ref, lead or timescale rules it out before anything is built (the
  // test below asks the same of the row, so the answer is unchanged).
  if (fillsOwn(sheet, r, columns)) return null;
  const own = OWN.map((f) => columns[f]).filter((c): c is number => c !== undefined);
  const filledAbove = own.filter((c) => sheet.text(above, c).trim() !== '');
  if (filledAbove.length < 2 || own.some((c) => sheet.text(r, c).trim() !== '')) return null;
  const beside = new Set(BESIDE.map((f) => columns[f]).filter((c): c is number => c !== undefined));
  if (!texts.some((t) => t.c === action) || texts.some((t) => t.c !== action && !beside.has(t.c))) return null;
  const m = LABEL.exec(collapse(sheet.text(r, action)));
  if (!m) return null;
  const label = m[1].trim();
  if (label.split(' ').length > MAX_LABEL_WORDS || startsWithVerb(label) || startsWithVerb(m[2])) return null;
  const row = sheet.sheetRow(above);
  const names = filledAbove.map((c) => (c === columns.ref ? 'ref' : c === columns.lead ? 'lead' : 'timescale'));
  return { why: `it remarks on row ${row}'s action under its label '${label}', on a row of its own: it has none of the ${names.join(' and ')} row ${row}'s action fills, and what it says is no work to do, so nothing on it is that action's` };
}

/** Whether the row has text (more than whitespace) under the plan's ref, lead or timescale column. */
function fillsOwn(sheet: SheetView, r: number, columns: ColumnMap): boolean {
  return (columns.ref !== undefined && !isBlankText(sheet.text(r, columns.ref))) || (columns.lead !== undefined && !isBlankText(sheet.text(r, columns.lead))) || (columns.due !== undefined && !isBlankText(sheet.text(r, columns.due)));
}
