import type { Table } from './find-tables';
import type { RowTexts } from './profile-rows';
import { namesTwoFields, scoreHeaderRow, type HeaderRowScore } from './score-header-row';
import type { SheetView } from './view-sheet';

/**
 * The header rows of a table. The best-scoring row is the plan's header; every other row that names
 * fields nearly as well (half its score or more, two fields at least), or repeats most of its cells, is
 * a header too: plans repeat their header at page breaks and under each section, often reworded. A
 * header with nothing under it yet (a new plan's empty template) is still the plan's header.
 *
 * @example
 * findHeaderRows(sheet, table, profileRows(sheet, table)).map((h) => h.row); // [3, 11, 19]
 */
export function findHeaderRows(sheet: SheetView, table: Table, texts?: RowTexts): HeaderRowScore[] {
  const candidates: HeaderRowScore[] = [];
  for (let r = table.top; r <= table.bottom; r++) {
    // A header names two fields at least, so it has two cells at least: most rows need no scoring.
    if (texts && texts[r].length < 2) continue;
    // Nor does a row whose cells name fewer than two fields (an action's): it is not scored.
    if (!namesTwoFields(sheet, table, r)) continue;
    const s = scoreHeaderRow(sheet, table, r);
    // Most of a header's cells read as header words; a row naming four fields or more is a header however many
    // columns of the plan's own it also has ("Budget", "Modified By").
    if (s.fields.length >= 2 && (s.shape >= 0.5 || s.fields.length >= 4)) candidates.push(s);
  }
  if (candidates.length === 0) return [];
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  const bestTexts = new Set(best.cells.map((x) => x.text.toLowerCase()));
  const kept = candidates.filter((s) => {
    if (s === best) return true;
    // Another header names what is done (a section's header, reworded or not), or is one header with the best (the
    // row right over or under it: field codes under the names). One naming only when, who and notes ('Version | Date |
    // Reviewed by | Comments') heads another small table, unless it repeats the plan's header.
    if (s.score >= 0.5 * best.score && (s.fields.includes('action') || Math.abs(s.row - best.row) === 1)) return true;
    const shared = s.cells.filter((x) => bestTexts.has(x.text.toLowerCase())).length;
    return shared >= 2 && shared >= 0.6 * s.cells.length;
  });
  // A header printed again part-way down repeats every row of the first: a second row of field codes under the names
  // ('REF | OBJ_ACT | …', kept for sitting right under the best) is a header wherever its copy sits.
  const key = (s: HeaderRowScore) => s.cells.map((x) => `${x.c}:${x.text.toLowerCase()}`).join('|');
  const keys = new Set(kept.map(key));
  return candidates.filter((s) => kept.includes(s) || keys.has(key(s)));
}
