/** The workbook setting the add-in keeps its colouring memory under (every sheet's, in one setting). */
export const COLOURS_KEY = 'colours';

/**
 * What the add-in remembers, with the workbook, about the colours it put on one sheet: the cells it has ever coloured
 * (whose look before the first colouring is known), that look where it was not plain, and what is coloured now.
 * A cell on an action row with an id is kept by the id (`capturedRows`, `colouredRows`), so what is kept follows the
 * row when the user inserts, deletes or sorts rows by hand; a cell on a row with no id is kept by its address (A1 ranges
 * in `captured`, `coloured`), as every cell was before the add-in kept them by id (such a workbook reads as before).
 */
export interface KeptColours {
  /** A1 ranges of cells kept by address. */
  captured: string[];
  /**
   * [place, fill, font] of captured cells that had a fill or a text colour of their own. A place is "row,column" (the
   * 0-based sheet position) for a cell kept by address, "id/below,column" for one kept by its row's id: the action's id,
   * how many rows below the action's row the cell is (a form's status row), its 0-based column.
   */
  originals: [string, string | null, string | null][];
  coloured: string[];
  /** Cells kept by row id: [columns ('E', 'A:K', 'A:C,E'), rows below the id's row, the ids]. */
  capturedRows?: KeptRows[];
  colouredRows?: KeptRows[];
}

/** One group of cells kept by row id: the same columns, as far below the id's row, of each of these ids' rows. */
export type KeptRows = [string, number, string[]];

/** The setting as written: one entry per sheet the add-in has coloured, by the sheet's name (an array, never an object keyed by it). */
export interface KeptColoursBySheet {
  sheets: [string, KeptColours][];
}

export const NO_KEPT_COLOURS: KeptColours = { captured: [], originals: [], coloured: [] };

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isColour = (v: unknown) => v === null || typeof v === 'string';
const isRows = (v: unknown) => v === undefined
  || (Array.isArray(v) && v.every((g) => Array.isArray(g) && typeof g[0] === 'string' && Number.isInteger(g[1]) && isStrings(g[2])));
function isKept(v: unknown): v is KeptColours {
  const k = v as KeptColours;
  return !!k && typeof k === 'object' && isStrings(k.captured) && isStrings(k.coloured) && Array.isArray(k.originals)
    && k.originals.every((o) => Array.isArray(o) && typeof o[0] === 'string' && isColour(o[1]) && isColour(o[2]))
    && isRows(k.capturedRows) && isRows(k.colouredRows);
}

/**
 * One sheet's kept colours out of the saved setting (anything malformed reads as nothing kept). A setting written
 * before the memory was kept per sheet names no sheet: it is taken as the sheet now read, as the add-in took it then.
 *
 * @example
 * keptColoursOf({ sheets: [['Plan', { captured: ['E3:E5'], originals: [], coloured: ['E3:E5'] }]] }, 'Plan').coloured; // ['E3:E5']
 * keptColoursOf({ sheets: [['Plan', …]] }, 'Summary'); // NO_KEPT_COLOURS
 * keptColoursOf({ sheets: [['Plan', { captured: [], originals: [], coloured: [], colouredRows: [['E', 0, ['3f9a0c1d2e4b']]] }]] }, 'Plan').colouredRows; // [['E', 0, ['3f9a0c1d2e4b']]]
 */
export function keptColoursOf(saved: unknown, sheet: string): KeptColours {
  if (isKept(saved)) return saved;
  const sheets = (saved as KeptColoursBySheet | null)?.sheets;
  if (!Array.isArray(sheets)) return NO_KEPT_COLOURS;
  const entry = sheets.find((e) => Array.isArray(e) && e[0] === sheet);
  return entry && isKept(entry[1]) ? entry[1] : NO_KEPT_COLOURS;
}
