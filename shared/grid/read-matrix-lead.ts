import { collapse } from './cell-text';
import type { ResponsibilityMatrix } from './find-responsibility-matrix';
import { responsibilityMark, type ResponsibilityMark } from './responsibility-mark';
import type { SheetView } from './view-sheet';

/** Which marks name the lead, first found first: who does the work, then who answers for it, then a plain tick. */
const LEAD_MARKS: readonly ResponsibilityMark[] = ['responsible', 'accountable', 'tick'];

/**
 * An action's lead in a responsibility matrix: the role (its column's header) the row marks responsible ('R'), else
 * accountable ('A'), else ticked; several such roles are joined ('Head of OD / Equality Lead'). The cell of the first
 * mark is where it was read. Null when the row marks no lead (only roles that support, or none).
 *
 * @example
 * readMatrixLead(sheet, 7, matrix); // { lead: 'Equality Lead', c: 6 }
 */
export function readMatrixLead(sheet: SheetView, r: number, columns: ResponsibilityMatrix['columns']): { lead: string; c: number } | null {
  const marks = columns.map((x) => ({ ...x, mark: responsibilityMark(collapse(sheet.text(r, x.c))) }));
  for (const kind of LEAD_MARKS) {
    const leading = marks.filter((x) => x.mark === kind);
    if (leading.length) return { lead: leading.map((x) => x.role).join(' / '), c: leading[0].c };
  }
  return null;
}
