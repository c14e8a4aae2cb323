import type { ColumnEvidence } from '../types';
import type { ColumnMap } from './assign-columns';
import { collapse } from './cell-text';
import type { SheetView } from './view-sheet';

/** The high impact action's code before its title: 'HIA 2', 'High impact action 2:', 'HIA2 –'. */
const HIA_CODE = /^(?:hia|high impact action)\s*\d\s*[:.–—-]?\s*/i;
/** A title says what the group is about: a few words beyond the code ('Board accountability'). */
const TITLE = /\p{L}{3,}/u;

/**
 * An HIA column that groups the actions: its cells merged down over the actions of each high impact action and
 * naming it by its title ('HIA 2 – Fair recruitment and talent management'), as a section row would. Then each
 * action's HIA cell is its theme too. A column of bare codes ('HIA 1'), one per row, maps each action and is no theme.
 *
 * @example
 * readHiaGroups(sheet, { hia: 0, action: 3 }, rows)?.reason; // "Theme: column A's cells, merged down over …"
 */
export function readHiaGroups(sheet: SheetView, map: ColumnMap, rows: readonly number[]): ColumnEvidence | null {
  const c = map.hia;
  if (c === undefined || map.theme !== undefined) return null;
  let cells = 0;
  let titled = 0;
  let grouping = 0;
  for (const r of rows) {
    const m = sheet.merge(r, c);
    if (m && m.top !== r) continue;
    const text = collapse(sheet.text(r, c));
    if (!text) continue;
    cells++;
    if (TITLE.test(text.replace(HIA_CODE, ''))) titled++;
    if (m && m.bottom > m.top) grouping++;
  }
  if (cells < 2 || grouping === 0 || titled < cells) return null;
  const column = sheet.letter(c);
  return {
    field: 'theme', column, header: '', confidence: 0.8, source: 'contents',
    reason: `Theme: column ${column}'s cells are merged down over the actions of each high impact action and name it by its title, as a section row would: each is the theme of the actions beside it`,
  };
}
