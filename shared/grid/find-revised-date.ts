import { saysWhen } from './cell-kind';
import { collapse, headerKey } from './cell-text';
import { scoreHeaderWords } from './header-words';
import { statesNothing } from './states-nothing';
import type { DueColumns } from './read-due-columns';
import type { SheetView } from './view-sheet';

/** Words saying a date was set again: 'Revised', 'New', 'Updated', 'Amended', 'Re-profiled', 'Extended', 'Current'. */
const REVISED = '(?:revised|new|updated|amended|re ?profiled|re ?scheduled|re ?forecast|re ?baselined|extended|current|latest)';
/** Words naming when an action is due, after which a revision word qualifies them ('Revised target date'). */
const WHEN = '(?:date|dates|deadline|due|timescale|timescales|time ?frame|target|completion|end|finish|delivery)';
/** A header naming a date set again: the revision word before what it revises ('Revised date', 'New deadline'). */
const REVISED_HEADER = new RegExp(`\\b${REVISED}\\b(?: \\w+){0,2} ${WHEN}\\b`);
/**
 * A project plan's forecast beside its baseline ('Baseline | Forecast | Actual'): the forecast is the date the project now
 * plans to, the baseline the one first set. 'Forecast' alone, or before what it forecasts ('Forecast date', 'Forecast
 * completion'); its cells must be timescales (a 'Forecast' of figures is none).
 */
const FORECAST_HEADER = new RegExp(`^(?:re ?)?forecast(?: ${WHEN})?(?: date)?$`);
/**
 * A project plan's baseline of when ('Baseline Finish', 'Baseline end date', as Smartsheet and Project export it): the date
 * first set, frozen when the plan was agreed. Beside it the plan's date of the same thing ('Target Date', 'Finish') is
 * the one it works to now, as a revised date is.
 */
const BASELINE_HEADER = new RegExp(`^baseline(?: \\w+)? ${WHEN}(?: date)?$`);

/** A header naming when the action is due, plainly ('Target Date', 'Finish', 'Due'): no start, no baseline. */
function namesWhen(header: string): boolean {
  if (/baseline/i.test(header)) return false;
  const best = scoreHeaderWords(header)[0];
  return best?.field === 'due' && best.score >= 0.9;
}

/** Under a group label naming the timescale ('Target date' over 'Original | Revised'), the revision word alone. */
const REVISED_ALONE = new RegExp(`^${REVISED}(?: ${WHEN})?$`);

/**
 * Dates set again beside the timescale first set ('Original date' | 'Revised date', 'Target date' | 'New target date',
 * 'Deadline' | 'Amended deadline', 'Timescale' | 'Re-profiled timescale'; 'Original' | 'Revised' under a 'Target date'
 * label): a plan re-dated after a delay keeps both, and the revised date, where a row gives one, is when the action is now
 * due; a row with none keeps its original. A revised column is headed with a revision word before what it revises (not
 * 'Date updated', when the row was last touched), or is a project plan's 'Forecast' beside its 'Baseline' (or its
 * 'Target Date' / 'Finish' beside its 'Baseline Finish', the baseline then the original), and its cells
 * are timescales; the original is the plan's timescale
 * column (`due`, or with the revised column read as it, the next column scored as the timescale). Start and completion
 * dates are not revisions ('Start | End' reads End; 'Date completed' is when it was done).
 *
 * @example
 * findRevisedDate(sheet, headers, [3], rows, 4, [4, 5], () => true);
 * // { join: 'revised', columns: [5, 4], names: ['revised date', 'original date'] } for E 'Original date' | F 'Revised date'
 */
export function findRevisedDate(sheet: SheetView, headers: ReadonlyMap<number, string>, band: readonly number[], rows: readonly number[], due: number | undefined, dueCandidates: readonly number[], free: (c: number) => boolean): DueColumns | null {
  const baseline = [...headers.keys()].find((c) => free(c) && BASELINE_HEADER.test(headerKey(headers.get(c) ?? '')) && holdsTimescales(sheet, c, rows));
  const revised = [...headers.keys()].filter((c) => c !== baseline && free(c) && (namesRevision(sheet, headers.get(c) ?? '', band, c) || (baseline !== undefined && namesWhen(headers.get(c) ?? ''))) && holdsTimescales(sheet, c, rows));
  if (revised.length === 0) return null;
  const original = baseline ?? [due, ...dueCandidates].find((c) => c !== undefined && !revised.includes(c) && free(c));
  if (original === undefined) return null;
  // Later columns are later revisions ('Revised date | Second revision'): the newest is read first.
  const newestFirst = [...revised].sort((a, b) => b - a);
  return { join: 'revised', columns: [...newestFirst, original], names: [...newestFirst.map(() => 'revised date'), 'original date'] };
}

/** Whether a header names a date set again, on its own ('Revised date') or as the word under a timescale label ('Revised'). */
function namesRevision(sheet: SheetView, header: string, band: readonly number[], c: number): boolean {
  const key = headerKey(header);
  if (REVISED_HEADER.test(key) || FORECAST_HEADER.test(key)) return true;
  if (band.length < 2) return false;
  const own = headerKey(collapse(sheet.text(band[band.length - 1], c)));
  if (!REVISED_ALONE.test(own)) return false;
  // The label above must name the timescale ('Target date', 'Deadline'): 'Revised' under 'Budget' revises no date.
  const above = band.slice(0, -1).map((r) => { const m = sheet.merge(r, c); return collapse(m ? sheet.text(m.top, m.left) : sheet.text(r, c)); }).join(' ');
  return scoreHeaderWords(above).some((w) => w.field === 'due' && w.score >= 0.4);
}

/** Most of a column's filled cells are timescales (dates, quarters, months): at least one row gives a revised date. */
function holdsTimescales(sheet: SheetView, c: number, rows: readonly number[]): boolean {
  let filled = 0;
  let dated = 0;
  for (const r of rows) {
    const text = sheet.text(r, c).trim();
    if (statesNothing(text)) continue;
    filled++;
    if (saysWhen(sheet.value(r, c))) dated++;
  }
  return filled >= 1 && dated >= 0.75 * filled;
}
