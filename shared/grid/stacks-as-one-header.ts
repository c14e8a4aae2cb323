import type { PlanField } from '../types';
import { collapse } from './cell-text';
import { scoreHeaderWords } from './header-words';
import { MAX_HEADER_CELL, WORD } from './score-header-row';
import type { SheetView } from './view-sheet';


/**
 * Whether two header rows, one straight under the other, read as one header of two rows. They do unless
 * the lower row renames the columns above it: where both rows name a field in the same column, the fields
 * differ, and the upper cell heads that one column only ("Action" over "Status"). A real second header row
 * narrows a group label ("Timescale" → "Start | End") or fills gaps; a row that renames two columns or more
 * (or most of those both name) is a header of its own, and the rows read as separate headers.
 *
 * @example
 * stacksAsOneHeader(sheet, 0, 1); // false for 'Indicator | Action | Lead' over 'Indicator | Status | Deadline'
 */
export function stacksAsOneHeader(sheet: SheetView, upper: number, lower: number, left: number, right: number): boolean {
  let both = 0;
  let renamed = 0;
  for (let c = left; c <= right; c++) {
    const a = fieldOf(sheet, upper, c);
    const b = a && fieldOf(sheet, lower, c);
    if (!a || !b) continue;
    both++;
    const m = sheet.merge(upper, c);
    if (a !== b && !(m && m.right > m.left)) renamed++;
  }
  return !(renamed >= 2 || (renamed > 0 && renamed * 2 >= both));
}

function fieldOf(sheet: SheetView, r: number, c: number): PlanField | undefined {
  const text = collapse(sheet.text(r, c));
  if (!text || text.length > MAX_HEADER_CELL) return undefined;
  const top = scoreHeaderWords(text)[0];
  return top && top.score >= WORD ? top.field : undefined;
}
