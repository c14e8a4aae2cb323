import { collapse } from './cell-text';
import { headerBandText } from './header-band-text';
import { scoreHeaderWords } from './header-words';
import { periodOfHeader, type HeaderPeriod } from './period-of-header';
import type { SheetView } from './view-sheet';

/** How a run of period columns is described to the user: "12 monthly columns", "5 quarterly columns". */
export const PERIOD_ADJECTIVE: Record<HeaderPeriod['every'], string> = { day: 'dated', month: 'monthly', quarter: 'quarterly', half: 'half-yearly', year: 'yearly', update: 'update' };

/**
 * The period one column of a plan is for, from its header: its own header cell names it ("Q1", "Sep-19", a
 * month typed as a real date and shown 'Sep-19'); failing that, a group label above it does ("Q1 2021/22" over
 * "RAG"). Null when the header names no period, or when beside the period it names another field of its own
 * ("Target date Q4", "Status (Jan 2020)"): that column holds its field, as at that period, not one period's
 * share of a run. The one reading of a header's period is `periodOfHeader`; this says which header text to read.
 *
 * @example
 * periodOfColumn(sheet, [4, 5], 7); // { label: 'Dec-19', every: 'month', … } under 'Delivery timetable' | 'Dec-19'
 * periodOfColumn(sheet, [4], 12); // null for 'Status (Jan 2020)'
 */
export function periodOfColumn(sheet: SheetView, band: readonly number[], c: number, fields: ReadonlySet<string> = NONE): HeaderPeriod | null {
  const own = collapse(sheet.text(band[band.length - 1], c));
  let period = own ? periodOfHeader(own) : null;
  if (!period && band.length > 1) {
    const banded = headerBandText(sheet, band, c);
    period = banded ? periodOfHeader(banded) : null;
  }
  return period && namesNoOtherField(period.rest, fields) ? period : null;
}

const NONE: ReadonlySet<string> = new Set();

/** The header's words beside the period name no field, or only one of `fields` (a tracker's "Q1 RAG" names its status). */
function namesNoOtherField(rest: string, fields: ReadonlySet<string>): boolean {
  const top = rest ? scoreHeaderWords(rest)[0] : undefined;
  return !top || top.score < 0.4 || fields.has(top.field);
}
