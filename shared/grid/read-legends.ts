import { fillToRag } from '../rag/fill-to-rag';
import { readRagLegendRow } from '../rag/read-rag-legend-row';
import type { RagKeyEntry } from '../types';
import type { Table } from './find-tables';
import { readUncolouredKeyRow } from './read-uncoloured-key-row';
import type { SheetView } from './view-sheet';

/**
 * The RAG key entries written in tables beside the plan (a key kept to the right of it, beyond an empty
 * column): every row of those tables that reads as a legend row, or whose label cell is coloured with
 * the RAG colour it stands for, whatever description sits beside it ("Complete | Delivered, with evidence"), and under
 * those, a label left unfilled or grey ("Not yet due | Start date not reached"): a status the key names with no colour.
 *
 * @example
 * readLegends(sheet, otherTables); // [{ rag: 'blue', label: 'Complete' }, …]
 */
export function readLegends(sheet: SheetView, tables: readonly Table[]): RagKeyEntry[] {
  const entries: RagKeyEntry[] = [];
  for (const t of tables) {
    for (let r = t.top; r <= t.bottom; r++) {
      const texts: string[] = [];
      const fills: (string | null)[] = [];
      for (let c = t.left; c <= t.right; c++) {
        const text = sheet.text(r, c).trim();
        if (!text) continue;
        texts.push(text);
        fills.push(sheet.fill(r, c));
      }
      if (!texts.length) continue;
      const row = readRagLegendRow(texts, fills);
      if (row.length) entries.push(...row);
      else {
        // Beside the plan, a row is a key or a note: a short coloured label is a key entry.
        const i = fills.findIndex((f, k) => fillToRag(f) !== null && texts[k].length <= 40);
        if (i >= 0) entries.push({ rag: fillToRag(fills[i])!, label: texts[i], aliases: [] });
        else {
          // Under the key's coloured entries, one left unfilled (or grey) is a status the key names with no colour.
          const uncoloured = readUncolouredKeyRow(sheet, r, t);
          if (uncoloured) entries.push(uncoloured);
        }
      }
    }
  }
  return entries;
}
