import type { PlanReport } from '../../shared/types';
import { columnLetter, parseA1 } from '../excel/a1';
import type { CellFormat, FormatBlock, WorkbookAdapter } from '../excel/types';
import { COLOURS_KEY, keptColoursOf, NO_KEPT_COLOURS, type KeptColours, type KeptColoursBySheet } from './kept-colours';
import { planFills, type ColourMode } from './plan-fills';

const PLAIN: CellFormat = { fill: null, font: '#000000' };

const rangeOf = (b: FormatBlock) => {
  const s = parseA1(b.topLeft);
  return `${b.topLeft}:${columnLetter(s.left + b.width - 1)}${s.top + (b.cells?.length ?? b.rows.length)}`;
};

/** Every cell of A1 ranges, as "row,column" (0-based) keys. */
function cellKeys(ranges: string[]): Set<string> {
  const keys = new Set<string>();
  for (const range of ranges) {
    const a = parseA1(range);
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) keys.add(`${r},${c}`);
  }
  return keys;
}

/** Blocks that put the kept look back on every cell of `ranges` except those in `skip`. */
function restoreBlocks(ranges: string[], originals: Map<string, CellFormat>, skip: Set<string>): { blocks: FormatBlock[]; count: number } {
  let count = 0;
  const blocks = ranges.map((range) => {
    const a = parseA1(range);
    const cells = Array.from({ length: a.bottom - a.top + 1 }, (_, i) => Array.from({ length: a.right - a.left + 1 }, (_, j) => {
      const key = `${a.top + i},${a.left + j}`;
      if (skip.has(key)) return null;
      count += 1;
      return originals.get(key) ?? PLAIN;
    }));
    return { topLeft: `${columnLetter(a.left)}${a.top + 1}`, width: a.right - a.left + 1, rows: [], cells };
  });
  return { blocks, count };
}

/** The kept looks by "row,column" key. */
const originalsOf = (kept: KeptColours) => new Map(kept.originals.map(([k, fill, font]): [string, CellFormat] => [k, { fill, font: font ?? undefined }]));

/** The sheet's kept colours, with the setting they came from (which holds the other sheets' too). */
async function readKept(adapter: WorkbookAdapter, sheet: string): Promise<{ saved: unknown; kept: KeptColours; originals: Map<string, CellFormat> }> {
  const saved = await adapter.readState<unknown>(COLOURS_KEY);
  const kept = keptColoursOf(saved, sheet);
  return { saved, kept, originals: originalsOf(kept) };
}

/**
 * Writes one sheet's kept colours back beside the other sheets' (a sheet with nothing kept is dropped). A setting
 * from before the memory was per sheet was this sheet's (`keptColoursOf`), so it is replaced, not kept beside.
 */
async function writeKept(adapter: WorkbookAdapter, saved: unknown, sheet: string, kept: KeptColours) {
  const others = ((saved as KeptColoursBySheet | null)?.sheets ?? []).filter((e) => Array.isArray(e) && e[0] !== sheet);
  const next: KeptColoursBySheet = { sheets: kept.captured.length ? [...others, [sheet, kept]] : others };
  await adapter.writeState(COLOURS_KEY, next);
}

/** Reads and keeps the look of the cells about to be coloured for the first time. */
async function captureFirstLook(adapter: WorkbookAdapter, ranges: string[], kept: KeptColours, originals: Map<string, CellFormat>) {
  const captured = cellKeys(kept.captured);
  const fresh = ranges.filter((range) => [...cellKeys([range])].some((k) => !captured.has(k)));
  if (!fresh.length) return;
  const looks = await adapter.readFormats(fresh);
  fresh.forEach((range, i) => {
    const a = parseA1(range);
    looks[i].forEach((row, r) => row.forEach((look, c) => {
      const key = `${a.top + r},${a.left + c}`;
      if (captured.has(key)) return;
      if (look.fill || (look.font && look.font !== PLAIN.font)) originals.set(key, look);
    }));
  });
  kept.captured = [...new Set([...kept.captured, ...fresh])];
}

/**
 * Colours a checked plan (status cells or whole rows). The first time a cell is coloured its own look is kept
 * with the workbook; cells coloured before but not now (after a switch of colour mode, or a row that moved)
 * get that look back — so no old fill is ever left behind. What is kept is the report's sheet's alone: colouring
 * another sheet never puts this one's looks on it.
 *
 * @example
 * await colourPlan(adapter, report, 'row', 10);
 * await colourPlan(adapter, report, 'status', 10); // the rows lose their RAG fill, the status cells keep theirs
 */
export async function colourPlan(adapter: WorkbookAdapter, report: PlanReport, mode: ColourMode, lastColumn: number): Promise<void> {
  const blocks = planFills(report, mode, lastColumn);
  const ranges = blocks.map(rangeOf);
  const { saved, kept, originals } = await readKept(adapter, report.sheet);
  const next: KeptColours = { ...kept };
  await captureFirstLook(adapter, ranges, next, originals);
  const now = cellKeys(ranges);
  const stale = kept.coloured.filter((range) => [...cellKeys([range])].some((k) => !now.has(k)));
  await adapter.formatCells([...restoreBlocks(stale, originals, now).blocks, ...blocks]);
  next.coloured = ranges;
  next.originals = [...originals].map(([k, f]) => [k, f.fill, f.font ?? null]);
  await writeKept(adapter, saved, report.sheet, next);
}

/**
 * Takes the add-in's colours off the active sheet: every cell it coloured gets back the look it had before the first
 * colouring. Returns how many cells were restored (0 when nothing was coloured on this sheet).
 *
 * @example
 * await clearColours(adapter); // 150
 */
export async function clearColours(adapter: WorkbookAdapter): Promise<number> {
  // The active sheet's name and every sheet's kept colours in one round trip (formatCells writes to the active sheet).
  const grid = await adapter.readGrid({ state: [COLOURS_KEY] });
  const saved = grid.state?.get(COLOURS_KEY) ?? null;
  const kept = keptColoursOf(saved, grid.sheetName);
  if (!kept.coloured.length) return 0;
  const { blocks, count } = restoreBlocks(kept.coloured, originalsOf(kept), new Set());
  await adapter.formatCells(blocks);
  // Forget the kept look too: whatever the user does to these cells now is the plan's own.
  await writeKept(adapter, saved, grid.sheetName, NO_KEPT_COLOURS);
  return count;
}
