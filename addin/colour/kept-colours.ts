/** The workbook setting the add-in keeps its colouring memory under (every sheet's, in one setting). */
export const COLOURS_KEY = 'colours';

/**
 * What the add-in remembers, with the workbook, about the colours it put on one sheet: the ranges it has ever coloured
 * (whose look before the first colouring is known), that look where it was not plain, and what is coloured now.
 * A1 addresses of that sheet; "row,column" keys are 0-based sheet positions.
 */
export interface KeptColours {
  captured: string[];
  /** ["row,column", fill, font] of captured cells that had a fill or a text colour of their own. */
  originals: [string, string | null, string | null][];
  coloured: string[];
}

/** The setting as written: one entry per sheet the add-in has coloured, by the sheet's name (an array, never an object keyed by it). */
export interface KeptColoursBySheet {
  sheets: [string, KeptColours][];
}

export const NO_KEPT_COLOURS: KeptColours = { captured: [], originals: [], coloured: [] };

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isColour = (v: unknown) => v === null || typeof v === 'string';
function isKept(v: unknown): v is KeptColours {
  const k = v as KeptColours;
  return !!k && typeof k === 'object' && isStrings(k.captured) && isStrings(k.coloured) && Array.isArray(k.originals)
    && k.originals.every((o) => Array.isArray(o) && typeof o[0] === 'string' && isColour(o[1]) && isColour(o[2]));
}

/**
 * One sheet's kept colours out of the saved setting (anything malformed reads as nothing kept). A setting written
 * before the memory was kept per sheet names no sheet: it is taken as the sheet now read, as the add-in took it then.
 *
 * @example
 * keptColoursOf({ sheets: [['Plan', { captured: ['E3:E5'], originals: [], coloured: ['E3:E5'] }]] }, 'Plan').coloured; // ['E3:E5']
 * keptColoursOf({ sheets: [['Plan', …]] }, 'Summary'); // NO_KEPT_COLOURS
 */
export function keptColoursOf(saved: unknown, sheet: string): KeptColours {
  if (isKept(saved)) return saved;
  const sheets = (saved as KeptColoursBySheet | null)?.sheets;
  if (!Array.isArray(sheets)) return NO_KEPT_COLOURS;
  const entry = sheets.find((e) => Array.isArray(e) && e[0] === sheet);
  return entry && isKept(entry[1]) ? entry[1] : NO_KEPT_COLOURS;
}
