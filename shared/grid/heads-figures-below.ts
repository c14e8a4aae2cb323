import type { RowContext } from './classify-row';
import { cellKind } from './cell-kind';
import { collapse } from './cell-text';
import { isFigure } from './is-figure';
import { isFigureCell } from './read-figures-row';
import { startsWithVerb } from './starts-with-verb';
import type { SheetView } from './view-sheet';
import { writesWords } from './writes-words';

/** A column's label over figures is a few words ('Incidents reported by BME staff', 'White', 'Year'); more is a sentence. */
const MAX_LABEL = 40;
/** A year or a financial year heading a column of figures ('2022', '2021/22'). */
const YEAR = /^(?:19|20)\d{2}(?:[/-]\d{2,4})?$/;
/** A tag or a number left of the table's names ('DATA', '4a'): short. */
const MAX_TAG = 20;
/** Rows of figures under the labels that make them a table's header: two at least (one could be an action's targets). */
const MIN_ROWS = 2;
/** Rows looked at under the labels: a small table's. */
const LOOK = 12;

/**
 * Why a row of short labels is the header of a small table of figures inside the plan, with the table's last row, or null: three labels or more,
 * none a figure but a year, none a date, role or status (`cellKind` 'short'), and under them, with no blank row between,
 * two rows or more that each give a name under one label (the first, or wherever the columns were put) ('Relative likelihood of entering the formal
 * disciplinary process', '2013/14') and only figures under the others ('1.41', '26.2%', '63'), a short tag at most left
 * of the table or in the plan's ref column ('DATA'). The labels say what the figures under them are — 'Indicator | BME | White' over a paper's
 * DATA rows, 'Year | Incidents reported by BME staff | of which from patients or the public | …' over an appendix's
 * figures by year — so the row is no action, though a label falls in the action's column and another in the lead's
 * (`last`: the table's last row, 0-based; its rows are the table's too, `inFiguresTable`).
 * A row saying what to do, or naming a date, a role or a status, is not asked about: the rows under it decide nothing.
 *
 * @example
 * headsFiguresBelow({ sheet, r: 2, texts: [{ c: 1, text: 'Indicator' }, { c: 2, text: 'BME' }, { c: 3, text: 'White' }], columns, standard });
 * // { why: "its cells 'Indicator | BME | White' label the figures on the 2 rows under them ('DATA | Relative likelihood …'): the header of a table of figures, not an action", last: 4 }
 */
export function headsFiguresBelow({ sheet, r, texts, columns }: Pick<RowContext, 'sheet' | 'r' | 'texts'> & Partial<Pick<RowContext, 'columns'>>): { why: string; last: number } | null {
  if (texts.length < 3) return null;
  let words = 0;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i].text;
    // Most rows (an action's long text) are ruled out by a cell's length before any text is tidied.
    if (t.length > MAX_LABEL * 2) return null;
    const label = collapse(t);
    if (label.length > MAX_LABEL || /:$/.test(label) || startsWithVerb(label)) return null;
    if (YEAR.test(label)) continue;
    if (isFigure(label) || cellKind(label) !== 'short') return null;
    if (writesWords(label)) words++;
  }
  if (words < 2) return null;
  const rows = figureRowsUnder(sheet, r, texts, columns?.ref);
  if (rows.length < MIN_ROWS) return null;
  const labels = texts.slice(0, 3).map((t) => collapse(t.text)).join(' | ') + (texts.length > 3 ? ' | …' : '');
  const first = rows[0].length > 60 ? `${rows[0].slice(0, 57)}…` : rows[0];
  return { why: `its cells '${labels}' label the figures on the ${rows.length} rows under them ('${first}'): the header of a table of figures, not an action`, last: r + rows.length };
}

/**
 * The rows right under row `r` (to the first that is blank or is no row of figures) that give a name under one of the
 * row's labels and only figures under its others, each quoted by its cells.
 */
function figureRowsUnder(sheet: SheetView, r: number, texts: RowContext['texts'], refCol: number | undefined): string[] {
  const labelled = new Set(texts.map((t) => t.c));
  const names = r + 1 < sheet.height ? nameColumn(sheet, r + 1, texts) : texts[0].c;
  const rows: string[] = [];
  for (let k = r + 1; k < sheet.height && rows.length < LOOK; k++) {
    const row = figuresRow(sheet, k, names, labelled, refCol);
    if (row === null) break;
    rows.push(row);
  }
  return rows;
}

/**
 * The column the table's names are written in: the one label's column whose cell on the table's first row is no figure
 * ('Relative likelihood of …' under 'Indicator', '2013/14' under 'Year'), wherever the trust put it among the figures'
 * columns; the first label's when no cell or more than one is (a name that is a year, '2014').
 */
function nameColumn(sheet: SheetView, k: number, texts: RowContext['texts']): number {
  const words = texts.filter((t) => {
    const text = collapse(sheet.text(k, t.c));
    return text !== '' && !isFigureCell(text);
  });
  return words.length === 1 ? words[0].c : texts[0].c;
}

/**
 * Row `k` quoted by its cells when it is a row of the table: a name (or a year) in the names' column, a figure in one at
 * least of the other labels' columns and nothing but figures there, and a short tag at most elsewhere — left of the
 * table, or in the plan's ref column wherever the trust put it ('DATA' where an action's ref goes: the row's kind, not
 * its number). Null otherwise (a blank row ends the table).
 */
function figuresRow(sheet: SheetView, k: number, names: number, labelled: ReadonlySet<number>, refCol: number | undefined): string | null {
  const cells: string[] = [];
  let figures = 0;
  const left = Math.min(...labelled);
  for (let c = 0; c < sheet.width; c++) {
    const m = sheet.merge(k, c);
    if (m && (m.top !== k || m.left !== c)) continue;
    const text = collapse(sheet.text(k, c));
    if (!text) continue;
    cells.push(text);
    if (c === names) {
      if (startsWithVerb(text)) return null;
    } else if (!labelled.has(c) && (c < left || c === refCol)) {
      if (text.length > MAX_TAG) return null;
    } else if (!labelled.has(c) || !isFigureCell(text)) return null;
    else figures++;
  }
  return figures > 0 ? cells.join(' | ') : null;
}
