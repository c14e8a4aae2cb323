import { DEFAULT_RAG_KEY } from '../rag/default-rag-key';
import { fillToRag } from '../rag/fill-to-rag';
import { findKeyEntry } from '../rag/find-key-entry';
import type { RagKeyEntry } from '../types';
import { collapse } from './cell-text';
import type { SheetView } from './view-sheet';
import { writesWords } from './writes-words';

/** Longer than this a key's label is a sentence, not a status. */
const MAX_LABEL = 40;
/** How far above the row its key block may start (a key has a handful of entries). */
const MAX_KEY_ROWS = 8;
/** Coloured entries a key block needs above an uncoloured one: one coloured row is emphasis, not a key. */
const MIN_COLOURED = 2;

type Cell = { c: number; text: string };

/**
 * A key block's status that has no colour: a row shaped as the key's entries above it — a short label, then what it
 * means, in the same two columns — whose label is left unfilled or filled in no RAG colour (grey), under two coloured
 * entries or more ('Achieved' blue | 'Action complete', 'On target' green | …, then 'Not yet due' | 'Start date not
 * reached (no colour)'; a grey 'Superseded' | 'No longer needed'). The key names the status, and gives it no colour:
 * its entry's colour is null; a label the usual status words colour ('Not started') takes their colour. Only the area's columns and rows count (a table beside the plan, a key sheet's table); the
 * block ends at the first row above that is not one of its entries. Null for any other row.
 *
 * @example
 * readUncolouredKeyRow(sheet, 22, { top: 0, left: 0, right: sheet.width - 1 }); // { rag: null, label: 'Not yet due', aliases: [] }
 */
export function readUncolouredKeyRow(sheet: SheetView, r: number, area: { top: number; left: number; right: number }): RagKeyEntry | null {
  const { left, right } = area;
  const row = textsOf(sheet, r, left, right);
  if (row.length !== 2 || row.some((t) => fillToRag(sheet.fill(r, t.c)) !== null)) return null;
  const [label, meaning] = row;
  if (label.text.length > MAX_LABEL || !/\p{L}/u.test(label.text) || /:$/.test(label.text) || !writesWords(meaning.text)) return null;
  let coloured = 0;
  for (let k = r - 1; k >= Math.max(area.top, r - MAX_KEY_ROWS); k--) {
    const above = textsOf(sheet, k, left, right);
    // Each entry above: its label in the label's column, its meaning in the meaning's column, nothing else.
    if (above.length !== 2 || above[0].c !== label.c || above[1].c !== meaning.c || above[0].text.length > MAX_LABEL) break;
    if (fillToRag(sheet.fill(k, meaning.c)) !== null) break;
    if (fillToRag(sheet.fill(k, label.c)) !== null) coloured++;
  }
  if (coloured < MIN_COLOURED) return null;
  // A label the usual status words colour ('Not started') keeps their colour, as in a key written along a row.
  return { rag: findKeyEntry(label.text, DEFAULT_RAG_KEY)?.rag ?? null, label: label.text, aliases: [] };
}

/** The row's non-empty texts within the columns, in column order. */
function textsOf(sheet: SheetView, r: number, left: number, right: number): Cell[] {
  const texts: Cell[] = [];
  for (let c = left; c <= Math.min(right, sheet.width - 1); c++) {
    const text = collapse(sheet.text(r, c));
    if (text) texts.push({ c, text });
  }
  return texts;
}
