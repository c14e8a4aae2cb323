import type { SheetView } from './view-sheet';

/**
 * The sheet with one column read as blank (its cells empty, unfilled, unmerged), every other cell as it is: what a
 * stage looking for the plan's layout sees when that column is none of the plan's (the add-in's hidden id column, whose
 * heading and ids would otherwise be one more cell on the rows they sit on).
 *
 * @example
 * const plain = viewWithoutColumn(sheet, 2);
 * plain.text(4, 2); // '' (the id '3f9a0c1d2e4b' in C5 is not seen)
 */
export function viewWithoutColumn(sheet: SheetView, column: number): SheetView {
  const blank = <T>(read: (r: number, c: number) => T, empty: T) => (r: number, c: number): T => (c === column ? empty : read(r, c));
  return {
    ...sheet,
    value: blank(sheet.value, null),
    text: blank(sheet.text, ''),
    shown: blank(sheet.shown, false),
    fill: blank(sheet.fill, null),
    font: blank(sheet.font, null),
    runs: blank(sheet.runs, null),
    merge: blank(sheet.merge, undefined),
    ...(sheet.light ? { light: blank(sheet.light, null) } : {}),
    ...(sheet.indent ? { indent: blank(sheet.indent, 0) } : {}),
    ...(sheet.italic ? { italic: blank(sheet.italic, false) } : {}),
    ...(sheet.notes ? { notes: (r: number) => sheet.notes!(r).filter((n) => n.c !== column) } : {}),
  };
}
