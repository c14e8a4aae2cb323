import { collapse, headerKey } from './cell-text';
import type { SheetView } from './view-sheet';

/** A theme column's column, written on every action row: how many rows, and one to quote. */
export interface TopicOnEveryRow {
  /** Action rows looked at, each with its own entry in the column. */
  rows: number;
  example: { row: number; text: string };
}

/**
 * Headers that say the column holds themes whatever its shape: 'Theme', 'Themes', 'Key theme', 'Priority theme', and a
 * Planner 'Bucket' — the group a task sits in on its board, which an export writes on every task's row.
 */
const SAYS_THEME = /\b(themes?|thematic|buckets?)\b/;
/**
 * An entry that numbers itself as one of the plan's groups ('Priority 1: Representation', 'Theme 2 – Culture',
 * 'Workstream 3'): a group's title, written on each of its actions' rows or not.
 */
const NUMBERED_GROUP = /^(themes?|priorit(y|ies)|work ?streams?|areas?|strands?|pillars?|domains?|sections?|categor(y|ies)|objectives?|aims?|goals?|ambitions?|hia|high impact actions?)\s*(no\.?\s*)?\d+[a-z]?\b/i;
/** Enough action rows to know how a column is written; a long plan says no more. */
const SAMPLE = 200;
/** Fewer action rows than this cannot tell a column written on every row from one written once over short blocks. */
const MIN_ROWS = 3;

/**
 * Whether a column read as the theme ('Area', 'Area of focus', 'Workstream', 'Priority') is written on every action row
 * — each action row with an entry of its own in it, none merged down from above nor left blank under a block's entry —
 * while its header does not call it a theme. Such a column describes each action ('Recruitment' beside one action,
 * 'Recruitment' again beside the next): the plan's topic word for it, not a group the actions sit in, so not their
 * theme. A column written once over each block of actions (merged down, or blank below its entry) groups them and is
 * the theme, whatever its header says; so is one headed as themes, however written. The golds agree: 'Theme' written
 * on every row is the theme (stonegate, oldcastle), 'Area' and 'Area of focus' so written are not (harnham,
 * kirkbyvale), and 'THEME', 'PRIORITY', 'Objective', 'HIA' written once per block are (nhft, brackenfield, saltmarsh,
 * bramblecote, scarrow). Entries that number themselves as the plan's groups ('Priority 1: Representation' on each of
 * its actions' rows) are group titles too. Returns null when the column is not so written, its header says theme, or
 * its entries do.
 *
 * @example
 * findTopicOnEveryRow(sheet, 0, 2, rows, 'Area'); // { rows: 11, example: { row: 6, text: 'Workforce data' } }
 * findTopicOnEveryRow(sheet, 0, 2, rows, 'Theme'); // null: headed as a theme
 */
export function findTopicOnEveryRow(sheet: SheetView, c: number, action: number, rows: readonly number[], header: string): TopicOnEveryRow | null {
  if (SAYS_THEME.test(headerKey(header))) return null;
  let looked = 0;
  let numbered = 0;
  let example: TopicOnEveryRow['example'] | null = null;
  for (const r of rows) {
    if (looked >= SAMPLE) break;
    // An action row: its action cell holds its own text (a cell merged down over sub-rows is one action's).
    if ((sheet.merge(r, action)?.top ?? r) !== r || !collapse(sheet.text(r, action))) continue;
    looked++;
    const text = collapse(sheet.text(r, c));
    // One action row sharing an entry written above it (merged down or left blank) shows the column groups actions.
    if (!text || (sheet.merge(r, c)?.top ?? r) !== r) return null;
    example ??= { row: sheet.sheetRow(r), text };
    if (NUMBERED_GROUP.test(text)) numbered++;
  }
  // Entries most of which number themselves as the plan's groups are group titles, though written on every row.
  if (numbered * 2 > looked) return null;
  return looked >= MIN_ROWS && example ? { rows: looked, example } : null;
}
