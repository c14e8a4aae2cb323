import type { RowContext } from './classify-row';
import { readSummaryRow } from './read-summary-row';

/** A count column's caption: 'No.', 'No. of actions', 'Number', 'Count', 'Total', '#', 'Actions'. */
const COUNT_CAPTION = /^(?:no\.?|number|count|total|#|actions|(?:no\.?|number)\s+of\s+actions)$/i;
/** Longer than this a caption is a sentence, not a small table's column title. */
const MAX_CAPTION = 30;

/**
 * The captions over a small table counting the plan's actions under it ('RAG summary' | 'No.', then 'Complete' | 2,
 * 'On track' | 5 …, as COUNTIF formulas under a plan write it): two or three short captions, one naming a count's column,
 * no figure among them, and the next row a count of the plan's actions (`readSummaryRow`). A summary's header, no
 * action: it has no lead and no timescale because it heads counts, not work. Null for any other row.
 *
 * @example
 * // D16 'RAG summary', F16 'No.'; D17 'Complete', F17 '2'
 * headsCountTable({ sheet, r: 15, texts, columns, standard }); // { why: "its captions ('RAG summary', 'No.') head the counts of the plan's actions under it (row 17: 'Complete' | '2')" }
 */
export function headsCountTable(x: RowContext): { why: string } | null {
  const { sheet, r, texts } = x;
  if (texts.length < 2 || texts.length > 3 || r + 1 >= sheet.height) return null;
  if (texts.some((t) => t.text.length > MAX_CAPTION || /\d/.test(t.text))) return null;
  if (!texts.some((t) => COUNT_CAPTION.test(t.text.replace(/\s+/g, ' ')))) return null;
  // The row below, read as the walk reads it: its texts in their columns.
  const below: { c: number; text: string }[] = [];
  for (let c = 0; c < sheet.width; c++) {
    const text = sheet.text(r + 1, c).trim();
    if (text) below.push({ c, text });
  }
  const counts = below.length ? readSummaryRow({ ...x, r: r + 1, texts: below }) : null;
  if (!counts) return null;
  const captions = texts.map((t) => `'${t.text}'`).join(', ');
  return { why: `its captions (${captions}) head the counts of the plan's actions under it (row ${sheet.sheetRow(r + 1)}: ${below.map((t) => `'${t.text}'`).join(' | ')}), not work of its own` };
}
