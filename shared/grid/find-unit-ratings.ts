import { collapse } from './cell-text';
import { scoreHeaderWords, type HeaderWordScore } from './header-words';
import { periodOfHeader } from './period-of-header';
import type { ColumnContents } from './read-column-contents';
import type { SheetView } from './view-sheet';

/** Columns rating each action unit by unit (division, site, care group…), beside the one column giving its own status. */
export interface UnitRatings {
  /** The unit columns, left to right ('Medicine' | 'Surgery' | …). */
  units: readonly number[];
  /** Each unit's own header cell, in the same order ('Medicine', not 'Roll-out by division Medicine'). */
  names: readonly string[];
  /** The column giving the action's own status ('Overall', 'Trust-wide', 'Status'). */
  overall: number;
  /** The label over the units on a header row above them ('Roll-out by division'), or ''. */
  label: string;
  /** Why the overall column is the action's own, for the user. */
  because: string;
}

// A header saying its column speaks for the whole organisation, not one part of it: 'Overall', 'Overall RAG',
// 'Trust-wide', 'Whole trust', 'Across the trust', 'All sites', 'Combined'. A unit's own name never says so.
const WHOLE = /\b(?:overall|trust[\s-]?wide|organi[sz]ation[\s-]?wide|system[\s-]?wide|whole (?:trust|organi[sz]ation|system|service)|across (?:the )?(?:trust|organi[sz]ation|all)|all (?:divisions|sites|care groups|localities|directorates|services|professions|staff groups|teams|units|areas)|combined|aggregate)\b/i;

/**
 * A roll-out matrix: an action rated separately in each unit of the trust ('Medicine | Surgery | Renal & Transplant', one
 * column per division, site, care group, locality or profession, each cell a rating — a letter or word coloured as a
 * status, or a colour alone) beside one column rating the action as a whole ('Overall', 'Trust-wide', 'Status'). The
 * units' ratings say how far the action has got in each part of the trust; the action's status is the whole one, which
 * need not be the weakest unit. Two or more adjacent rated columns whose headers name no field (nor a period: columns of
 * periods are a tracker, whose latest period is the status) are the units; the whole is the one other rated column
 * whose header says it is overall or names the status, or — with no such word — the one rated column outside the
 * label the units share on the header row above ('Roll-out by division' merged over them). Anything else (two whole
 * columns, two runs of units, no whole) is no roll-out matrix: null, and the columns are read as before.
 *
 * @example
 * // 'Ref | Action | Lead | Medicine | Surgery | Women & Children | Overall' over filled letters and filled words:
 * findUnitRatings(sheet, [3], headers, contents, new Set()); // { units: [3, 4, 5], names: ['Medicine', 'Surgery', 'Women & Children'], overall: 6, label: '', because: "its header says it rates the whole" }
 */
export function findUnitRatings(sheet: SheetView, header: readonly number[], headers: ReadonlyMap<number, string>, contents: ReadonlyMap<number, ColumnContents>, excluded: ReadonlySet<number>): UnitRatings | null {
  const rated = [...contents].filter(([c, x]) => !excluded.has(c) && ratesActions(x)).map(([c]) => c).sort((a, b) => a - b);
  if (rated.length < 3) return null;
  const own = (c: number) => collapse(sheet.text(header[header.length - 1], c));
  // The column's own header cell, not the label over it: 'RAG by site' over 'North' names no status of North's own.
  const named = (c: number) => (own(c) ? scoreHeaderWords(own(c)) : NONE).find((w) => w.score >= 0.4)?.field;
  const whole = rated.filter((c) => WHOLE.test(own(c)) || (named(c) === 'status' && !isPeriod(own(c))));
  const unit = rated.filter((c) => !whole.includes(c) && own(c) !== '' && !isPeriod(headers.get(c) ?? '') && named(c) === undefined);
  // Under a label on the header row above ('Roll-out by division' merged over the units), the units are the columns it
  // spans: a rated column beside them headed on its own ('Overall' merged down both rows) is not one of them.
  const labels = new Map(unit.map((c) => [c, labelOver(sheet, header, c)]));
  const labelled = unit.filter((c) => labels.get(c));
  const runs = runsOf(labelled.length >= 2 ? labelled : unit, (a, b) => labels.get(a)?.left === labels.get(b)?.left);
  if (runs.length !== 1) return null;
  const units = runs[0];
  const label = labels.get(units[0]) ?? null;
  const names = units.map(own);
  if (whole.length === 1) return { units, names, overall: whole[0], label: label?.text ?? '', because: WHOLE.test(own(whole[0])) ? 'its header says it rates the whole' : 'its header names the status' };
  if (whole.length > 1 || !label) return null;
  const others = rated.filter((c) => !units.includes(c) && (c < label.left || c > label.right));
  if (others.length !== 1) return null;
  return { units, names, overall: others[0], label: label.text, because: `it stands apart from the label '${label.text}' over the units` };
}

/** Most of the column's cells under the header are ratings: status words or letters, RAG fills, status symbols or codes. */
function ratesActions(x: ColumnContents): boolean {
  const ratings = Math.min(x.filled, x.kinds.status + x.ragFills + x.statusMarks + x.coded);
  return x.rows >= 3 && ratings >= 2 && ratings >= 0.5 * x.rows && x.fit.status >= 0.6;
}

const NONE: readonly HeaderWordScore[] = [];

const isPeriod = (text: string) => text !== '' && periodOfHeader(text) !== null;

/** Runs of two or more columns side by side, each next column `together` with the one before it. */
function runsOf(columns: readonly number[], together: (a: number, b: number) => boolean): number[][] {
  const runs: number[][] = [];
  for (const c of columns) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === c - 1 && together(last[last.length - 1], c)) last.push(c);
    else runs.push([c]);
  }
  return runs.filter((r) => r.length >= 2);
}

/** The label over column c on a header row above its own: a cell merged across it and others ('Roll-out by division'). */
function labelOver(sheet: SheetView, header: readonly number[], c: number): { text: string; left: number; right: number } | null {
  for (const r of header.slice(0, -1)) {
    const m = sheet.merge(r, c);
    const text = m && m.right > m.left && m.bottom === r ? collapse(sheet.text(m.top, m.left)) : '';
    if (m && text) return { text, left: m.left, right: m.right };
  }
  return null;
}
