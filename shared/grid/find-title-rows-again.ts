import { marksPrintedPage } from './is-running-head';
import type { RowTexts } from './profile-rows';

/**
 * The rows under the plan's first header that repeat, cell for cell, a row printed above it, at a page break: a page's
 * running head printed again at the top of each page by a PDF converted to Excel or a printed Board paper ('Public Board
 * of Directors – 5 October 2023' | 'Item 9.3 WDES report 2023' over each page's header). Such a row names the paper,
 * never an action or a block, whatever its words. It counts only at a page's edge — right under a line carrying a
 * page's mark ('Page 41 of 58'), the foot of the page before — as a plan may list its themes above the table and head
 * its blocks with the same words under the header, over a header of their own. A row above the header that is itself an action (one typed over
 * the header: `above`) gives none, nor does a row with no letter.
 *
 * @example
 * // rows 0 and 11: 'Public Board of Directors – 5 October 2023' | 'Item 9.3 WDES report 2023'; header on rows 2 and 12
 * // row 10: 'Tavenham University Hospitals NHS Foundation Trust' | 'Page 41 of 58'
 * findTitleRowsAgain(texts, new Set([2, 12])); // Set { 11 }
 */
export function findTitleRowsAgain(texts: RowTexts, headers: ReadonlySet<number>, above?: { has(r: number): boolean }): Set<number> {
  const out = new Set<number>();
  const first = headers.size ? Math.min(...headers) : 0;
  if (first <= 0 || first >= texts.length) return out;
  const printed = new Set<string>();
  // A row's count of cells and its first cell, kept apart: a row under the header can repeat one above only if both
  // match, so the whole row's signature is built only for those few (an action's row of ten cells never is).
  const lengths = new Set<number>();
  const firsts = new Set<string>();
  for (let r = 0; r < first; r++) {
    if (above?.has(r) || !texts[r].some((t) => /\p{L}/u.test(t.text))) continue;
    printed.add(signature(texts[r]));
    lengths.add(texts[r].length);
    firsts.add(signature(texts[r].slice(0, 1)));
  }
  if (printed.size === 0) return out;
  const repeats = (r: number) => texts[r].length > 0 && lengths.has(texts[r].length) && firsts.has(signature(texts[r].slice(0, 1))) && printed.has(signature(texts[r]));
  for (let r = first + 1; r < texts.length; r++) if (repeats(r) && atPageEdge(texts, r)) out.add(r);
  return out;
}

/**
 * Row `r` opens a printed page: the row with text above it carries a printed page's mark ('Page 41 of 58'), the foot of
 * the page before. (Sitting right over the header printed again is not enough: a block's heading sits there too.)
 */
function atPageEdge(texts: RowTexts, r: number): boolean {
  let before = r - 1;
  while (before >= 0 && texts[before].length === 0) before--;
  return before >= 0 && texts[before].some((t) => marksPrintedPage(t.text));
}

/** A row's texts with their columns, spaces collapsed: two rows printing the same line give the same. */
function signature(row: readonly { c: number; text: string }[]): string {
  return row.map((t) => `${t.c}\u0001${t.text.replace(/\s+/g, ' ').trim()}`).join('\u0002');
}
