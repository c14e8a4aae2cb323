import { fillToRag } from '../rag/fill-to-rag';
import type { RagKeyEntry } from '../types';
import { collapse } from './cell-text';
import type { RowContext } from './classify-row';

/** Fewer coloured tiles than this are a decorated row, not a dashboard. */
const MIN_TILES = 3;
/** Longer than this a tile's label is a sentence, not a status. */
const MAX_LABEL = 40;
/** A tile's count: '5', '25%', '3 of 12'. */
const COUNT = /^\d{1,4}(?:\.\d+)?%?(?:\s+of\s+\d{1,4})?$/;

/**
 * A dashboard of status tiles above the plan: a row of short labels, three or more filled in different RAG colours
 * ('Complete' blue | 'On track' green | 'Delayed' amber), each over a count in the row below (often a COUNTIF of the
 * status column). The tiles' fills are the plan's key: each label is a status in its tile's colour. An uncoloured
 * label among them ('Total actions') counts every action and keys nothing.
 *
 * @example
 * readDashboardTiles({ sheet, r: 2, texts, columns: null, standard: 'WDES' }); // [{ rag: 'blue', label: 'Complete', aliases: [] }, …]
 */
export function readDashboardTiles({ sheet, r, texts }: RowContext): RagKeyEntry[] {
  if (texts.length < MIN_TILES || r + 1 >= sheet.height) return [];
  const entries: RagKeyEntry[] = [];
  for (const t of texts) {
    const label = collapse(t.text);
    const rag = fillToRag(sheet.fill(r, t.c));
    // Each label sits over its count: a row of labels over a row of words is a header or a table, not tiles.
    if (!COUNT.test(collapse(sheet.text(r + 1, t.c))) || label.length > MAX_LABEL || COUNT.test(label)) return [];
    if (rag) entries.push({ rag, label, aliases: [] });
  }
  const colours = new Set(entries.map((e) => e.rag));
  return colours.size >= MIN_TILES && entries.length >= texts.length - 1 ? entries : [];
}
