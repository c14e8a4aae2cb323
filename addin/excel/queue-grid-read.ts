/// <reference types="office-js" />
import type { CellValue, Grid, MergeArea } from '../../shared/types';
import { parseA1 } from './a1';
import { normaliseColour } from './normalise-colour';

/**
 * Queues the read of a range as a Grid — values, every cell's fill, indent level and italics in one call (never cell by cell),
 * and merged areas — without syncing, so the caller can queue several ranges and fetch them in one round trip.
 * With `merges: false`, no merged areas (a block of a larger range read in parts). With `fonts`, each cell's text colour too (a plan may colour its statuses by their text): in the same call, at
 * some 25 bytes a cell more. Office.js gives one text colour per cell, so a cell written in several colours (a key
 * with each word in its colour, `Grid.textRuns`) cannot be read here; each status's own colour can.
 * Call the returned function after `context.sync()`.
 *
 * @example
 * const grid = queueGridRead(sheet.getUsedRange(false), { fonts: true });
 * await context.sync();
 * grid(); // { values, fills, fonts, merges, origin } (indents and italics where any cell has them)
 */
export function queueGridRead(range: Excel.Range, options: { fonts?: boolean; merges?: boolean } = {}): () => Grid {
  range.load(['values', 'rowIndex', 'columnIndex']);
  // Each cell's indent level in the same call (ExcelApi 1.9, as getCellProperties itself): a project plan's export indents
  // each task's name by its outline level, and a task over deeper ones is a heading, not an action.
  // Whether each cell is in italics, in the same call too: a template's guidance and worked example are written in italics.
  const props = range.getCellProperties({ format: { fill: { color: true }, indentLevel: true, font: { italic: true, ...(options.fonts ? { color: true } : {}) } } });
  // A block of a larger range (`readGridInBlocks`) takes the merged areas of the whole range instead.
  const merged = options.merges === false ? null : range.getMergedAreasOrNullObject();
  merged?.load('address');
  return () => {
    const origin = { row: range.rowIndex, column: range.columnIndex };
    const merges = merged ? mergesIn(merged, origin) : [];
    const fills = props.value.map((row) => row.map((cell) => {
      const colour = normaliseColour(cell.format?.fill?.color);
      // Excel reports unfilled cells as white.
      return colour === '#FFFFFF' ? null : colour;
    }));
    // A task's indent level (a project plan's outline), and whether the cell is in italics (a template's own rows).
    const indents = layerOf(props.value, (cell) => {
      const n = cell.format?.indentLevel;
      return typeof n === 'number' && n > 0 ? n : null;
    });
    const italics = layerOf(props.value, (cell) => (cell.format?.font?.italic === true ? true : null));
    const grid: Grid = { values: range.values as CellValue[][], fills, merges, origin, ...(indents ? { indents } : {}), ...(italics ? { italics } : {}) };
    if (!options.fonts) return grid;
    const fonts = props.value.map((row) => row.map((cell) => {
      const colour = normaliseColour(cell.format?.font?.color);
      // Excel reports automatic text as black.
      return colour === '#000000' ? null : colour;
    }));
    return { ...grid, fonts };
  };
}

/**
 * One property of every cell (null where a cell has none), or undefined when no cell has it: most plans indent nothing
 * and write nothing in italics, and carry nothing for it.
 */
function layerOf<T>(cells: Excel.CellProperties[][], read: (cell: Excel.CellProperties) => T | null): (T | null)[][] | undefined {
  let any = false;
  const out = cells.map((row) => row.map((cell) => {
    const value = read(cell);
    if (value !== null) any = true;
    return value;
  }));
  return any ? out : undefined;
}

/**
 * The merged areas Excel gives as one multi-area address ('A3:A7,B3:C3'), in grid coordinates from `origin`.
 *
 * @example
 * mergesIn(merged, { row: 2, column: 0 }); // [{ top: 0, left: 0, bottom: 4, right: 0 }] for 'A3:A7'
 */
export function mergesIn(merged: Excel.RangeAreas, origin: { row: number; column: number }): MergeArea[] {
  const merges: MergeArea[] = [];
  if (merged.isNullObject || !merged.address) return merges;
  for (const part of merged.address.split(',')) {
    const a = parseA1(part);
    merges.push({ top: a.top - origin.row, left: a.left - origin.column, bottom: a.bottom - origin.row, right: a.right - origin.column });
  }
  return merges;
}
