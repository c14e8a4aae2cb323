import { INDICATOR_WORD } from '../indicators/indicator-word';
import type { ColumnEvidence } from '../types';
import { collapse } from './cell-text';
import type { Table } from './find-tables';
import { scoreHeaderWords } from './header-words';
import { countMarks } from './count-marks';
import type { SheetView } from './view-sheet';

/** A band of columns, each headed by one indicator, with a mark under each indicator an action serves. */
export interface IndicatorMatrix {
  /** Each column of the band and the indicator its header names ('4a' kept: the standard is applied later). */
  columns: { c: number; id: string }[];
  evidence: ColumnEvidence;
}

// "1", "M4a", "W5", "Metric 3", "WRES 2", "WDES-M10": a header cell that is one indicator and nothing else.
const ONE_INDICATOR = new RegExp(`^(?:${INDICATOR_WORD}\\s*)?0?(10|[1-9])\\s*([a-d])?$`, 'i');
/** Fewer columns than this in a run are not a matrix (two numbered columns may be anything). */
const MIN_COLUMNS = 3;
/** The share of filled cells under the band that must be marks. */
const MARKED = 0.8;

/**
 * Finds a tick matrix of indicators under a header: three or more columns each headed by one indicator ('M1' …
 * 'M10', 'M4a', or bare numbers 1…9 under a label such as 'WRES indicator(s) addressed'), with marks ('✓', '●',
 * 'x') under them. A marked column is an indicator the action serves. Bare numbers count only under a label naming
 * indicators, so a timetable of numbered weeks is never read as one; a column of something else among them (a
 * budget added later) leaves the rest a matrix.
 *
 * @example
 * findIndicatorMatrix(sheet, table, [4, 5], rows)?.columns; // [{ c: 2, id: '1' }, { c: 3, id: '2' }, …, { c: 13, id: '10' }]
 */
export function findIndicatorMatrix(sheet: SheetView, table: Table, band: readonly number[], rows: readonly number[]): IndicatorMatrix | null {
  const last = band[band.length - 1];
  const columns: { c: number; id: string }[] = [];
  let label = '';
  for (let c = table.left; c <= table.right; c++) {
    const header = collapse(sheet.text(last, c));
    const m = ONE_INDICATOR.exec(header);
    const id = m ? `${m[1]}${(m[2] ?? '').toLowerCase()}` : null;
    if (!id || columns.some((x) => x.id === id)) continue;
    const above = groupLabel(sheet, band, c);
    if (/^\d/.test(header) && !namesIndicators(above)) continue;
    label ||= above;
    columns.push({ c, id });
  }
  if (columns.length < MIN_COLUMNS) return null;
  const marks = countMarks(sheet, columns.map((x) => x.c), rows);
  if (marks.marked === 0 || marks.marked < MARKED * marks.filled) return null;
  const [first, end] = [columns[0].c, columns[columns.length - 1].c];
  const from = sheet.letter(first);
  const to = sheet.letter(end);
  const named = `'${collapse(sheet.text(last, first))}' … '${collapse(sheet.text(last, end))}'`;
  return {
    columns,
    evidence: {
      field: 'indicator', column: from, header: label || named, confidence: 0.9, source: 'header',
      reason: `Indicators: marks under columns ${from}–${to}, each headed by one indicator (${named}${label ? ` under '${label}'` : ''}); ${marks.marked} marks`,
    },
  };
}

/** The label above the band's first column on the header's upper rows ("WDES metrics supported (●)"), if any. */
function groupLabel(sheet: SheetView, band: readonly number[], c: number): string {
  for (const r of band.slice(0, -1)) {
    const m = sheet.merge(r, c);
    const text = collapse(m ? sheet.text(m.top, m.left) : sheet.text(r, c));
    if (text) return text;
  }
  return '';
}

/**
 * A label over numbered columns names indicators when no field scores above them: 'WDES metric(s) this action is
 * intended to improve' ties the action's 'action' with its metrics — 'this action' is each row's, the numbers its metrics.
 */
function namesIndicators(label: string): boolean {
  const scores = scoreHeaderWords(label);
  const indicator = scores.find((s) => s.field === 'indicator');
  return indicator !== undefined && indicator.score >= scores[0].score;
}
