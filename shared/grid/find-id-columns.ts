import { ROW_ID_HEADER, type Grid } from '../types';

/** One id column of a sheet: its grid column, and the grid row of its heading (the ids are the cells below it). */
export interface IdColumn {
  column: number;
  headerRow: number;
}

/**
 * The add-in's id columns in a grid: each column with a cell reading `ROW_ID_HEADER`, headed at its top-most such cell,
 * left to right. The add-in heads its id column once, on the plan's first header row (a form's: the row above its first
 * block), so that one cell is the whole decision: the reader reads the ids from it, the kept colours find rows by it.
 * A sheet has one, unless a copy of an id column was pasted beside it (or an older add-in wrote one per check on a form):
 * the right-most is the one the last check wrote.
 *
 * @example
 * findIdColumns({ values: [['Action', 'Action ID (do not edit)'], ['Mentoring', '3f9a0c1d2e4b']] }); // [{ column: 1, headerRow: 0 }]
 */
export function findIdColumns(grid: Pick<Grid, 'values'>): IdColumn[] {
  const found = new Map<number, number>();
  // Plain loops over every cell of the sheet: a closure per row (10,000 of them) was most of this scan's cost. A hole in
  // the list of rows is skipped, and a row that is no list goes through forEach, as it always did.
  const values = grid.values;
  const see = (value: unknown, c: number, r: number) => {
    if (value === ROW_ID_HEADER && !found.has(c)) found.set(c, r);
  };
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (!Array.isArray(row)) {
      if (row !== undefined || r in values) (row as unknown as unknown[]).forEach((value, c) => see(value, c, r));
      continue;
    }
    // (A hole in a row reads as undefined, never the id header.)
    for (let c = 0; c < row.length; c++) if (row[c] === ROW_ID_HEADER) see(row[c], c, r);
  }
  return [...found].map(([column, headerRow]) => ({ column, headerRow })).sort((a, b) => a.column - b.column);
}
