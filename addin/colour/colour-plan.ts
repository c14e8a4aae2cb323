import type { Grid, PlanReport } from '../../shared/types';
import { columnLetter, parseA1 } from '../excel/a1';
import type { CellFormat, FormatBlock, WorkbookAdapter } from '../excel/types';
import { idRowsOf } from '../row-ids/id-rows-of';
import { cellsOfPlace, isRowPlace, openKeptCells, packKeptCells, parsePlace, type KeptCells } from './kept-cells';
import { COLOURS_KEY, keptColoursOf, NO_KEPT_COLOURS, type KeptColours, type KeptColoursBySheet } from './kept-colours';
import { planFills, type ColourMode } from './plan-fills';
import { ragCellOf } from './rag-cell-of';

const PLAIN: CellFormat = { fill: null, font: '#000000' };
/** Rows of one block that puts kept looks back: a whole plan's (10,000 rows × 11 columns) stays far under Excel's 5 MB request cap. */
const RESTORE_ROWS = 2_000;

type Cell = [number, number];

const rangeOf = (b: FormatBlock) => {
  const s = parseA1(b.topLeft);
  return `${b.topLeft}:${columnLetter(s.left + b.width - 1)}${s.top + (b.cells?.length ?? b.rows.length)}`;
};

/** Blocks that put each look back on its cell, one block over the cells' columns per run of at most RESTORE_ROWS rows. */
function restoreBlocks(looks: Map<string, CellFormat>): FormatBlock[] {
  const cells = [...looks].map(([at, look]) => [...at.split(',').map(Number), look] as [number, number, CellFormat]).sort((a, b) => a[0] - b[0]);
  const blocks: FormatBlock[] = [];
  for (let i = 0; i < cells.length; ) {
    const top = cells[i][0];
    // The cells are sorted by row: one pass takes the run's cells and their columns' span (no spread of a wide sheet's
    // every cell into Math.min's arguments, which overflows the stack past some hundred thousand).
    let end = i;
    let left = Infinity;
    let right = -Infinity;
    for (; end < cells.length && cells[end][0] < top + RESTORE_ROWS; end++) {
      left = Math.min(left, cells[end][1]);
      right = Math.max(right, cells[end][1]);
    }
    const chunk = cells.slice(i, end);
    i = end;
    const bottom = chunk[chunk.length - 1][0];
    const width = right - left + 1;
    const grid = Array.from({ length: bottom - top + 1 }, () => Array.from({ length: width }, (): CellFormat | null => null));
    for (const [r, c, look] of chunk) grid[r - top][c - left] = look;
    blocks.push({ topLeft: `${columnLetter(left)}${top + 1}`, width, rows: [], cells: grid });
  }
  return blocks;
}

/** The sheet's kept colours, with the setting they came from (which holds the other sheets' too). */
async function readKept(adapter: WorkbookAdapter, sheet: string): Promise<{ saved: unknown; cells: KeptCells }> {
  const saved = await adapter.readState<unknown>(COLOURS_KEY);
  return { saved, cells: openKeptCells(keptColoursOf(saved, sheet)) };
}

/**
 * Writes one sheet's kept colours back beside the other sheets' (a sheet with nothing kept is dropped). A setting
 * from before the memory was per sheet was this sheet's (`keptColoursOf`), so it is replaced, not kept beside.
 */
async function writeKept(adapter: WorkbookAdapter, saved: unknown, sheet: string, kept: KeptColours) {
  const others = ((saved as KeptColoursBySheet | null)?.sheets ?? []).filter((e) => Array.isArray(e) && e[0] !== sheet);
  const kepts = kept.captured.length || kept.capturedRows?.length;
  const next: KeptColoursBySheet = { sheets: kepts ? [...others, [sheet, kept]] : others };
  await adapter.writeState(COLOURS_KEY, next);
}

/**
 * Where each row id is now that the check has given every action its own: the ids as the grid holds them, with each
 * action's id on its row (a copy pasted with its original's id has its new one there, and the original keeps its own).
 */
function idRowsNow(before: Map<string, number[]>, report: PlanReport): Map<string, number[]> {
  const reported = new Map(report.actions.filter((a) => a.id).map((a) => [a.row - 1, a.id!]));
  const now = new Map<string, number[]>();
  for (const [id, rows] of before) now.set(id, rows.filter((r) => (reported.get(r) ?? id) === id));
  for (const [r, id] of reported) now.set(id, [...new Set([...(now.get(id) ?? []), r])].sort((a, b) => a - b));
  for (const [id, rows] of now) if (!rows.length) now.delete(id);
  return now;
}

/**
 * Every cell the blocks colour, by the place it is kept by: the row id of the action it shows (and how far below that
 * action's row it is), or its address on a row with no id.
 */
function paintedPlaces(blocks: FormatBlock[], report: PlanReport, mode: ColourMode): Map<string, Cell> {
  const anchors = new Map<number, string>();
  for (const a of report.actions) {
    const at = a.id ? ragCellOf(a, report, mode) : null;
    if (at) anchors.set(at.row - 1, `${a.id}/${at.row - a.row}`);
  }
  const painted = new Map<string, Cell>();
  for (const b of blocks) {
    const s = parseA1(b.topLeft);
    b.rows.forEach((format, i) => {
      if (!format) return;
      const r = s.top + i;
      for (let c = s.left; c < s.left + b.width; c++) painted.set(`${anchors.get(r) ?? r},${c}`, [r, c]);
    });
  }
  return painted;
}

/** Where a row place's cell is on its action: the id, the rows below the action's row, the column. */
function anchorOf(place: string): { id: string; below: number; column: number } {
  const { id, below, column } = parsePlace(place);
  return { id: id ?? '', below, column };
}

/**
 * The place whose kept look a cell coloured for the first time under its row's id already has, if any: its address,
 * kept by a workbook coloured before looks were kept by id; on a row copied with its id and given its own since, its
 * original's; or the same action's status cell in the same column, coloured last time at another distance below the
 * action's row (a form whose block gained or lost rows: its one RAG row moved within the block). Else the cell is read.
 */
function knownLook(place: string, [r, c]: Cell, cells: KeptCells, idsAt: Map<number, string[]>, moved: Map<string, string[]>): string | undefined {
  if (!isRowPlace(place)) return undefined;
  if (cells.captured.has(`${r},${c}`)) return `${r},${c}`;
  const { id, below } = anchorOf(place);
  // This action's id, and any other its row held as the check read it (a copy's original, an id given anew).
  const ids = [id, ...(idsAt.get(r - below) ?? []).filter((other) => other !== id)];
  const copied = ids.map((other) => `${other}/${below},${c}`).find((p) => p !== place && cells.captured.has(p));
  if (copied) return copied;
  return below === 0 ? undefined : ids.flatMap((other) => moved.get(`${other},${c}`) ?? []).find((p) => p !== place);
}

/** Keeps the look of the cells about to be coloured for the first time: known already (`knownLook`), else read. */
async function captureFirstLook(adapter: WorkbookAdapter, blocks: FormatBlock[], painted: Map<string, Cell>, cells: KeptCells, before: Map<string, number[]>) {
  const idsAt = new Map<number, string[]>();
  for (const [id, rows] of before) for (const r of rows) idsAt.set(r, [...(idsAt.get(r) ?? []), id]);
  // Status cells below their action's row coloured last time and not now: by action and column.
  const moved = new Map<string, string[]>();
  for (const place of cells.coloured) {
    if (!isRowPlace(place) || painted.has(place)) continue;
    const { id, below, column } = anchorOf(place);
    if (below !== 0) moved.set(`${id},${column}`, [...(moved.get(`${id},${column}`) ?? []), place]);
  }
  const unread = new Map<string, string>();
  for (const [place, cell] of painted) {
    if (cells.captured.has(place)) continue;
    const from = knownLook(place, cell, cells, idsAt, moved);
    if (!from) {
      unread.set(`${cell[0]},${cell[1]}`, place);
      continue;
    }
    const look = cells.looks.get(from);
    if (look) cells.looks.set(place, look);
    cells.captured.add(place);
    // A look kept under a place not coloured now has moved to this one (an address of a workbook coloured before
    // looks were kept by id, a form's RAG row that moved in its block): nothing is left to put back there.
    if (!painted.has(from)) {
      cells.captured.delete(from);
      cells.coloured.delete(from);
    }
  }
  const ranges = blocks.map(rangeOf).filter((range) => {
    const a = parseA1(range);
    return [...unread.keys()].some((at) => {
      const [r, c] = at.split(',').map(Number);
      return r >= a.top && r <= a.bottom && c >= a.left && c <= a.right;
    });
  });
  if (!ranges.length) return;
  const looks = await adapter.readFormats(ranges);
  ranges.forEach((range, i) => {
    const a = parseA1(range);
    looks[i].forEach((row, r) => row.forEach((look, c) => {
      const place = unread.get(`${a.top + r},${a.left + c}`);
      if (!place || cells.captured.has(place)) return;
      cells.captured.add(place);
      if (look.fill || (look.font && look.font !== PLAIN.font)) cells.looks.set(place, look);
    }));
  });
}

/** The cells coloured before but not now (after a switch of colour mode, or a row that stopped being an action), each with its kept look. */
function staleLooks(cells: KeptCells, painted: Map<string, Cell>, now: Map<string, number[]>): Map<string, CellFormat> {
  const paintedAt = new Set([...painted.values()].map(([r, c]) => `${r},${c}`));
  const stale = new Map<string, CellFormat>();
  for (const place of cells.coloured) {
    if (painted.has(place)) continue;
    for (const [r, c] of cellsOfPlace(place, now)) {
      if (!paintedAt.has(`${r},${c}`)) stale.set(`${r},${c}`, cells.looks.get(place) ?? PLAIN);
    }
  }
  return stale;
}

/**
 * Forgets what no longer has a cell: a deleted row's kept looks (it took its cells with it) and addresses on rows that
 * are now kept by their id (a workbook coloured before looks were kept by id, once its colours are put back there).
 */
function forgetGone(cells: KeptCells, now: Map<string, number[]>) {
  const idRows = new Set([...now.values()].flat());
  for (const place of cells.captured) {
    const { id, row } = parsePlace(place);
    const gone = id !== null ? !now.has(id) : idRows.has(row) && !cells.coloured.has(place);
    if (gone) cells.captured.delete(place);
  }
}

/**
 * Colours a checked plan (status cells or whole rows). The first time a cell is coloured its own look is kept
 * with the workbook — by its row's id where the action has one, so it follows the row wherever the user moves it;
 * cells coloured before but not now (after a switch of colour mode, or a row that is no action any more) get that look
 * back — so no old fill is ever left behind. `grid` is what the report was read from: its id column says where each row
 * is now. What is kept is the report's sheet's alone: colouring another sheet never puts this one's looks on it.
 *
 * @example
 * await colourPlan(adapter, report, grid, 'row');
 * await colourPlan(adapter, report, grid, 'status'); // the rows lose their RAG fill, the status cells keep theirs
 */
export async function colourPlan(adapter: WorkbookAdapter, report: PlanReport, grid: Grid, mode: ColourMode): Promise<void> {
  const lastColumn = Math.max(0, ...grid.values.map((r) => r.length - 1)) + (grid.origin?.column ?? 0);
  const blocks = planFills(report, mode, lastColumn);
  const { saved, cells } = await readKept(adapter, report.sheet);
  const before = idRowsOf(grid);
  const now = idRowsNow(before, report);
  const painted = paintedPlaces(blocks, report, mode);
  await captureFirstLook(adapter, blocks, painted, cells, before);
  // A cell coloured last time under an id its row has lost since (given anew by this check) is still on that row.
  await adapter.formatCells([...restoreBlocks(staleLooks(cells, painted, new Map([...before, ...now]))), ...blocks]);
  cells.coloured = new Set(painted.keys());
  forgetGone(cells, now);
  await writeKept(adapter, saved, report.sheet, packKeptCells(cells));
}

/**
 * Takes the add-in's colours off the active sheet: every cell it coloured gets back the look it had before the first
 * colouring, found by its row's id where it has one (wherever the row is now). Returns how many cells were restored
 * (0 when nothing was coloured on this sheet).
 *
 * @example
 * await clearColours(adapter); // 150
 */
export async function clearColours(adapter: WorkbookAdapter): Promise<number> {
  // The active sheet's cells (its id column), its name and every sheet's kept colours in one round trip (formatCells writes to the active sheet).
  const grid = await adapter.readGrid({ state: [COLOURS_KEY] });
  const saved = grid.state?.get(COLOURS_KEY) ?? null;
  const cells = openKeptCells(keptColoursOf(saved, grid.sheetName));
  if (!cells.coloured.size) return 0;
  const idRows = idRowsOf(grid);
  const looks = new Map<string, CellFormat>();
  for (const place of cells.coloured) for (const [r, c] of cellsOfPlace(place, idRows)) looks.set(`${r},${c}`, cells.looks.get(place) ?? PLAIN);
  await adapter.formatCells(restoreBlocks(looks));
  // Forget the kept look too: whatever the user does to these cells now is the plan's own.
  await writeKept(adapter, saved, grid.sheetName, NO_KEPT_COLOURS);
  return looks.size;
}
