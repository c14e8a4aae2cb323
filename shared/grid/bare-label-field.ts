import type { LabelledValues } from './read-labelled-values';
import { fieldOfLabelCell } from './read-labelled-values';
import type { SheetView } from './view-sheet';

/** How far from a row the same labels are looked for: the plan's next actions, a heading or two between. */
const NEAR = 4;
/** A label is a few words ('Owner', 'By when', 'RAG status'); a longer cell is a value or a sentence. */
const MAX_LABEL = 30;

/** One label with no colon and the value typed beside it. */
export interface BareLabel {
  c: number;
  label: string;
  field: keyof LabelledValues;
  value: { c: number; text: string };
}

/**
 * A row typed as label | value pairs with no colons — 'Action' | '…' | 'Owner' | 'Head of HR' | 'Due' | 'Sep 2023' —
 * its labels with their values, or null. With no colon, 'Owner' alone may be a value (a responsibility matrix's 'Lead')
 * or a header's cell; the row's labels are labels when TWO or more of them stand, word for word and in the same columns,
 * on one row nearby with OTHER values beside them: pairs are typed on every action's row, while a header names its
 * columns once (a header printed again, reworded under each section, shares a label or so with another value beside it
 * by chance, not its pairs). Asked only of short cells with no colon, so most of a row is ruled out by length.
 *
 * @example
 * // 'Action' | 'Offer a guaranteed interview …' | 'Owner' | 'Head of Resourcing' | 'Due' | 'Sep 2023', the row under it
 * // 'Action' | 'Audit shortlisting …' | 'Owner' | 'Recruitment Manager' | 'Due' | 'Dec 2023':
 * bareLabelRow(sheet, 3)?.map((l) => [l.field, l.value.text]); // [['lead', 'Head of Resourcing'], ['due', 'Sep 2023']]
 */
export function bareLabelRow(sheet: SheetView, r: number): BareLabel[] | null {
  const labels = labelsIn(sheet, r);
  if (labels.length < 2) return null;
  for (let k = Math.max(0, r - NEAR); k <= Math.min(sheet.height - 1, r + NEAR); k++) {
    if (k === r) continue;
    let paired = 0;
    for (const l of labels) {
      if (sheet.text(k, l.c).trim() !== l.label) continue;
      const other = valueBeside(sheet, k, l.c);
      if (other && other.text !== l.value.text) paired++;
    }
    if (paired >= 2) return labels;
  }
  return null;
}

/** The row's cells that are a field's label with no colon, each with the value beside it. */
function labelsIn(sheet: SheetView, r: number): BareLabel[] {
  const out: BareLabel[] = [];
  for (let c = 0; c < sheet.width; c++) {
    const text = sheet.text(r, c);
    if (text.length < 2 || text.length > MAX_LABEL || text.includes(':')) continue;
    const label = text.trim();
    const field = fieldOfLabelCell(`${label}:`);
    const value = field ? valueBeside(sheet, r, c) : null;
    if (field && value) out.push({ c, label, field, value });
  }
  return out;
}

/** The next cell to the right with text, unless it is a label itself (with a colon or not). */
function valueBeside(sheet: SheetView, r: number, c: number): { c: number; text: string } | null {
  for (let k = c + 1; k < sheet.width; k++) {
    const text = sheet.text(r, k).trim();
    if (!text) continue;
    return fieldOfLabelCell(text) || (text.length <= MAX_LABEL && fieldOfLabelCell(`${text}:`)) ? null : { c: k, text };
  }
  return null;
}
