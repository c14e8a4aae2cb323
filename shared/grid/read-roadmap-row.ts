import { isBlankText } from './cell-text';
import type { Roadmap } from './find-roadmap';
import type { SheetView } from './view-sheet';

/** One action of a roadmap: its text, the column it is written in, and the period it is delivered in. */
export interface RoadmapPlacement {
  /** The action as written (the cell's own text). */
  action: string;
  /** The column the text is written in (a merged bar's first). */
  c: number;
  /** The header of the last period the text's cell covers: the action's timescale. */
  due: string;
  /** Why that is the timescale, in words the user can check against the sheet. */
  why: string;
  /** Where the action was read, in words: "Action: written under 'Q3 Oct–Dec 2024' (F9), the period it is delivered in". */
  where: string;
}

/**
 * Where one row of a roadmap places its action: the first period cell holding text, and the period it is delivered
 * in — that column's header, or for a bar merged across several periods (work running through them) the header of
 * the last period it covers. Null when the row writes in none of the period columns.
 *
 * @example
 * readRoadmapRow(sheet, 8, roadmap);  // { action: 'Give the network a standing item…', c: 5, due: 'Q3 Oct–Dec 2024', why: "Due: the header of column F, where the action is written (F9)", where: "Action: written under 'Q3 Oct–Dec 2024' (F9), the period it is delivered in" }
 * readRoadmapRow(sheet, 14, roadmap); // { …, c: 3, due: 'Q4 Jan–Mar 2025', why: "Due: the header of column G, the last period the action's bar D15:G15 covers" }
 */
export function readRoadmapRow(sheet: SheetView, r: number, roadmap: Roadmap): RoadmapPlacement | null {
  const i = roadmap.columns.findIndex((c) => !isBlankText(sheet.text(r, c)));
  if (i < 0) return null;
  const c = roadmap.columns[i];
  const m = sheet.merge(r, c);
  // A bar merged across periods runs to the last it covers: the first is when the work starts, not when it is done.
  let last = i;
  while (m && last + 1 < roadmap.columns.length && roadmap.columns[last + 1] <= m.right) last++;
  const at = roadmap.columns[last];
  const why = last === i
    ? `Due: the header of column ${sheet.letter(at)}, where the action is written (${sheet.address(r, c)})`
    : `Due: the header of column ${sheet.letter(at)}, the last period the action's bar ${sheet.address(r, c)}:${sheet.address(r, at)} covers`;
  const where = `Action: written under '${roadmap.labels[i]}' (${sheet.address(r, c)}), the period ${last === i ? 'it is delivered in' : 'its work starts in'}`;
  return { action: sheet.text(r, c), c, due: roadmap.labels[last], why, where };
}
