import { NAMES_INDICATOR } from '../indicators/indicator-word';
import { collapse } from './cell-text';
import { isNote } from './is-note';
import { isRunningHead } from './is-running-head';
import { pointsToActions } from './points-to-actions';
import { readDatedOpening } from './read-dated-opening';
import { readLabelledSubRow } from './read-labelled-sub-row';
import type { SheetView } from './view-sheet';


/**
 * Section headings written ABOVE a header row ("Metric 1: Recruitment and Promotion", "Key Action Area –
 * Bullying and Harassment"): the nearest row above each header, past blank rows, when it holds one text.
 * Above the first header such a row could be the plan's title, so it counts only when it names an
 * indicator or when other headers have headings above them too (the plan's pattern). A row that names a plan
 * and its year (a title, a page's running head) is never a heading, nor is a row that belongs to the block above it,
 * as the last row of a page does when the page's header is printed again under it (see `endsBlockAbove`).
 *
 * @example
 * findHeadingsAbove(sheet, [10, 19, 28]); // Map { 9 => 'Key Action Area – Representative Workforce…', … }
 */
export function findHeadingsAbove(sheet: SheetView, headerRows: readonly number[], isHeader: (r: number) => boolean): Map<number, string> {
  const found = new Map<number, string>();
  for (const h of headerRows) {
    // Past blank rows and past the group labels of a two-row header: the heading is above the whole header.
    let r = h - 1;
    while (r >= 0 && (rowTexts(sheet, r).length === 0 || isHeader(r))) r--;
    if (r < 0 || isHeader(r)) continue;
    const texts = rowTexts(sheet, r);
    // A plan's title, a page's running head ("… (continued)") or another year's caption names a plan: not a section.
    // Nor does a row sending the reader to actions elsewhere ("See actions under Metric 8 …"), closing the block above.
    if (texts.length !== 1 || texts[0].length > 300 || isRunningHead(texts[0]) || pointsToActions(texts[0]) !== null || endsBlockAbove(sheet, r, texts[0], h)) continue;
    found.set(r, texts[0]);
  }
  const first = headerRows[0];
  if (first === undefined) return found;
  const above = [...found.keys()].filter((r) => r < first);
  for (const r of above) {
    const text = found.get(r)!;
    if (!NAMES_INDICATOR.test(text) && found.size < 2) found.delete(r);
  }
  return found;
}

/**
 * Whether the row's one text belongs to the rows above it rather than heading the rows below (header row `h`): a note
 * ("Note: metric 3 figures relate to fewer than ten cases"), a field of the action above written on a row of its own
 * ("Update: campaign launched …"), an update written on a day ('Q3 (12/01/23): declaration rate 6.8%'), a row grouped
 * in the sheet's outline deeper than the header (an action's log), or the rest of a cell wrapped onto the next row
 * (starting in lower case right under text in its column: 'of BME staff entering the formal' | 'disciplinary
 * process'). A heading names what follows, and starts as a title does.
 */
function endsBlockAbove(sheet: SheetView, r: number, text: string, h: number): boolean {
  if (isNote(text) || (r > 0 && readLabelledSubRow(sheet, r, sheet.sheetRow(r - 1)) !== null)) return true;
  if (readDatedOpening(text)?.period.every === 'day' || (sheet.outlineLevel?.(r) ?? 0) > (sheet.outlineLevel?.(h) ?? 0)) return true;
  if (r === 0 || !/^\s*\p{Ll}/u.test(text)) return false;
  for (let c = 0; c < sheet.width; c++) if (collapse(sheet.text(r, c)) === text) return collapse(sheet.text(r - 1, c)) !== '';
  return false;
}

function rowTexts(sheet: SheetView, r: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < sheet.width; c++) {
    const t = collapse(sheet.text(r, c));
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}
