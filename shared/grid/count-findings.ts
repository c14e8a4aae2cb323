import { statesFinding } from './states-finding';
import type { SheetView } from './view-sheet';

/** The first few hundred rows show what a column holds; a long plan says no more. */
const SAMPLE = 200;

/** How many of a column's entries state findings, and the first that does (its sheet row and text). */
export interface ColumnFindings {
  entries: number;
  findings: number;
  /** Most entries (more than half, two at least) state findings: the column holds what the data shows. */
  most: boolean;
  example: { row: number; text: string } | null;
}

/**
 * How many of a column's entries on the given rows state findings (`statesFinding`): what the data shows, the concern
 * the actions answer ("White applicants are 1.8 times more likely to be appointed from shortlisting", "The Board has no
 * BME voting members"). A merged area counts once, on its first row.
 *
 * @example
 * countFindings(sheet, 1, rows); // { entries: 7, findings: 6, most: true, example: { row: 5, text: 'Only 4% of staff…' } }
 */
export function countFindings(sheet: SheetView, c: number, rows: readonly number[]): ColumnFindings {
  let entries = 0;
  let findings = 0;
  let example: ColumnFindings['example'] = null;
  for (const r of rows.slice(0, SAMPLE)) {
    const m = sheet.merge(r, c);
    if (m && m.top !== r) continue;
    const text = sheet.text(r, c).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    entries++;
    if (!statesFinding(text)) continue;
    findings++;
    example ??= { row: sheet.sheetRow(r), text };
  }
  return { entries, findings, most: findings >= 2 && 2 * findings > entries, example };
}
