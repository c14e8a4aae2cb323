import { headerKey } from './cell-text';
import { statesNothing } from './states-nothing';
import type { SheetView } from './view-sheet';

/** A column of percentages complete, how its numbers are written, and a row that shows one. */
export interface PercentColumn {
  c: number;
  /** Its header as written ('% Complete'). */
  header: string;
  /** 'fraction': numbers 0–1 shown as per cent (Excel's 0% format); 'whole': numbers 0–100 (Microsoft Project's export). */
  scale: 'fraction' | 'whole';
  /** The first percentage, as the sheet row and the text read (for the reason the user is given). */
  example: { row: number; text: string };
}

/** The sign or the word for per cent in a header: '% complete', 'Percent Complete', 'PercentComplete', 'Pct done'. */
const PERCENT = /%|per ?cent(?:age)?|\bpct\b/i;
/** Words that say how far an action has got: the subject of a percentage-complete header. */
const HOW_FAR = new Set(['complete', 'completed', 'completion', 'done', 'progress', 'achieved', 'delivered']);
/** Other words such a header may carry: the per cent itself, qualifiers, a period it was taken in ('% complete (Q3)'). */
const QUALIFIER = /^(?:percent|percentage|per|cent|pct|overall|current|actual|estimated|task|action|work|to|date|so|far|as|at|\d{1,4}|q[1-4]|h[12]|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)$/;
/** A percentage typed as text: '50%', '12.5 %'. */
const TYPED = /^\s*\d{1,3}(?:\.\d+)?\s*%\s*$/;
/** What a percentage cell may say instead, beside stating nothing ('N/A', '–'): a figure still to come. Neither counts for nor against. */
const TO_COME = /^\s*tbc\s*$/i;
/** Enough rows to know a column (as `readColumnContents` samples). */
const SAMPLE = 80;

/**
 * Whether a header names how far each action is, in per cent: '% complete', '% Complete (Q3)', 'Percent Complete',
 * 'PercentComplete' (a SharePoint list), 'Progress %', '% Done', 'Percentage complete'. A per cent sign with a word for
 * how far the work has got, and nothing else but qualifiers: 'Target %' (a measure), '% of staff completing training'
 * (a finding) and 'Progress' alone are not.
 *
 * @example
 * namesPercentComplete('% complete (Q3)'); // true
 * namesPercentComplete('Target %'); // false
 */
export function namesPercentComplete(header: string): boolean {
  return PERCENT.test(header) && namesHowFar(header);
}

/**
 * Whether a header names how far each action has got, per cent sign or not: 'Completion', 'Progress', '% complete',
 * 'Complete (Q3)' — words for how far the work has got and nothing else but qualifiers. Without the sign such a header
 * may head dates ('Completion' for when) or words ('Progress' for an update): its cells must show per cents to say so.
 *
 * @example
 * namesHowFar('Completion'); // true
 * namesHowFar('Progress update'); // false
 */
function namesHowFar(header: string): boolean {
  if (header.length > 60) return false;
  const words = headerKey(header).split(' ').filter(Boolean);
  return words.some((w) => HOW_FAR.has(w)) && words.every((w) => HOW_FAR.has(w) || QUALIFIER.test(w));
}

/**
 * The columns whose header names a percentage complete (`namesPercentComplete`) and whose cells bear it out: most of
 * them (and two at least) are percentages — numbers 0–1 shown as per cent, numbers 0–100, or '75%' typed as text —
 * with 'n/a' and blanks allowed. A header naming how far with no per cent sign ('Completion', 'Progress') is one too
 * where most of its cells show the sign ('50%' typed, or 0.5 shown as per cent). Such a column says how far each action has got: never an indicator, a ref or a
 * timescale, though its numbers could read as any of them. `skip`: columns already read otherwise (a tracker's periods,
 * a column set aside, one the user chose).
 *
 * @example
 * // 'Action | Lead | Due | % Complete' over 1, 0.5, 0:
 * findPercentColumns(sheet, headers, rows, new Set()); // [{ c: 3, header: '% Complete', scale: 'fraction', example: { row: 2, text: '100%' } }]
 */
export function findPercentColumns(sheet: SheetView, headers: ReadonlyMap<number, string>, rows: readonly number[], skip: ReadonlySet<number>): PercentColumn[] {
  const out: PercentColumn[] = [];
  for (const [c, header] of headers) {
    if (skip.has(c) || !namesHowFar(header)) continue;
    const found = countPercentages(sheet, c, rows);
    // A header with no per cent sign ('Completion', 'Progress') is read so only where its cells show the sign ('50%'):
    // its numbers alone could be a rating or a count.
    const percents = PERCENT.test(header) ? found.percents : found.signed;
    if (found.first === undefined || percents < 2 || percents < 0.6 * found.own) continue;
    const scale = found.whole ? 'whole' : 'fraction';
    out.push({ c, header, scale, example: { row: sheet.sheetRow(found.first), text: percentText(sheet, found.first, { c, scale }) } });
  }
  return out;
}

/** How many of the column's cells (sampled) are percentages, of how many holding something that applies. */
function countPercentages(sheet: SheetView, c: number, rows: readonly number[]) {
  let own = 0;
  let percents = 0;
  let signed = 0;
  let whole = false;
  let first: number | undefined;
  const step = Math.max(1, Math.floor(rows.length / SAMPLE));
  for (let i = 0; i < rows.length; i += step) {
    const r = rows[i];
    if ((sheet.merge(r, c)?.top ?? r) !== r) continue;
    const value = sheet.value(r, c);
    if (value === null || (typeof value === 'string' && (statesNothing(value) || TO_COME.test(value)))) continue;
    own++;
    const isNumber = typeof value === 'number' && value >= 0 && value <= 100;
    if (!isNumber && !(typeof value === 'string' && TYPED.test(value))) continue;
    percents++;
    if (TYPED.test(sheet.text(r, c))) signed++;
    first ??= r;
    // Numbers past 1 are written 0–100 (a project plan's '50'); a column of fractions never passes 1.
    if (isNumber && value > 1) whole = true;
  }
  return { own, percents, signed, whole, first };
}

/**
 * A percentage cell's text as Excel shows it: its shown text where the sheet gives one ('50%'), else its number written
 * as a percentage by the column's scale (0.5 → '50%', 50 → '50%'), else its text as typed ('50%', 'n/a').
 *
 * @example
 * percentText(sheet, 4, { c: 6, scale: 'fraction', example }); // '75%' for a cell holding 0.75
 */
export function percentText(sheet: SheetView, r: number, column: Pick<PercentColumn, 'c' | 'scale'>): string {
  const value = sheet.value(r, column.c);
  if (typeof value !== 'number' || sheet.shown(r, column.c)) return sheet.text(r, column.c);
  const percent = column.scale === 'fraction' ? value * 100 : value;
  return `${Math.round(percent * 10) / 10}%`;
}
