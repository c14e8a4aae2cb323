import { statesMeasures } from '../indicators';
import type { ColumnEvidence } from '../types';
import type { ColumnMap } from './assign-columns';
import { isBlankText } from './cell-text';
import type { SheetView } from './view-sheet';

/** Share of a column's filled cells that must state labelled measures. */
const MOST = 0.6;
/** Enough rows to know a column. */
const SAMPLE = 80;

/**
 * With no outcome column named, a column whose cells state measures line by line, each labelled with its kind, as
 * quality improvement writes them ('Outcome: WDES metric 8' over 'Process: days from request to adjustment'), is the
 * outcome: its cells say what they are, whatever the header ('Measures', 'How we'll know'). Its outcome lines name the
 * metric each action moves (see `indicatorsMeasured`). 'Measure' alone is not a header word: in other plans it heads
 * the indicator's own measure ('Relative likelihood of …'), which is context, not an action's outcome.
 *
 * @example
 * // 'Change idea | Lead | Measures' over 'Outcome: WDES metric 8\nProcess: days from request to adjustment' …:
 * takeMeasureColumn(sheet, rows, map, taken, asides, headers, evidence); // map.outcome = 4; "Outcome: 12 of 12 cells state measures …"
 */
export function takeMeasureColumn(sheet: SheetView, rows: readonly number[], map: ColumnMap, taken: Set<number>, asides: ReadonlyMap<number, string>, headers: ReadonlyMap<number, string>, evidence: ColumnEvidence[]): void {
  if (map.outcome !== undefined) return;
  for (const c of headers.keys()) {
    if (taken.has(c) || asides.has(c)) continue;
    let filled = 0;
    let measures = 0;
    for (let i = 0; i < rows.length && i < SAMPLE; i++) {
      const r = rows[i];
      if ((sheet.merge(r, c)?.top ?? r) !== r) continue;
      const text = sheet.text(r, c);
      if (isBlankText(text)) continue;
      filled++;
      if (statesMeasures(text)) measures++;
    }
    if (measures < 2 || measures < MOST * filled) continue;
    map.outcome = c;
    taken.add(c);
    const header = headers.get(c) ?? '';
    evidence.push({ field: 'outcome', column: sheet.letter(c), header, confidence: 0.8, reason: `Outcome: ${measures} of ${filled} cells state measures line by line ('Outcome: …', 'Process: …')${header ? ` (header '${header}')` : ''}`, source: 'contents' });
    return;
  }
}
