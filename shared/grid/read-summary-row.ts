import { cellKind } from './cell-kind';
import { collapsedLongerThan } from './cell-text';
import type { RowContext } from './classify-row';
import { readFigureTotal } from './read-figure-total';

/** A label that names what is counted: a total, a number of actions, or a state actions are in. */
const COUNTS = /^(?:total|totals|sum|count|number|no\.?|overall|all)\b|\bactions?\b|^(?:overdue|late|delayed|slipping|behind|closed|open|due|not due)\b/i;
/**
 * A count: "13", "5 actions – progressing", "3 of 12", "25%". Read on the text as written: any run of whitespace
 * stands for one space, and what follows "actions" may run over lines.
 */
const COUNT = /^(?:\d{1,4}(?:\.\d+)?%?|\d{1,4}\s+(?:of\s+\d{1,4}|actions?\b[\s\S]*))$/i;

/**
 * A total's own label: a pivot table's subtotal ('Chief Nurse Total', 'M4a Total') or 'Grand Total', an Excel table's
 * total row ('Total', 'Totals'), a value field's caption ('Sum of Budget', 'Count of Ref'). Such a row may count in
 * several columns, or (a subtotal with its counts switched off) in none.
 */
const TOTAL_LABEL = /^(?:(?:grand\s+)?totals?|.{1,60}\S\s+total|(?:sum|count|average)\s+of\s+.{1,40})$/i;

/**
 * An aggregate's own label over a tracker's figures ('Average % complete', 'Mean progress', 'Median days late'): the
 * row averages the plan's rows above it, as an AVERAGE formula under each period's column does. Only with figures beside it.
 */
const AGGREGATE_LABEL = /^(?:average|avg\.?|mean|median)\b.{0,40}$/i;

/** The row's texts are trimmed, so a count starts with its digit: most cells are ruled out without a regex. */
function isCount(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57 && COUNT.test(text);
}

/**
 * A count written under (or in) the plan — "Total actions | 13", "Complete | 5", "Overdue | 2", "Total | 11 actions" —
 * is a summary of the plan, never an action: one short label naming what is counted (a total, or a state such as
 * "In progress") and counts beside it, nothing else. The label sits wherever the plan put it, often in the action
 * column and the count under the timescale or the status.
 *
 * @example
 * readSummaryRow({ sheet, r: 21, texts: [{ c: 2, text: 'Total actions' }, { c: 4, text: '13' }], columns, standard }); // { why: … }
 * readSummaryRow({ sheet, r: 7, texts: [{ c: 0, text: '5' }, { c: 1, text: 'Reverse mentoring' }], columns, standard }); // null
 */
export function readSummaryRow(x: RowContext): { why: string; subtotal?: boolean; labelColumn?: number } | null {
  const total = readTotalRow(x);
  if (total) return total;
  const { texts, columns } = x;
  const costs = readCostTotal(texts);
  if (costs) return costs;
  // A subtotal or total adding up a column of figures above it ('Subtotal – High Impact Action 2' | 39600).
  const sum = readFigureTotal(x);
  if (sum) return sum;
  if (texts.length >= 4) return readTallyRow(x);
  if (texts.length < 2) return null;
  // A number in the ref column is the row's own number ("12 | Complete" is an action with little written), not a count.
  // Counted, not filtered: most rows of two or three texts are no count, and build nothing to find so.
  let only: RowContext['texts'][number] | null = null;
  for (let i = 0; i < texts.length; i++) {
    if (texts[i].c !== columns?.ref && isCount(texts[i].text)) continue;
    if (only !== null) return null;
    only = texts[i];
  }
  if (only === null) return null;
  // A label is short: an action's sentence beside its number is not tidied to find it is none.
  if (collapsedLongerThan(only.text, 40)) return null;
  const label = only.text.replace(/\s+/g, ' ').trim();
  if (label.length > 40 || label.split(' ').length > 5 || /[.!?;]/.test(label)) return null;
  if (!COUNTS.test(label) && cellKind(label) !== 'status' && !statusWithMeaning(label)) return null;
  const counts = texts.filter((t) => t !== only).map((t) => t.text.trim());
  return { why: `'${label}' beside ${counts.map((c) => `'${c}'`).join(', ')} is a count of the plan's actions` };
}

/** A label ending in what it means, in brackets: 'Blue (complete)', 'Green (on track)'. */
const WITH_MEANING = /^(.{1,20}?)\s*\([^()]{1,25}\)$/;

/**
 * A status word with its meaning in brackets after it ('Blue (complete)', 'Amber (at risk)'), as a count of actions by
 * RAG rating labels its colours: the word before the brackets is a status.
 */
function statusWithMeaning(label: string): boolean {
  const m = WITH_MEANING.exec(label);
  return m !== null && cellKind(m[1]) === 'status';
}

/** A sum of money as a budget column writes it: '28000', '£23,000', '1500.50'. */
const AMOUNT = /^£?\d{1,3}(?:,?\d{3})*(?:\.\d{1,2})?$/;
/** A total's label naming what it adds up: 'Total cost of the plan', 'Total budget committed' (a few words, no sentence). */
const COST_TOTAL_LABEL = /^total\b[^.!?;]{0,50}$/i;

/**
 * A line adding up the plan's costs under its actions ('Total cost of the plan' | 28000, 'Total budget committed' |
 * £23,000): a label opening with 'Total' and one sum of money, nothing else. A total, never an action.
 */
function readCostTotal(texts: RowContext['texts']): { why: string } | null {
  if (texts.length !== 2) return null;
  const label = texts.find((t) => COST_TOTAL_LABEL.test(t.text.trim()) && t.text.trim().split(/\s+/).length <= 6);
  // A count ('Total actions' | 3) is told as one, below; only a sum no count could be ('28000', '£23,000') is a cost.
  const amount = texts.find((t) => t !== label && AMOUNT.test(t.text.trim()) && !isCount(t.text.trim()));
  return label && amount ? { why: `'${label.text.trim()}' beside '${amount.text.trim()}' adds up the plan's costs, not an action` } : null;
}

/** What a tally counts or averages besides COUNTS' words: 'avg %', 'average', 'mean', '% done'. */
const AVERAGES = /^(?:avg|average|mean|median)\b|%/i;

/** A tally's label is a word or two: 'count', 'complete', 'avg %'. */
const MAX_TALLY_LABEL = 30;

/**
 * A tally line of labels naming what is counted and their counts across the row ('count | 10 | complete | 2 | overdue | 1
 * | avg % | 44%'), as formulas under a tracker write it: a summary of the plan's actions, never one. Two labels and two
 * counts at least, and nothing else on the row; each label is told with the count after it, where the columns keep them
 * together (a trust reordering its columns moves the tally's cells with them).
 *
 * @example
 * // 'count | 10 | complete | 2 | overdue | 1 | avg % | 44%' in C16:J16:
 * readTallyRow({ sheet, r: 15, texts, columns, standard }); // { why: "it tallies the plan's actions, a count beside each label ('count' 10, …)" }
 */
function readTallyRow({ sheet, r, texts }: RowContext): { why: string } | null {
  // Every text of a tally is short: most rows of four texts or more hold a sentence, and are ruled out without a regex.
  for (let i = 0; i < texts.length; i++) if (texts[i].text.length > MAX_TALLY_LABEL) return null;
  // The row's cells as written: its texts hold each text once, and a tally repeats its counts ('overdue | 1 | … | 1').
  const cells: string[] = [];
  for (let c = texts[0].c; c <= texts[texts.length - 1].c; c++) {
    const text = sheet.text(r, c).trim();
    if (text) cells.push(text);
  }
  const told: string[] = [];
  let labels = 0;
  let counts = 0;
  for (let i = 0; i < cells.length; i++) {
    if (isCount(cells[i])) {
      counts++;
      continue;
    }
    const label = cells[i].replace(/\s+/g, ' ');
    if (/[.!?;]/.test(label) || (!COUNTS.test(label) && !AVERAGES.test(label) && cellKind(label) !== 'status')) return null;
    labels++;
    told.push(i + 1 < cells.length && isCount(cells[i + 1]) ? `'${label}' ${cells[i + 1]}` : `'${label}'`);
  }
  if (labels < 2 || counts < 2) return null;
  return { why: `it tallies the plan's actions, a count beside each label (${told.join(', ')})` };
}

/**
 * A total row of a pivot table or an exported table: a label naming a total ('Chief Nurse Total', 'Grand Total',
 * 'Total', 'Count of Ref'), and nothing else on the row but counts; or a tracker's row of averages under its period
 * columns ('Average % complete | 25% | 54% | 74%', holdout38 maddersfield), a label naming the aggregate and its figures. A total closes the groups of the columns from its label's
 * leftwards: the values written once over them stop there (an inner 'M4a Total' closes the metric's group, not the lead's).
 *
 * @example
 * readTotalRow({ sheet, r: 10, texts: [{ c: 0, text: 'Chief Nurse Total' }, { c: 5, text: '3' }], columns, standard });
 * // { why: "a subtotal ('Chief Nurse Total') counting the group's rows above it ('3')", subtotal: true, labelColumn: 0 }
 */
function readTotalRow({ texts }: RowContext): { why: string; subtotal: boolean; labelColumn: number } | null {
  let labelText: string | null = null;
  let labelColumn = 0;
  // Built only for a row with a count (every row is asked, and most hold none).
  let counts: string[] | null = null;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    // Beside a total's label a number is a count wherever it sits (a pivot's 'Count of Ref' may read as the ref column).
    if (isCount(t.text)) {
      (counts ??= []).push(t.text);
      continue;
    }
    // One label: a second text that is no count rules the row out (most rows) before any text is measured.
    if (labelText !== null) return null;
    labelText = t.text;
    labelColumn = t.c;
  }
  // Short: an action's sentence ending 'in total' is not tidied to find it is none.
  if (labelText === null || collapsedLongerThan(labelText, 80)) return null;
  // Tidied once the row is known to hold one label and counts only: not every row's first text, most rows having two.
  const label = labelText.replace(/\s+/g, ' ').trim();
  if (!TOTAL_LABEL.test(label)) {
    // An aggregate's label ('Average % complete') sums nothing up without its figures beside it.
    if (counts === null || !AGGREGATE_LABEL.test(label)) return null;
    return { why: `a summary ('${label}') of the rows above it (${counts.map((c) => `'${c}'`).join(', ')}), not an action`, subtotal: false, labelColumn };
  }
  const grand = /^grand\s+total$/i.test(label);
  const subtotal = !grand && /\S\s+total$/i.test(label);
  // A lone 'Total' is a heading as often as a total: only counts beside it make it one (as under COUNTS above).
  if (!subtotal && !grand && counts === null) return null;
  const beside = counts ? ` (${counts.map((c) => `'${c}'`).join(', ')})` : '';
  if (subtotal) return { why: `a subtotal ('${label}') counting the group's rows above it${beside}`, subtotal, labelColumn };
  return { why: `${grand ? 'the grand total' : 'a total'} ('${label}') counting the rows above it${beside}`, subtotal, labelColumn };
}
