import { readPeriodClue } from '../identity/read-period-clue';
import { collapse } from './cell-text';
import type { OtherPlan } from './find-other-plans';
import type { RowTexts } from './profile-rows';
import { readStatusCaption } from './read-status-caption';

/** A band's caption is a year and a word or two ('2020-21', '2022-23 (current year)', 'Year 2021/22 actions'): short. */
const MAX_BAND = 40;
/** Words saying a band is the year the plan is in now: '(current year)', 'Current', 'This year'. */
const CURRENT = /\bcurrent\b|\bthis\s+(?:financial\s+)?year\b/i;
/**
 * Words saying a band's actions came on into this year ('Carried forward from 2021-22', 'Continuing', 'Outstanding from
 * 2021/22'): this plan's live actions, whatever year the caption names.
 */
const CAME_ON = /\b(?:carried|brought|rolled|c\/f|b\/f|continuing|continued|outstanding|remaining|ongoing)\b/i;

/** A year band of a rolling plan: its caption's row and text, and the financial year it names. */
export interface YearBand {
  row: number;
  text: string;
  period: string;
}

/**
 * A ROLLING plan kept on one sheet year after year under one header: the rows fall into YEAR BANDS, each a caption naming
 * only a year ('2020-21', '2021-22', '2022-23 (current year)'), and one band says it is the CURRENT year. The bands naming
 * an earlier year are the record of earlier years' plans (their rows often greyed, 'Closed' or 'C/F to 2022-23'; an action
 * carried forward is entered again in the current band): set aside, each with why. Without a band calling itself current
 * the bands may be the years of one multi-year plan, all live, so nothing is set aside; a band saying its actions came on
 * into this year ('Carried forward from 2021-22') is live whatever its year; a band naming a later year is left as it is.
 * Returns the earlier years (as other plans: rows from the caption to the row before the next band, header or blank row)
 * and the current band, or null.
 *
 * @example
 * // '2020-21' on row 6 over rows 7–10, '2021-22' on row 11 over rows 12–15, '2022-23 (current year)' on row 16:
 * findEarlierYears(texts, [[4]], 26, sheet.sheetRow);
 * // { current: { row: 15, text: '2022-23 (current year)', period: '2022-23' }, earlier: [{ from: 5, to: 9, caption: '2020-21', … }, …] }
 */
export function findEarlierYears(texts: RowTexts, bands: readonly (readonly number[])[], height: number, sheetRow: (r: number) => number): { current: YearBand; earlier: OtherPlan[] } | null {
  if (bands.length === 0) return null;
  const headers = new Set(bands.flat());
  const found: YearBand[] = [];
  for (let r = bands[0][bands[0].length - 1] + 1; r < height; r++) {
    const band = yearBandOf(texts[r], r);
    if (band) found.push(band);
  }
  const current = found.filter((b) => CURRENT.test(b.text));
  if (found.length < 2 || current.length !== 1) return null;
  const now = current[0];
  const earlier: OtherPlan[] = [];
  for (const band of found) {
    if (band === now || CAME_ON.test(band.text) || band.period.slice(0, 4) >= now.period.slice(0, 4)) continue;
    const to = endOfBand(texts, band.row, found, headers, height);
    if (to <= band.row) continue;
    const why = `its rows are the actions of ${band.period}, an earlier year of this rolling plan (the current year is ${now.period}: row ${sheetRow(now.row)}'s band '${now.text}')`;
    earlier.push({ from: band.row, to, caption: band.text, period: band.period, why });
  }
  return earlier.length ? { current: now, earlier } : null;
}

/** The row's year band: one short text naming a financial year and no subject (`readStatusCaption`), or null. */
function yearBandOf(row: RowTexts[number], r: number): YearBand | null {
  if (row.length !== 1 || row[0].text.length > MAX_BAND) return null;
  // Most rows hold several texts or open with no digit: a band's year is near its start.
  if (!/\d/.test(row[0].text)) return null;
  const text = collapse(row[0].text);
  const caption = readStatusCaption(text);
  if (!caption || caption.status) return null;
  const clue = readPeriodClue(text);
  return clue && clue.weight === 4 ? { row: r, text, period: clue.value } : null;
}

/** The last row of the band captioned on `from`: the row before the next band, header or blank row. */
function endOfBand(texts: RowTexts, from: number, found: readonly YearBand[], headers: ReadonlySet<number>, height: number): number {
  let r = from + 1;
  while (r < height && texts[r].length > 0 && !headers.has(r) && !found.some((b) => b.row === r)) r++;
  return r - 1;
}
