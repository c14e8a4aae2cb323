import { collapse } from './cell-text';
import type { SheetView } from './view-sheet';

/** A column scored as a field: how well its header words and cells fit it (`assignColumns`). */
export interface LeadCandidate {
  c: number;
  field: string;
  score: number;
}

/** The column naming who keeps the records, with why it is no action's lead (for the user's list of columns left unread). */
export interface RecordOwner {
  c: number;
  says: string;
}

/** Enough rows for "the same person on every row" to mean something: two rows agreeing may be chance. */
const MIN_ROWS = 3;
/** Scores this close are a tie: both headers name the lead equally ('Owner', 'Action Lead'). */
const TIE = 1e-6;

/**
 * Of two columns whose headers name the lead equally well ('Owner' and 'Action Lead', 'Assigned To' and 'Owner'), the one
 * naming ONE and the same person on every action's row is who keeps the records — a system's export (Dynamics, SharePoint,
 * a project tool) writes its record owner or author beside the lead each action names — when the other names more than
 * one lead. Without this the tie went to the left, so moving the columns changed every action's lead (holdout34
 * wrenfield). A plan whose one lead column names the same person throughout keeps it: this only breaks a tie.
 *
 * @example
 * findRecordOwner(sheet, [1, 2, 3], scored); // { c: 11, says: "it names the same person ('Simone Achebe') on every row …" }
 */
export function findRecordOwner(sheet: SheetView, rows: readonly number[], scored: readonly LeadCandidate[]): RecordOwner | null {
  let best = 0;
  for (const s of scored) if (s.field === 'lead' && s.score > best) best = s.score;
  const tied = scored.filter((s) => s.field === 'lead' && s.score >= best - TIE);
  if (tied.length < 2) return null;
  const named = tied.map((s) => ({ c: s.c, names: namesIn(sheet, s.c, rows) }));
  const one = named.filter((n) => n.names.size === 1 && [...n.names.values()][0] >= MIN_ROWS);
  const varied = named.filter((n) => n.names.size >= 2);
  if (one.length !== 1 || varied.length === 0) return null;
  const [who] = [...one[0].names.keys()];
  return { c: one[0].c, says: `it names the same person ('${who}') on every row — who keeps the records, not each action's lead, which column ${sheet.letter(varied[0].c)} names` };
}

/** The texts a column holds on the rows, with how many rows hold each. */
function namesIn(sheet: SheetView, c: number, rows: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    const text = sheet.text(r, c);
    if (!text.trim()) continue;
    const name = collapse(text);
    out.set(name, (out.get(name) ?? 0) + 1);
  }
  return out;
}
