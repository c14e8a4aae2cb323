import type { PlanField } from '../types';
import { collapse } from './cell-text';
import type { Table } from './find-tables';
import { scoreHeaderWords } from './header-words';
import { periodOfHeader } from './period-of-header';
import { groupsOfPeriods } from './groups-of-periods';
import type { SheetView } from './view-sheet';

/** How much one row looks like a header row, and why. */
export interface HeaderRowScore {
  row: number;
  /** Sum over the fields the row names of how strongly it names each (each field counted once). */
  score: number;
  /** Fields named with some confidence. */
  fields: PlanField[];
  /** Share of the row's non-empty cells that read as header words (0…1). */
  shape: number;
  /** The row's distinct non-empty texts with their columns. */
  cells: { c: number; text: string }[];
}

/** A cell counts as a header word at this strength or more. */
export const WORD = 0.4;
/** Header cells are short; past this a cell is narrative and is not scored at all… */
export const MAX_HEADER_CELL = 120;
/** …unless it spells out a key ("Progress Red = yet to begin Amber = in progress Green = completed"). */
const MAX_KEYED_HEADER_CELL = 400;

/**
 * Scores one row as a candidate header: how many different fields its cells name and how strongly
 * (header words, questions, a key written into a status header), scaled by how much of the row reads
 * as headers. A long cell does not rule a row out; it only weighs against it.
 *
 * @example
 * scoreHeaderRow(sheet, table, 3).fields; // ['ref', 'action', 'outcome', 'due', 'lead', 'progress']
 */
export function scoreHeaderRow(sheet: SheetView, table: Table, r: number): HeaderRowScore {
  const cells: { c: number; text: string }[] = [];
  const best = new Map<PlanField, number>();
  let headerish = 0;
  for (let c = table.left; c <= table.right; c++) {
    const raw = sheet.text(r, c);
    if (raw === '' || typeof sheet.value(r, c) !== 'string') {
      // Numbers and dates are data, never header words.
      if (raw !== '') cells.push({ c, text: raw });
      continue;
    }
    if (raw.length > MAX_KEYED_HEADER_CELL || (raw.length > MAX_HEADER_CELL && !raw.includes('=') && !raw.includes(':'))) {
      cells.push({ c, text: raw });
      continue;
    }
    const text = collapse(raw);
    if (!text || cells.some((x) => x.text === text)) continue;
    cells.push({ c, text });
    const words = scoreHeaderWords(text);
    if (words.length === 0 || words[0].score < WORD) continue;
    headerish++;
    for (const w of words) if (w.score >= WORD && (best.get(w.field) ?? 0) < w.score) best.set(w.field, w.score);
  }
  let score = 0;
  for (const s of best.values()) score += s;
  // Periods that belong together ("Sep-19 | Oct-19 | …", "Q1 | Q2 | Q3") head a timetable's or a tracker's columns:
  // they name no field, and they are not data either, so they leave the row's shape as its other cells make it.
  // (Only a row naming two fields can be a header: other rows are not looked at for periods.)
  const periods = best.size >= 2 ? periodHeadings(cells) : 0;
  const shaped = cells.length - periods;
  const shape = shaped ? headerish / shaped : 0;
  return { row: r, score: score * (0.4 + 0.6 * shape), fields: [...best.keys()], shape, cells };
}

/** Longer than this a cell is not a period's heading. */
const MAX_PERIOD_HEADING = 20;

/** How many of the row's cells name periods that belong together (see groupsOfPeriods). */
function periodHeadings(cells: readonly { c: number; text: string }[]): number {
  const periods = cells.map((x) => (x.text.length <= MAX_PERIOD_HEADING ? periodOfHeader(x.text) : null));
  return groupsOfPeriods(periods).reduce((n, group) => n + group.length, 0);
}
