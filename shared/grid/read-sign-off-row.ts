import { collapse } from './cell-text';
import type { RowContext } from './classify-row';

/**
 * A sign-off label: who did something to the plan itself — a past participle and 'by' ('Prepared by', 'Approved by',
 * 'Signed off by', 'Reviewed by:', 'Drawn up by') — or the title of a sign-off table ('Sign-off', 'Signatures',
 * 'Document control', 'Approval').
 */
const SIGN_OFF = /^(?:[a-z]+(?:ed|en)(?:\s+(?:off|up|out))?\s+by|sign(?:ed)?[\s-]?off|signatures?|signed|document control|version control|approvals?)\s*:?$/i;
/** A sign-off names who, in what role and when: a few short cells, never a sentence. */
const MAX_CELLS = 6;
const MAX_CELL = 60;

/**
 * A row of the sign-off table a trust puts under (or over) its plan — "Sign-off | Name | Role | Date", "Prepared by |
 * A. Boateng | EDI Lead | 01/07/2025", "Approved by | People Committee | Chair: R. Dunmore | 17/07/2025" — records who
 * prepared or approved the plan, not something to do: it is no action, even with a name under the lead column and a
 * date under the timescale. One of its texts is the label (the first, as trusts write it); the rest are a few short cells.
 *
 * @example
 * readSignOffRow({ sheet, r: 23, texts: [{ c: 0, text: 'Prepared by' }, { c: 1, text: 'A. Boateng' }, { c: 3, text: 'EDI Lead' }], columns, standard }); // { why: … }
 * readSignOffRow({ sheet, r: 8, texts: [{ c: 0, text: 'Approve the plan at the Board.' }, { c: 3, text: 'Chair' }], columns, standard }); // null
 */
export function readSignOffRow({ sheet, r, texts }: RowContext): { label: string; why: string } | null {
  const label = signOffLabel(texts);
  if (label === undefined) return null;
  if (label === null) return furtherRowOf(sheet, r, texts);
  const name = label.replace(/\s*:$/, '');
  const why = /\sby$/i.test(name) ? `'${name}' records who prepared or approved the plan, not something to do` : `'${name}' heads the table of who prepared or approved the plan, not something to do`;
  return { label, why };
}

/** The row's one sign-off label; null for a row of a few short cells naming none; undefined for any other row. */
function signOffLabel(texts: RowContext['texts']): string | null | undefined {
  if (texts.length === 0 || texts.length > MAX_CELLS) return undefined;
  if (texts.some((t) => t.text.length > MAX_CELL)) return undefined;
  // The label is most often the row's first cell, but the table's columns may come in any order.
  const labels = texts.map((t) => collapse(t.text)).filter((t) => t.length <= 30 && SIGN_OFF.test(t));
  return labels.length === 1 ? labels[0] : labels.length === 0 ? null : undefined;
}

/** How far down a sign-off table runs under its first labelled row (a handful of rows). */
const MAX_TABLE_ROWS = 4;

/**
 * A further row of a sign-off table, with no sign-off label of its own ('Executive lead | Chief People Officer | Next
 * review | March 2024' under 'Approved by | People Committee | Date | 14 September 2023'): a few short cells in the very
 * columns of the sign-off row above it (or of the table's rows between), as a box of labels and values is laid out.
 */
function furtherRowOf(sheet: RowContext['sheet'], r: number, texts: RowContext['texts']): { label: string; why: string } | null {
  if (texts.length < 2) return null;
  const columns = texts.map((t) => t.c).join();
  for (let k = r - 1; k >= Math.max(0, r - MAX_TABLE_ROWS); k--) {
    const above: { c: number; text: string }[] = [];
    for (let c = 0; c < sheet.width; c++) if (sheet.text(k, c).trim()) above.push({ c, text: collapse(sheet.text(k, c)) });
    const label = signOffLabel(above);
    if (label === undefined || above.map((t) => t.c).join() !== columns) return null;
    if (label) {
      const first = collapse(texts[0].text);
      return { label: first, why: `'${first}' is a row of the sign-off table under '${label.replace(/\s*:$/, '')}' (row ${sheet.sheetRow(k)}), which records who prepared or approved the plan, not something to do` };
    }
  }
  return null;
}
