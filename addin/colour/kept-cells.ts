import { columnLetter, parseA1 } from '../excel/a1';
import type { CellFormat } from '../excel/types';
import type { KeptColours, KeptRows } from './kept-colours';

/**
 * One sheet's kept colours as sets of places (`KeptColours.originals` says what a place is: "row,column" for a cell
 * kept by address, "id/below,column" for one kept by its row's id): what the add-in works with between reading the
 * setting (`openKeptCells`) and writing it back (`packKeptCells`).
 */
export interface KeptCells {
  captured: Set<string>;
  coloured: Set<string>;
  looks: Map<string, CellFormat>;
}

const columnOf = (letters: string) => parseA1(`${letters}1`).left;

/** Every cell of A1 ranges, as "row,column" places. */
function placesOfRanges(ranges: string[], into: Set<string>) {
  for (const range of ranges) {
    const a = parseA1(range);
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) into.add(`${r},${c}`);
  }
}

/** Every cell of groups kept by row id, as "id/below,column" places. */
function placesOfRows(groups: KeptRows[] | undefined, into: Set<string>) {
  for (const [columns, below, ids] of groups ?? []) {
    const cs = columns.split(',').flatMap((span) => {
      const [from, to = from] = span.split(':').map(columnOf);
      return Array.from({ length: to - from + 1 }, (_, i) => from + i);
    });
    for (const id of ids) for (const c of cs) into.add(`${id}/${below},${c}`);
  }
}

/**
 * Opens a sheet's kept colours (either form: cells kept by address, by row id, or both).
 *
 * @example
 * openKeptCells({ captured: ['E3'], originals: [['2,4', '#FFFF00', null]], coloured: ['E3'], colouredRows: [['E', 0, ['a1']]] }).coloured;
 * // Set { '2,4', 'a1/0,4' }
 */
export function openKeptCells(kept: KeptColours): KeptCells {
  const captured = new Set<string>();
  const coloured = new Set<string>();
  placesOfRanges(kept.captured, captured);
  placesOfRows(kept.capturedRows, captured);
  placesOfRanges(kept.coloured, coloured);
  placesOfRows(kept.colouredRows, coloured);
  const looks = new Map(kept.originals.map(([place, fill, font]): [string, CellFormat] => [place, { fill, font: font ?? undefined }]));
  return { captured, coloured, looks };
}

/** Runs of consecutive numbers as spans: [2, 3, 4, 7] → [[2, 4], [7, 7]]. */
function spansOf(numbers: number[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const n of [...numbers].sort((a, b) => a - b)) {
    const last = spans[spans.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else if (!last || n > last[1]) spans.push([n, n]);
  }
  return spans;
}

/** "row,column" places as A1 ranges: each row's runs of columns, one range down rows where the runs are the same. */
function rangesOf(places: string[]): string[] {
  const byRow = new Map<number, number[]>();
  for (const place of places) {
    const [r, c] = place.split(',').map(Number);
    byRow.set(r, [...(byRow.get(r) ?? []), c]);
  }
  const open = new Map<string, { top: number; bottom: number; left: number; right: number }>();
  const done: { top: number; bottom: number; left: number; right: number }[] = [];
  for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
    for (const [left, right] of spansOf(byRow.get(r)!)) {
      const key = `${left}:${right}`;
      const run = open.get(key);
      if (run && run.bottom === r - 1) run.bottom = r;
      else {
        if (run) done.push(run);
        open.set(key, { top: r, bottom: r, left, right });
      }
    }
  }
  return [...done, ...open.values()].map((a) => `${columnLetter(a.left)}${a.top + 1}${a.top === a.bottom && a.left === a.right ? '' : `:${columnLetter(a.right)}${a.bottom + 1}`}`);
}

/** "id/below,column" places grouped by their columns and rows below: [['A:K', 0, ['a1', 'b2']], ['E', 3, ['c3']]]. */
function rowGroupsOf(places: string[]): KeptRows[] {
  const byAnchor = new Map<string, { id: string; below: number; columns: number[] }>();
  for (const place of places) {
    const { id, below, column } = parsePlace(place);
    const anchor = `${id}/${below}`;
    const seen = byAnchor.get(anchor) ?? { id: id ?? '', below, columns: [] };
    seen.columns.push(column);
    byAnchor.set(anchor, seen);
  }
  const groups = new Map<string, KeptRows>();
  for (const { id, below, columns } of byAnchor.values()) {
    const letters = spansOf(columns).map(([a, b]) => (a === b ? columnLetter(a) : `${columnLetter(a)}:${columnLetter(b)}`)).join(',');
    const key = `${letters}|${below}`;
    if (!groups.has(key)) groups.set(key, [letters, below, []]);
    groups.get(key)![2].push(id);
  }
  return [...groups.values()];
}

/** Whether a place is kept by its row's id (else by its address). */
export const isRowPlace = (place: string) => place.includes('/');

/**
 * A place taken apart: an action's id, the rows below the action's row and the column ("id/below,column"), or a sheet
 * row and column ("row,column", an address kept as it is).
 *
 * @example
 * parsePlace('a1/2,4'); // { id: 'a1', below: 2, row: NaN, column: 4 }
 * parsePlace('5,4'); // { id: null, below: 0, row: 5, column: 4 }
 */
export function parsePlace(place: string): { id: string | null; below: number; row: number; column: number } {
  const cut = place.lastIndexOf(',');
  const column = Number(place.slice(cut + 1));
  const slash = place.lastIndexOf('/', cut);
  if (slash < 0) return { id: null, below: 0, row: Number(place.slice(0, cut)), column };
  return { id: place.slice(0, slash), below: Number(place.slice(slash + 1, cut)), row: NaN, column };
}

/**
 * Packs a sheet's kept cells into the setting's form: address-kept cells as A1 ranges, id-kept ones grouped by columns;
 * looks of cells no longer captured are dropped.
 *
 * @example
 * packKeptCells({ captured: new Set(['a1/0,4', 'b2/0,4']), coloured: new Set(['a1/0,4']), looks: new Map() });
 * // { captured: [], originals: [], coloured: [], capturedRows: [['E', 0, ['a1', 'b2']]], colouredRows: [['E', 0, ['a1']]] }
 */
export function packKeptCells(cells: KeptCells): KeptColours {
  const split = (places: Set<string>) => [[...places].filter((p) => !isRowPlace(p)), [...places].filter(isRowPlace)];
  const [capturedAt, capturedRows] = split(cells.captured);
  const [colouredAt, colouredRows] = split(cells.coloured);
  return {
    captured: rangesOf(capturedAt),
    originals: [...cells.looks].filter(([place]) => cells.captured.has(place)).map(([place, f]) => [place, f.fill, f.font ?? null]),
    coloured: rangesOf(colouredAt),
    ...(capturedRows.length ? { capturedRows: rowGroupsOf(capturedRows) } : {}),
    ...(colouredRows.length ? { colouredRows: rowGroupsOf(colouredRows) } : {}),
  };
}

/**
 * The cells ([row, column], 0-based) a kept place is at now: by address, where it was; by row id, below each row holding
 * the id (a row copied with its id, not yet given its own, shows its original's look too); none when the row was deleted.
 *
 * @example
 * cellsOfPlace('a1/0,4', new Map([['a1', [7]]])); // [[7, 4]] — the row moved down from 5 to 7
 * cellsOfPlace('a1/0,4', new Map()); // [] — the row was deleted
 */
export function cellsOfPlace(place: string, idRows: ReadonlyMap<string, number[]>): [number, number][] {
  const { id, below, row, column } = parsePlace(place);
  if (id === null) return [[row, column]];
  return (idRows.get(id) ?? []).map((r): [number, number] => [r + below, column]);
}
