import { startsWithBullet } from './starts-with-bullet';
import type { SheetView } from './view-sheet';

/**
 * A cell holding a bullet and nothing else: '•', '▪', '●', '■', '➢' (not a dash: a ref column's '-' says there is none), or a symbol font's bullet, which reaches Excel as a
 * character of Unicode's private use area ('\uF0B7', Wingdings' round bullet a PDF converter copies into a narrow column of
 * its own; '\uF0A7' its square, '\uF0D8' its arrowhead, '\uF076' its diamond, '\uF0FC' its tick).
 */
const BULLET_ALONE = /^\s*(?:[•▪◦●○■□➢►✓]|[\uF000-\uF0FF])\s*$/;

/**
 * Whether the action on row `r` opens with a bullet: its action cell starts with one ('• Offer every BME member of staff …'),
 * or a cell of its own, left of the action's, holds only the bullet (holdout88 ashgrave's Wingdings glyph in column B). A
 * plan converted from a PDF or Word that bullets every action starts each action so; a row under it without a bullet
 * carries that action on, however its line starts ('Introduce a Reasonable Adjustments' | 'Passport that moves with…').
 *
 * @example
 * actionOpensWithBullet(sheet, 28, 2); // true: B29 holds '\uF0B7' alone, the action in C29
 */
export function actionOpensWithBullet(sheet: SheetView, r: number, action: number): boolean {
  if (startsWithBullet(sheet.text(r, action))) return true;
  for (let c = action - 1; c >= 0; c--) {
    const text = sheet.text(r, c);
    if (!text) continue;
    return BULLET_ALONE.test(text);
  }
  return false;
}
