import { colourOfWord } from '../rag/colour-words';
import type { ColumnEvidence, Rag } from '../types';
import { collapse } from './cell-text';
import type { Table } from './find-tables';
import { countMarks } from './count-marks';
import type { SheetView } from './view-sheet';

/** A band of columns each headed by one RAG colour ('R | A | G', 'Blue | Green | Amber | Red'), a mark under the action's. */
export interface StatusMarks {
  /** Each column of the band, its header as written ('G') and the colour it names. */
  columns: { c: number; header: string; rag: Rag }[];
  evidence: ColumnEvidence;
}

/** Two colour columns could be anything ('A' and 'B' options); three is a status band. */
const MIN_COLUMNS = 3;
/** The share of filled cells under the band that must be marks. */
const MARKED = 0.8;

/**
 * Finds a status given as a mark ('✓', '●', 'x') under one of several adjacent columns, each headed by a different
 * RAG colour or its letter ('R | A | G', 'B | G | A | R'): the marked column's colour is the action's status. Its
 * header is read through the plan's key like a status word, so 'B' is whatever the key says blue means.
 *
 * @example
 * findStatusMarks(sheet, table, [4, 5], rows)?.columns.map((x) => x.header); // ['R', 'A', 'G']
 */
export function findStatusMarks(sheet: SheetView, table: Table, band: readonly number[], rows: readonly number[]): StatusMarks | null {
  const last = band[band.length - 1];
  let run: StatusMarks['columns'] = [];
  let best: StatusMarks['columns'] = [];
  for (let c = table.left; c <= table.right + 1; c++) {
    const header = c <= table.right ? collapse(sheet.text(last, c)) : '';
    const rag = header ? colourOfWord(header) : null;
    if (rag && !run.some((x) => x.rag === rag)) run.push({ c, header, rag });
    else {
      if (run.length > best.length) best = run;
      run = rag ? [{ c, header, rag }] : [];
    }
  }
  if (best.length < MIN_COLUMNS) return null;
  const marks = countMarks(sheet, best.map((x) => x.c), rows);
  if (marks.marked === 0 || marks.marked < MARKED * marks.filled) return null;
  const [from, to] = [sheet.letter(best[0].c), sheet.letter(best[best.length - 1].c)];
  const named = best.map((x) => x.header).join(' | ');
  return {
    columns: best,
    evidence: {
      field: 'status', column: from, header: named, confidence: 0.9, source: 'header',
      reason: `Status: a mark under one of columns ${from}–${to}, each headed by a colour ('${named}'); the marked column's colour is the status (${marks.marked} marks)`,
    },
  };
}
