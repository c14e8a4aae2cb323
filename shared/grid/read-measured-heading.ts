import type { RowContext } from './classify-row';
import { collapse, isBlankText } from './cell-text';

/**
 * A label opening what a group's heading says its actions will achieve: 'Success measure:', 'Measure of success –',
 * 'How we will know:', 'Target:', 'KPI:'.
 */
const MEASURE = /^(?:success\s+measures?|measures?\s+of\s+success|how\s+we\s+will\s+(?:measure|know)\b[^:]{0,30}|targets?|outcome\s+measures?|kpis?)\s*[:–—-]\s*\S/i;
/** A label for the group's overall rating beside its heading: 'Overall', 'Overall RAG:', 'Overall status'. */
const OVERALL = /^overall(?:\s+(?:rag|ragb|brag|status|rating|position|progress|assessment))?\s*:?$/i;
/** A heading says what its group is about in words: three at least ('Widen who applies', 'Objective 2 – Fair …'). */
const HEADING_WORDS = 3;

/**
 * A group's heading with what it says of the whole group beside it — its success measure in the action column ('1. Widen
 * who applies and who is appointed' | 'Success measure: relative likelihood of appointment below 1.3 by March 2019') or
 * its overall rating behind a label ('Objective 2 – Fair recruitment and progression (WDES metrics 2 and 5)' | 'Overall'
 * | 'Green'): the heading over the group's actions, not one of them. Returns the heading's text, or null. A row naming a
 * lead or a timescale is an action; so is one whose other text is a ref or a few words.
 *
 * @example
 * readMeasuredHeading(x); // '1. Widen who applies and who is appointed'
 */
export function readMeasuredHeading({ sheet, r, texts, columns }: RowContext): string | null {
  if (!columns || texts.length < 2 || texts.length > 3) return null;
  if (filled(sheet, r, columns.lead)) return null;
  if (texts.length === 2) {
    // The measure in the action column, the heading before it in a column of its own.
    const [head, measure] = texts;
    if (measure.c !== columns.action || filled(sheet, r, columns.due) || filled(sheet, r, columns.status)) return null;
    return MEASURE.test(collapse(measure.text)) && isHeading(head.text) ? collapse(head.text) : null;
  }
  // The overall rating: a label 'Overall', the rating under the status column, the heading the row's third text.
  const label = texts.findIndex((t) => t.text.length <= 24 && OVERALL.test(collapse(t.text)));
  if (label < 0 || columns.status === undefined || !filled(sheet, r, columns.status) || texts[label].c === columns.status) return null;
  const head = texts.find((t, i) => i !== label && t.c !== columns.status);
  return head && head.c !== columns.due && isHeading(head.text) ? collapse(head.text) : null;
}

/**
 * Of a row's texts in order, the heading when the others are its overall rating behind a label ('Objective 1 – Know our
 * disabled workforce (WDES metric 1)' | 'Overall' | 'Amber'), as a heading over a group's own header row writes it; null
 * otherwise. For rows read with no columns yet (over the first header).
 *
 * @example
 * headingBesideOverall(['Objective 1 – Know our disabled workforce', 'Overall', 'Amber']); // 'Objective 1 – Know our disabled workforce'
 * headingBesideOverall(['Overall', 'Amber']); // null
 */
export function headingBesideOverall(texts: readonly string[]): string | null {
  if (texts.length !== 3 || texts[1].length > 24 || !OVERALL.test(texts[1]) || texts[2].length > 30) return null;
  return isHeading(texts[0]) ? collapse(texts[0]) : null;
}

/** Words enough to name what a group is about, not a ref or a code. */
function isHeading(text: string): boolean {
  const t = collapse(text);
  return t.length <= 160 && t.split(' ').filter((w) => /\p{L}{2}/u.test(w)).length >= HEADING_WORDS;
}

function filled(sheet: RowContext['sheet'], r: number, c: number | undefined): boolean {
  return c !== undefined && !isBlankText(sheet.text(r, c));
}
