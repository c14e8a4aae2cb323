import { fillToRag } from '../rag/fill-to-rag';
import { readRagLegendRow } from '../rag/read-rag-legend-row';
import type { RagKeyEntry } from '../types';
import type { Table } from './find-tables';
import { readSwatchKeyRow } from './read-swatch-key-row';
import { readUncolouredKeyRow } from './read-uncoloured-key-row';
import type { SheetView } from './view-sheet';

/**
 * The RAG key entries written in tables beside the plan (a key kept to the right of it, beyond an empty
 * column): every row of those tables that reads as a legend row, or whose label cell is coloured with
 * the RAG colour it stands for, whatever description sits beside it ("Complete | Delivered, with evidence"), and under
 * those, a label left unfilled or grey ("Not yet due | Start date not reached"): a status the key names with no colour;
 * and a key block of swatches ('BRAG' | 'B' filled blue | 'Complete', or an empty cell filled blue | 'Complete'), read
 * over all the columns on its side of the `plan`.
 *
 * @example
 * readLegends(sheet, otherTables); // [{ rag: 'blue', label: 'Complete' }, …]
 */
export function readLegends(sheet: SheetView, tables: readonly Table[], plan?: Table): RagKeyEntry[] {
  const entries: RagKeyEntry[] = [];
  /** Rows read as a key block of swatches: its title, swatches and meanings may fall in tables of their own. */
  const swatchRows = new Set<number>();
  for (const t of tables) {
    // A key of swatches beside the plan: an empty swatch column parts its title from its meanings, so the block is
    // looked for over everything on the key's side of the plan, not within one table.
    const side = plan ? sideOf(t, plan, sheet) : t;
    for (let r = t.top; r <= t.bottom; r++) {
      if (swatchRows.has(r)) continue;
      const read = readKeyRow(sheet, r, t, side);
      if (!read) continue;
      if (read.swatch) swatchRows.add(r);
      // Each entry keeps where it was read (the row's first cell), for the reasons of the statuses it decodes.
      for (const entry of read.entries) entries.push({ ...entry, cell: read.cell });
    }
  }
  return entries;
}

/** A key row is a label and what it means, perhaps a code or a swatch's name beside them: three texts at most. */
const MAX_KEY_ROW_TEXTS = 3;

/** The columns on the table's side of the plan (all of them right of it, or left), the empty column between included. */
function sideOf(t: Table, plan: Table, sheet: SheetView): { left: number; right: number } {
  if (t.left > plan.right) return { left: plan.right + 1, right: sheet.width - 1 };
  if (t.right < plan.left) return { left: 0, right: plan.left - 1 };
  return t;
}

/** The key entries one row of a table beside the plan gives, the row's first cell, and whether it is a swatch block's row; null for a row with none. */
function readKeyRow(sheet: SheetView, r: number, t: Table, side: { left: number; right: number }): { entries: RagKeyEntry[]; cell: string; swatch: boolean } | null {
  const swatch = readSwatchKeyRow(sheet, r, { top: 0, bottom: sheet.height - 1, left: side.left, right: side.right });
  const texts: string[] = [];
  const fills: (string | null)[] = [];
  let first = -1;
  for (let c = t.left; c <= t.right; c++) {
    const text = sheet.text(r, c).trim();
    if (!text) continue;
    if (first < 0) first = c;
    texts.push(text);
    fills.push(sheet.fill(r, c));
  }
  const cell = sheet.address(r, first < 0 ? t.left : first);
  if (swatch) return { entries: [swatch.entry], cell, swatch: true };
  if (!texts.length) return null;
  const row = readRagLegendRow(texts, fills);
  if (row.length) return { entries: row, cell, swatch: false };
  // Beside the plan, a row is a key or a note: a short coloured label is a key entry. A row of four texts or more is a
  // table's (a dashboard's count table headed 'High Impact Action | Actions | Complete | On track …' on a teal band),
  // not a label and what it means.
  const i = texts.length > MAX_KEY_ROW_TEXTS ? -1 : fills.findIndex((f, k) => fillToRag(f) !== null && texts[k].length <= 40);
  if (i >= 0) return { entries: [{ rag: fillToRag(fills[i])!, label: texts[i], aliases: [] }], cell, swatch: false };
  // Under the key's coloured entries, one left unfilled (or grey) is a status the key names with no colour.
  const uncoloured = readUncolouredKeyRow(sheet, r, t);
  return uncoloured ? { entries: [uncoloured], cell, swatch: false } : null;
}
