import type { PlanReport } from '../../shared/types';
import { columnLetter, parseA1 } from '../excel/a1';
import type { CellFormat, FormatBlock, WorkbookAdapter } from '../excel/types';
import { planFills, type ColourMode } from './plan-fills';

/**
 * What the add-in remembers, with the workbook, about the colours it put on: the ranges it has ever coloured
 * (whose look before the first colouring is known), that look where it was not plain, and what is coloured now.
 */
interface KeptColours {
  captured: string[];
  /** [address, fill, font] of captured cells that had a fill or a text colour of their own. */
  originals: [string, string | null, string | null][];
  coloured: string[];
}

const STATE_KEY = 'colours';
const PLAIN: CellFormat = { fill: null, font: '#000000' };
const EMPTY: KeptColours = { captured: [], originals: [], coloured: [] };

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

async function readKept(adapter: WorkbookAdapter): Promise<{ kept: KeptColours; originals: Map<string, CellFormat> }> {
  const kept = (await adapter.readState<KeptColours>(STATE_KEY)) ?? EMPTY;
  return { kept, originals: new Map(kept.originals.map(([k, fill, font]) => [k, { fill, font: font ?? undefined }])) };
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
 * get that look back — so no old fill is ever left behind.
 *
 * @example
 * await colourPlan(adapter, report, 'row', 10);
 * await colourPlan(adapter, report, 'status', 10); // the rows lose their RAG fill, the status cells keep theirs
 */
export async function colourPlan(adapter: WorkbookAdapter, report: PlanReport, mode: ColourMode, lastColumn: number): Promise<void> {
  const blocks = planFills(report, mode, lastColumn);
  const ranges = blocks.map(rangeOf);
  const { kept, originals } = await readKept(adapter);
  const next: KeptColours = { ...kept };
  await captureFirstLook(adapter, ranges, next, originals);
  const now = cellKeys(ranges);
  const stale = kept.coloured.filter((range) => [...cellKeys([range])].some((k) => !now.has(k)));
  await adapter.formatCells([...restoreBlocks(stale, originals, now).blocks, ...blocks]);
  next.coloured = ranges;
  next.originals = [...originals].map(([k, f]) => [k, f.fill, f.font ?? null]);
  await adapter.writeState(STATE_KEY, next);
}

/**
 * Takes the add-in's colours off: every cell it coloured gets back the look it had before the first colouring.
 * Returns how many cells were restored (0 when nothing was coloured).
 *
 * @example
 * await clearColours(adapter); // 150
 */
export async function clearColours(adapter: WorkbookAdapter): Promise<number> {
  const { kept, originals } = await readKept(adapter);
  if (!kept.coloured.length) return 0;
  const { blocks, count } = restoreBlocks(kept.coloured, originals, new Set());
  await adapter.formatCells(blocks);
  // Forget the kept look too: whatever the user does to these cells now is the plan's own.
  await adapter.writeState(STATE_KEY, EMPTY);
  return count;
}
