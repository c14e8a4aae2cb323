import type { PlanField } from '../types';
import { collapse } from './cell-text';
import type { Table } from './find-tables';
import { namesNoField, scoreHeaderWords, type HeaderWordScore } from './header-words';
import { memoiseText } from '../memoise-text';
import { periodOfHeader } from './period-of-header';
import { groupsOfPeriods } from './groups-of-periods';
import { labelsOverContents } from './labels-over-contents';
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
  /** Set by findHeaderRows on a header kept for heading one of the plan's tables stacked down the sheet: why, for its actions. */
  stacked?: string;
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
  /** Cells naming no field by their words: a label the reader does not know, or data. */
  const unnamed: { c: number; text: string }[] = [];
  let headerish = 0;
  for (let c = table.left; c <= table.right; c++) {
    const raw = sheet.text(r, c);
    if (raw === '') continue;
    if (!mayBeHeaderWords(sheet, r, c, raw)) {
      cells.push({ c, text: raw });
      unnamed.push({ c, text: raw });
      continue;
    }
    const text = collapse(raw);
    if (!text || cells.some((x) => x.text === text)) continue;
    cells.push({ c, text });
    const words = scoreHeaderWords(text);
    if (words.length === 0 || words[0].score < WORD) {
      unnamed.push({ c, text });
      continue;
    }
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
  // Where the words leave a row naming two or three fields short of a header's shape, the rest of its cells are weighed
  // by what is under them: short labels over dates, statuses, names or sentences head those columns, words known or not.
  const byWords = shaped ? headerish / shaped : 0;
  const inDoubt = shaped > 0 && best.size >= 2 && best.size < 4 && byWords < 0.5;
  const shape = inDoubt ? (headerish + labelsOverContents(sheet, table, r, unnamed)) / shaped : byWords;
  return { row: r, score: score * (0.4 + 0.6 * shape), fields: [...best.keys()], shape, cells };
}

/**
 * Whether the row's cells name two fields or more, the least a header names (see `scoreHeaderRow`'s `fields`). It
 * builds nothing, so every row of a long plan can be asked before the few that pass are scored.
 *
 * @example
 * namesTwoFields(sheet, table, 3); // true: 'Action | Lead | Timescale'
 * namesTwoFields(sheet, table, 4); // false: an action's row
 */
export function namesTwoFields(sheet: SheetView, table: Table, r: number): boolean {
  let named: PlanField | null = null;
  for (let c = table.left; c <= table.right; c++) {
    const raw = sheet.text(r, c);
    if (raw === '' || !mayBeHeaderWords(sheet, r, c, raw)) continue;
    const words = headerWordsOfCell(raw);
    for (let i = 0; i < words.length; i++) {
      if (!(words[i].score >= WORD)) continue;
      if (named === null) named = words[i].field;
      else if (words[i].field !== named) return true;
    }
  }
  return false;
}

const NO_WORDS: readonly HeaderWordScore[] = Object.freeze([]);

/**
 * A cell's header words from its text as the sheet holds it: one look-up per cell of every row, not one per step. A
 * sentence is ruled out by its words before it is tidied (see namesNoField: tidying spaces keeps every word).
 */
const headerWordsOfCell = memoiseText((raw: string): readonly HeaderWordScore[] => {
  if (namesNoField(raw)) return NO_WORDS;
  const text = collapse(raw);
  return text ? scoreHeaderWords(text) : NO_WORDS;
});

/**
 * A non-empty cell that may hold header words: text (numbers and dates are data, never header words), and short —
 * or, when it spells out a key ('=' or ':'), not too long.
 */
function mayBeHeaderWords(sheet: SheetView, r: number, c: number, raw: string): boolean {
  // Its length first: an action's paragraph is ruled out without its value looked up (the merge and blank checks).
  if (!(raw.length <= MAX_HEADER_CELL || (raw.length <= MAX_KEYED_HEADER_CELL && (raw.includes('=') || raw.includes(':'))))) return false;
  return typeof sheet.value(r, c) === 'string';
}

/** Longer than this a cell is not a period's heading. */
const MAX_PERIOD_HEADING = 20;

/** How many of the row's cells name periods that belong together (see groupsOfPeriods). */
function periodHeadings(cells: readonly { c: number; text: string }[]): number {
  const periods = cells.map((x) => (x.text.length <= MAX_PERIOD_HEADING ? periodOfHeader(x.text) : null));
  return groupsOfPeriods(periods).reduce((n, group) => n + group.length, 0);
}
