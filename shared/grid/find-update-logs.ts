import type { ColumnMap } from './assign-columns';
import type { RowTexts } from './profile-rows';
import { readDatedOpening, type DatedOpening } from './read-dated-opening';
import type { SheetView } from './view-sheet';

/** One update of an action's progress log: a line alone on its row, under (or, grouped, over) the action it belongs to. */
export interface UpdateLine {
  /** Its grid row, and the column its text is in. */
  r: number;
  c: number;
  text: string;
  /** The grid row of the action it belongs to: the row its group's summary is on, else the row above its run of lines. */
  owner: number;
  /** The date it opens with ('Q2 (13/10/22):'), or null for an undated line of a grouped log. */
  opening: DatedOpening | null;
  /** Why it is an update of that action, for the user: the evidence, in words. */
  why: string;
}

/** The columns an update may be written in: the action's own narrative. */
const NARRATIVE = ['action', 'progress', 'outcome'] as const;
/** Evidence weighs this much or more: the line is an update. No one clue reaches it alone, except a group with a sentence. */
const ENOUGH = 4;
/** The end of a finished sentence, maybe inside a closing quote or bracket. */
const SENTENCE_END = /[.!?]["”’)]?$/;
/** A line of this many words or more after its date says something, as an update does; a heading names a subject in a few. */
const SENTENCE_WORDS = 6;

type Kind = 'lone' | 'text' | 'blank';
interface Run {
  first: number;
  last: number;
  owner?: number;
  grouped: boolean;
  dated: number;
}

/**
 * An action's own update log in the rows under it: dated progress updates, each alone on its row in the action's
 * narrative column while the row's other columns are empty ('Q2 (13/10/22): procurement under way.', '14/07/22 – …',
 * 'Update Nov 2022: …', '12 Jan 2023 – …'), often grouped under the action in the sheet's outline and collapsed (the rows
 * hidden, their text kept). They are no heading over the next action: a heading sits above a run of actions, a log sits
 * under one action and starts again under the next. Weighs, for each lone line between `from` and `to` (grid rows, one
 * header's rows): its group (deeper in the outline than the row it belongs to: its group's summary, above it or — when
 * the sheet puts summaries below — under it), a date or quarter it opens with (a day's date weighs more: an update is
 * written on a day, a heading names a period), a sentence after it, others beside it under the same action, and the
 * plan's shape (such lines under several rows, one row between each log and the next). Whether the row a line belongs
 * to is an action is the walk's to say. Returns the lines found, by grid row.
 *
 * @example
 * findUpdateLogs(sheet, texts, { ref: 0, action: 2, lead: 3 }, 4, 32).get(7); // { r: 7, owner: 4, opening: { label: 'Q3 (12/01/23):', … }, why: "…" }
 */
export function findUpdateLogs(sheet: SheetView, texts: RowTexts, columns: ColumnMap, from: number, to: number): Map<number, UpdateLine> {
  const found = new Map<number, UpdateLine>();
  const narrative = NARRATIVE.map((f) => columns[f]).filter((c): c is number => c !== undefined);
  if (narrative.length === 0) return found;
  const kinds: Kind[] = [];
  const lone = new Map<number, { c: number; text: string }>();
  for (let r = from; r <= to; r++) {
    const line = loneLine(sheet, r, texts[r] ?? [], narrative);
    if (line) lone.set(r, line);
    kinds.push(line ? 'lone' : (texts[r]?.length ?? 0) > 0 ? 'text' : 'blank');
  }
  const kindOf = (r: number): Kind => (r < from || r > to ? 'blank' : kinds[r - from]);
  const runs = runsOf(sheet, lone, kindOf, from, to);
  const logShaped = shapedAsLogs(runs, kindOf, from);
  for (const run of runs) {
    if (run.owner === undefined) continue;
    const size = run.last - run.first + 1;
    for (let r = run.first; r <= run.last; r++) {
      const { c, text } = lone.get(r)!;
      const opening = readDatedOpening(text);
      const reasons: string[] = [];
      let weight = 0;
      if (run.grouped) {
        weight += 3;
        reasons.push("grouped under it in the sheet's outline");
      }
      if (opening) {
        weight += opening.period.every === 'day' ? 3 : 2;
        reasons.push(`opening with the date it was written ('${opening.label}')`);
      }
      if (saysSomething(opening?.rest ?? text)) weight += 1;
      reasons.push(`alone on its row in column ${sheet.letter(c)}`);
      if (size > 1) weight += 1;
      if (logShaped && opening) {
        weight += 1;
        reasons.push(`and the plan keeps such a log for ${logShaped} of its rows`);
      }
      if (weight < ENOUGH) continue;
      const which = size > 1 ? `one of ${size} ${opening ? 'dated ' : ''}updates` : `${opening ? 'a dated' : 'an'} update`;
      const side = run.owner < r ? 'under' : 'over';
      const why = `${which} ${side} row ${sheet.sheetRow(run.owner)}'s action: ${reasons.join(', ')} — no heading over the next action`;
      found.set(r, { r, c, text, owner: run.owner, opening, why });
    }
  }
  return found;
}

/** The row's one text of its own, when it sits in a narrative column (or is merged across from one) and nothing else is on the row. */
function loneLine(sheet: SheetView, r: number, texts: readonly { c: number; text: string }[], narrative: readonly number[]): { c: number; text: string } | null {
  let line: { c: number; text: string } | null = null;
  for (const t of texts) {
    const m = sheet.merge(r, t.c);
    // A cell merged down from a row above (the block's indicator) is not this row's.
    if (m && (m.top !== r || m.left !== t.c)) continue;
    if (line) return null;
    line = t;
  }
  if (!line) return null;
  const m = sheet.merge(r, line.c);
  // The line covers a narrative column: its own, or one its cell is merged across (a loop: every row is asked).
  for (let i = 0; i < narrative.length; i++) {
    const c = narrative[i];
    if (c === line.c || (m !== undefined && c >= m.left && c <= m.right)) return line;
  }
  return null;
}

/**
 * The runs of lone lines (at one outline level), each with the row it belongs to: the row its group's summary is on when
 * the lines are grouped deeper than it (below them when the sheet puts summaries below, else above), else the row with
 * text right above them.
 */
function runsOf(sheet: SheetView, lone: ReadonlyMap<number, { text: string }>, kindOf: (r: number) => Kind, from: number, to: number): Run[] {
  const runs: Run[] = [];
  const level = (r: number) => sheet.outlineLevel?.(r) ?? 0;
  for (let r = from; r <= to; r++) {
    if (!lone.has(r)) continue;
    const first = r;
    // A line at another level of the outline is another run: a heading between two groups is in neither.
    while (r + 1 <= to && lone.has(r + 1) && level(r + 1) === level(first)) r++;
    const last = r;
    const above = kindOf(first - 1) === 'text' ? first - 1 : undefined;
    const below = kindOf(last + 1) === 'text' ? last + 1 : undefined;
    const under = (row: number | undefined) => row !== undefined && level(first) > level(row);
    const owner = sheet.summaryBelow === true && under(below) ? below : above ?? (under(below) ? below : undefined);
    let dated = 0;
    for (let k = first; k <= last; k++) if (readDatedOpening(lone.get(k)!.text)) dated++;
    runs.push({ first, last, owner, grouped: under(owner), dated });
  }
  return runs;
}

/**
 * How many rows have a log of dated lines under (or over) them, when the plan's shape is a log's: two or more, and at
 * least half of them one row after the last (a log under each action, the next action, its log). A heading sits above
 * a run of several actions, so headings stand further apart. 0 when the shape is not a log's.
 */
function shapedAsLogs(runs: readonly Run[], kindOf: (r: number) => Kind, from: number): number {
  const dated = runs.filter((run) => run.owner !== undefined && run.dated > 0);
  if (dated.length < 2) return 0;
  let single = 0;
  let previous = from - 1;
  for (const run of dated) {
    let rows = 0;
    for (let r = previous + 1; r < run.first; r++) if (kindOf(r) === 'text') rows++;
    if (rows === 1) single++;
    previous = run.last;
  }
  return single * 2 >= dated.length ? dated.length : 0;
}

/** A line that says something, as an update does: a finished sentence, or many words. */
function saysSomething(text: string): boolean {
  const flat = text.trim();
  return SENTENCE_END.test(flat) || flat.split(/\s+/).length >= SENTENCE_WORDS;
}
