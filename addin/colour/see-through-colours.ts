import type { Grid } from '../../shared/types';
import { RAG_PALETTE } from '../../shared/rag/rag-palette';
import { idRowsOf } from '../row-ids/id-rows-of';
import { cellsOfPlace, openKeptCells } from './kept-cells';
import type { KeptColours } from './kept-colours';

/** The fills the add-in paints with (a RAG's, or none for an action with no RAG). */
const OWN_FILLS = new Set<string | null>([null, ...Object.values(RAG_PALETTE).map((p) => p.fill.toUpperCase())]);

/**
 * The grid as it looked before the add-in coloured it: every cell the add-in colours now gets back the fill and text
 * colour it had before its first colouring (none, where it had none). A check must read the plan as its authors made it —
 * a plan with no status column has its action cells coloured, and read back those fills would be taken for the status.
 * A cell kept by its row's id is found where that row is now (the grid's id column), so rows the user inserted or
 * deleted by hand since never put one cell's look on another; a row copied with its id shows its original's look.
 * A coloured cell whose fill is none of the add-in's any more was filled by the user since: that fill is theirs and stays.
 *
 * @example
 * // E3 was yellow before the add-in filled it green:
 * seeThroughColours(grid, { captured: ['E3'], originals: [['2,4', '#FFFF00', null]], coloured: ['E3'] }).fills[2][4]; // '#FFFF00'
 */
export function seeThroughColours<G extends Grid>(grid: G, kept: KeptColours): G {
  const cells = openKeptCells(kept);
  if (!cells.coloured.size) return grid;
  const origin = grid.origin ?? { row: 0, column: 0 };
  const idRows = idRowsOf(grid);
  const fills = grid.fills?.map((row) => [...row]) ?? grid.values.map((row) => row.map(() => null));
  const fonts = grid.fonts?.map((row) => [...row]) ?? grid.values.map((row) => row.map(() => null));
  let changed = false;
  for (const place of cells.coloured) {
    const was = cells.looks.get(place);
    for (const [r, c] of cellsOfPlace(place, idRows)) {
      const gr = r - origin.row;
      const gc = c - origin.column;
      if (gr < 0 || gc < 0 || gr >= grid.values.length || gc >= (grid.values[gr]?.length ?? 0)) continue;
      if (!OWN_FILLS.has(fills[gr]?.[gc]?.toUpperCase() ?? null)) continue;
      (fills[gr] ??= [])[gc] = was?.fill ?? null;
      // Automatic text is black: the grid writes it as no colour of its own.
      (fonts[gr] ??= [])[gc] = was?.font && was.font.toUpperCase() !== '#000000' ? was.font : null;
      changed = true;
    }
  }
  if (!changed) return grid;
  return { ...grid, fills, ...(grid.fonts || fonts.some((row) => row?.some((f) => f)) ? { fonts } : {}) };
}
