import { indicatorsOfCell } from '../indicators/indicators-of-cell';
import type { ColumnEvidence } from '../types';
import { collapse } from './cell-text';
import type { SheetView } from './view-sheet';

// "Also contributes to", "Secondary indicator(s)", "Other metrics", "Related indicators": a column that adds to another.
const ADDS = /\b(?:also|contribut\w*|secondary|other|additional|further|related|linked|supporting)\b/i;
/** The share of a column's filled cells that must name indicators. */
const NAMED = 0.6;

/** The one standard a header names ('Also supports (WRES)', 'WDES metric'), or null for none or both. */
function standardNamed(header: string): string | null {
  const named = new Set([...header.matchAll(/\b(wres|wdes)\b/gi)].map((m) => m[1].toUpperCase()));
  return named.size === 1 ? [...named][0] : null;
}

/**
 * Columns that add indicators to the plan's indicator column: a header that says so ("Also contributes to",
 * "Secondary indicators", "Other metrics") over cells that name indicators by number ("9", "2, 7"). Each action
 * serves the indicator column's indicators first, then these. A column naming the other standard than the indicator
 * column's header ('Also supports (WRES)' beside 'WDES metric') adds none: its numbers are that standard's indicators,
 * a cross-reference to the other plan, not more of this one's.
 *
 * @example
 * findMoreIndicatorColumns(sheet, [{ c: 2, text: 'Also contributes to' }], rows, true).columns; // [2]
 */
export function findMoreIndicatorColumns(sheet: SheetView, unmapped: readonly { c: number; text: string }[], rows: readonly number[], hasIndicatorColumn: boolean, indicatorHeader = '', action?: number): { columns: number[]; evidence: ColumnEvidence[] } {
  const out = { columns: [] as number[], evidence: [] as ColumnEvidence[] };
  if (!hasIndicatorColumn) return namingTheStandard(sheet, unmapped, rows, action);
  const own = standardNamed(collapse(indicatorHeader));
  for (const { c, text } of unmapped) {
    const header = collapse(text);
    // A second plain "Indicator" column may be anything (a summary table beside the plan): only one that says it adds counts.
    if (!ADDS.test(header)) continue;
    const other = standardNamed(header);
    if (own && other && other !== own) continue;
    let filled = 0;
    let named = 0;
    for (const r of rows) {
      const cell = collapse(sheet.text(r, c));
      if (!cell) continue;
      filled++;
      if (indicatorsOfCell(cell, null).length) named++;
    }
    if (filled < 2 || named < NAMED * filled) continue;
    out.columns.push(c);
    out.evidence.push({
      field: 'indicator', column: sheet.letter(c), header, confidence: 0.8, source: 'header',
      reason: `Indicators, added to the indicator column's: header '${header}' — ${named} of ${filled} cells name indicators`,
    });
  }
  return out;
}

/** A standard named with an indicator's number after it: 'WDES 4a', 'WRES 6 and 8', 'WRES indicator 3'. */
const STANDARD_NUMBER = /\b(?:WRES|WDES)\s*(?:indicators?|metrics?)?\s*\d/i;

/**
 * With no indicator column: a column no header claims whose cells name the indicators by the standard's name
 * ('HIA 6 · WDES 4a, 4b' under 'Links'; 'Representation at senior levels (WRES 1)' under 'Priority') on most rows is
 * where the plan says which indicators each action serves. Only the standard's own numbers are read from it
 * (`indicatorsMentioned`), never another number in the cell (a high impact action's 'HIA 6').
 *
 * @example
 * namingTheStandard(sheet, [{ c: 2, text: 'Links' }], rows, 1).columns; // [2]
 */
function namingTheStandard(sheet: SheetView, unmapped: readonly { c: number; text: string }[], rows: readonly number[], action: number | undefined): { columns: number[]; evidence: ColumnEvidence[] } {
  const out = { columns: [] as number[], evidence: [] as ColumnEvidence[] };
  if (action === undefined) return out;
  // The rows with an action's words of their own: a heading merged across the row is no action's cell.
  // (A text collapses to nothing only when it is all whitespace, and the standard's name and number are found in it as
  // written as in it collapsed: cells are counted and tested as they are, only the one quoted is tidied. An action's
  // paragraph, too long for collapse's memo, was tidied on every row for every column looked at.)
  const actions = rows.filter((r) => !sheet.merge(r, action) && sheet.text(r, action).trim() !== '');
  for (const { c, text } of unmapped) {
    let cells = 0;
    let named = 0;
    let first = '';
    for (let i = 0; i < actions.length; i++) {
      const cell = sheet.text(actions[i], c);
      if (cell.trim() === '') continue;
      cells++;
      if (!STANDARD_NUMBER.test(cell)) continue;
      if (named++ === 0) first = collapse(cell);
    }
    if (cells < 3 || named < NAMED * actions.length) continue;
    const header = collapse(text);
    out.columns.push(c);
    out.evidence.push({
      field: 'indicator', column: sheet.letter(c), header, confidence: 0.7, source: 'contents',
      reason: `Indicators: ${named} of ${cells} cells in column ${sheet.letter(c)}${header ? ` ('${header}')` : ''} name indicators by the standard's name ('${first}'), and no column is headed for them`,
    });
  }
  return out;
}
