/// <reference types="office-js" />
import type { CellValue, Grid, MergeArea } from '../../shared/types';
import { mergesIn, queueGridRead } from './queue-grid-read';

/**
 * Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded; desktop Excel has no such cap). A
 * cell's values and properties come to some 150–300 bytes, so a sheet of a few thousand rows of long actions can pass it.
 * Blocks are sized to stay near this many bytes; a block that still comes back too large (very long texts) is halved.
 */
const BLOCK_BYTES = 3 * 1024 * 1024;
const BYTES_PER_CELL = 300;

/**
 * Whether Office refused a batch for the size of its response (or request): reading the same cells in smaller blocks
 * succeeds, so this is the one error `readGrid` answers by reading again.
 *
 * @example
 * isPayloadTooLarge({ code: 'ResponsePayloadSizeLimitExceeded' }); // true
 */
export function isPayloadTooLarge(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return e?.code === 'ResponsePayloadSizeLimitExceeded' || e?.code === 'RequestPayloadSizeLimitExceeded' || /(?:Response|Request)PayloadSizeLimitExceeded/.test(String(e?.message ?? ''));
}

/** The used range's place and size, and its merged areas, queued; call after `context.sync()`. */
export function queueShapeRead(used: Excel.Range): () => { top: number; left: number; rows: number; columns: number; merges: MergeArea[] } {
  used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
  const merged = used.getMergedAreasOrNullObject();
  merged.load('address');
  return () => {
    const merges = mergesIn(merged, { row: used.rowIndex, column: used.columnIndex });
    return { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, columns: used.columnCount, merges };
  };
}

/**
 * Reads a sheet's used range as one Grid in blocks of rows, one sync each — for Excel on the web when the whole range's
 * cells come back over its response cap. The same Grid as `queueGridRead` of the whole range gives: values, fills, text
 * colours, indents and italics row by row, the merged areas of the whole range (a merge across two blocks stays whole).
 *
 * @example
 * const shape = queueShapeRead(used); await context.sync();
 * const grid = await readGridInBlocks(context, sheet, shape()); // 10,000 rows of 12 columns: about 10 syncs
 */
export async function readGridInBlocks(context: Excel.RequestContext, sheet: Excel.Worksheet, shape: ReturnType<ReturnType<typeof queueShapeRead>>): Promise<Grid> {
  const parts: Grid[] = [];
  let size = Math.max(1, Math.floor(BLOCK_BYTES / (BYTES_PER_CELL * Math.max(1, shape.columns))));
  for (let done = 0; done < shape.rows; ) {
    const rows = Math.min(size, shape.rows - done);
    const block = queueGridRead(sheet.getRangeByIndexes(shape.top + done, shape.left, rows, shape.columns), { fonts: true, merges: false });
    try {
      await context.sync();
    } catch (error) {
      // A block of very long texts is still too large: the same rows in halves. One row too large cannot be read at all,
      // and the pane shows the user why in words, not Office's error code.
      if (!isPayloadTooLarge(error)) throw error;
      if (rows === 1) throw new Error(rowTooLarge(shape.top + done));
      size = Math.max(1, Math.floor(rows / 2));
      continue;
    }
    parts.push(block());
    done += rows;
  }
  return joinRows(parts, { row: shape.top, column: shape.left }, shape.merges);
}

/** Why a sheet cannot be read on the web: one row (0-based `row` of the sheet) holds more than one response may carry. */
function rowTooLarge(row: number): string {
  return `row ${row + 1} holds more text than Excel on the web can send in one go (5 MB). Shorten its longest cells, or check the plan in Excel on the desktop`;
}

/** The blocks' rows as one Grid: a layer only some blocks have (indents, italics) is null in the others' rows. */
function joinRows(parts: readonly Grid[], origin: { row: number; column: number }, merges: MergeArea[]): Grid {
  const values: CellValue[][] = [];
  for (const p of parts) for (const row of p.values) values.push(row);
  const layer = <K extends 'fills' | 'fonts' | 'indents' | 'italics'>(key: K): Grid[K] | undefined => {
    if (!parts.some((p) => p[key])) return undefined;
    const out: unknown[][] = [];
    for (const p of parts) for (let r = 0; r < p.values.length; r++) out.push((p[key] as unknown[][] | undefined)?.[r] ?? p.values[r].map(() => null));
    return out as Grid[K];
  };
  const [fills, fonts, indents, italics] = [layer('fills'), layer('fonts'), layer('indents'), layer('italics')];
  return { values, merges, origin, ...(fills ? { fills } : {}), ...(fonts ? { fonts } : {}), ...(indents ? { indents } : {}), ...(italics ? { italics } : {}) };
}
