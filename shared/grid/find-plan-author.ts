import type { SheetView } from './view-sheet';

/** Who put the plan together, as a line above it says: 'Put together by Tom Reyes, …', 'Prepared by: A. Boateng', 'Author: …'. */
const AUTHOR = /\b(?:(?:put together|prepared|compiled|drawn up|written|produced|drafted|owned|maintained|kept) by|author|plan owner)\s*:?\s+/i;
/** A person's name: capitalised words ('Tom Reyes', 'Dr Ellie Marchant', "S. O'Neill"), up to a comma, bracket or lower-case word. */
const NAME = /^(?:Dr\.?\s+)?[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,3}/u;

/**
 * The person a line above the plan names as its author ('Put together by Tom Reyes, Clinical Team Leader (Paramedic),
 * for the EDI Steering Group'), with the row that names them: whom a lead of 'me' means. Only the words of a name are
 * taken (capitalised words up to a comma, bracket or lower-case word). Null when no line above the first header says.
 *
 * @example
 * findPlanAuthor(sheet, 4); // { name: 'Tom Reyes', row: 2 } for row 3 'Put together by Tom Reyes, Clinical Team Leader …'
 */
export function findPlanAuthor(sheet: SheetView, before: number): { name: string; row: number } | null {
  // Asked once, and only of a plan with a lead of 'me': the few rows above its header, every cell.
  for (let r = 0; r < before && r < 40; r++) {
    for (let c = 0; c < Math.min(sheet.width, 30); c++) {
      const text = sheet.text(r, c).slice(0, 300);
      const m = AUTHOR.exec(text);
      const name = m ? NAME.exec(text.slice(m.index + m[0].length)) : null;
      if (name) return { name: name[0].replace(/[.,]+$/, ''), row: r };
    }
  }
  return null;
}
