import type { Grid } from '../../shared/types';
import type { WorkbookAdapter } from '../excel/types';
import { COLOURS_KEY, keptColoursOf } from './kept-colours';
import { seeThroughColours } from './see-through-colours';

/**
 * Reads the active sheet as its authors made it: the cells with the colours the add-in keeps of this sheet, in the same
 * round trip, and every cell the add-in coloured seen with the look it had before (`seeThroughColours`). What a check
 * reads, so a plan is never read from the add-in's own paint.
 *
 * @example
 * const grid = await readAuthorsGrid(adapter); // { sheetName: 'Plan', values: […], fills: […] } — without the RAG fills the add-in put on
 */
export async function readAuthorsGrid(adapter: WorkbookAdapter): Promise<Grid & { sheetName: string }> {
  const { state, ...painted } = await adapter.readGrid({ state: [COLOURS_KEY] });
  return seeThroughColours(painted, keptColoursOf(state?.get(COLOURS_KEY) ?? null, painted.sheetName));
}
