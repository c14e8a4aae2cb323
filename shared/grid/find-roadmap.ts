import { asWritten } from './as-written';
import { collapse, isBlankText } from './cell-text';
import { cellKind } from './cell-kind';
import type { Table } from './find-tables';
import type { HeaderWordScore } from './header-words';
import type { ColumnContents } from './read-column-contents';
import { periodOfColumn } from './period-of-column';
import { startsWithVerb } from './starts-with-verb';
import type { SheetView } from './view-sheet';
import { writesWords } from './writes-words';

/**
 * A roadmap (a 'plan on a page'): no action or timescale column, but a run of adjacent columns headed by consecutive
 * periods ('Q1 Apr–Jun 2024 | Q2 Jul–Sep 2024 | … | 2025/26', 'Apr | May | … | Mar', '2023/24 | 2024/25'), and each
 * action's text written in the one column of the period it will be delivered in (or on a bar merged across several:
 * it is delivered by the last). The action is that text; its timescale that column's header.
 */
export interface Roadmap {
  /** The period columns, left to right (earliest first). */
  columns: number[];
  /** Each period column's header as the plan shows it: the timescale of an action written under it. */
  labels: string[];
  /** The run in words, for the column evidence: "the period columns D–H ('Q1 Apr–Jun 2024' … '2025/26')". */
  says: string;
}

/** Fewer actions placed than this and the run is a coincidence of headers, not a roadmap. */
const MIN_PLACED = 2;
/** Of the rows writing in the run, at least this share write in one period only: a tracker writes in several. */
const ONE_PERIOD = 0.8;
/** Of the texts placed, at least this share read as actions do: a sentence, or a few words opening on what is done. */
const LIKE_ACTIONS = 0.6;

/**
 * The plan's roadmap, if it is one: two or more adjacent columns whose headers name periods, each later than the one
 * before (their lengths may differ: four quarters then the next year), where at least two rows each write one text —
 * in one period only, the other period cells left empty (a bar merged across several counts once) — and the texts
 * read as actions (sentences, or a few words opening on a verb), placed in at least two different periods, and no
 * column outside the run is the action's: headed as the action, or headed as no field at all over sentences. A quarterly tracker writes a row's notes in several periods (or,
 * in its first quarter, every row in the same one) beside an action column of its own; a Gantt chart marks or shades
 * its periods: neither is a roadmap.
 *
 * @example
 * findRoadmap(sheet, table, [4, 5], rows, words, contents); // { columns: [3, 4, 5, 6, 7], labels: ['Q1 Apr–Jun 2024', …, '2025/26'], says: "the period columns D–H ('Q1 Apr–Jun 2024' … '2025/26')" }
 */
export function findRoadmap(sheet: SheetView, table: Table, band: readonly number[], rows: readonly number[], words: ReadonlyMap<number, readonly HeaderWordScore[]>, contents: ReadonlyMap<number, ColumnContents>): Roadmap | null {
  const runs = runsOfPeriods(sheet, table, band);
  if (runs.length === 0 || actionOutside(words, contents, runs)) return null;
  let best: Roadmap | null = null;
  for (const columns of runs) {
    if (!placesActions(sheet, rows, columns) || (best && best.columns.length >= columns.length)) continue;
    const labels = columns.map((c) => asWritten(collapse(sheet.text(band[band.length - 1], c)) || periodOfColumn(sheet, band, c)!.label));
    best = { columns, labels, says: `the period columns ${sheet.letter(columns[0])}–${sheet.letter(columns[columns.length - 1])} ('${labels[0]}' … '${labels[labels.length - 1]}')` };
  }
  return best;
}

/**
 * The table's runs of two or more adjacent columns headed by periods in time order: each period ends after the one
 * before it ends, and starts no earlier than that one starts. Numbered rounds ('Update 2') are no periods of time.
 */
function runsOfPeriods(sheet: SheetView, table: Table, band: readonly number[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  let last: { start: string; end: string } | null = null;
  for (let c = table.left; c <= table.right + 1; c++) {
    const period = c <= table.right ? periodOfColumn(sheet, band, c) : null;
    const [end, start] = period && period.every !== 'update' ? period.order.split(' ') : [];
    const follows = end !== undefined && last !== null && end > last.end && start >= last.start;
    if (!follows) {
      if (run.length >= 2) runs.push(run);
      run = [];
    }
    if (end === undefined) {
      last = null;
      continue;
    }
    run.push(c);
    last = { start, end };
  }
  return runs;
}

/**
 * A column outside every run holds the actions: it is headed as the action ('Action', 'What we will do'), or its
 * header names no field ('Description', 'Commitment') and most of its cells are sentences. The plan has an action
 * column, and text in its period columns is something else (progress noted in the quarter it was made).
 */
function actionOutside(words: ReadonlyMap<number, readonly HeaderWordScore[]>, contents: ReadonlyMap<number, ColumnContents>, runs: readonly number[][]): boolean {
  const inRun = new Set(runs.flat());
  return [...words].some(([c, w]) => {
    if (inRun.has(c)) return false;
    if (w[0]?.field === 'action' && w[0].score >= 0.5) return true;
    const content = contents.get(c);
    return (w[0]?.score ?? 0) < 0.4 && content !== undefined && content.kinds.narrative >= 2 && content.kinds.narrative >= 0.5 * content.filled;
  });
}

/** Rows write one action-like text each in one period of the run, in at least two different periods (see findRoadmap). */
function placesActions(sheet: SheetView, rows: readonly number[], columns: readonly number[]): boolean {
  let writing = 0;
  let placed = 0;
  let likeActions = 0;
  const periods = new Set<number>();
  for (const r of rows) {
    const texts = columns.filter((c) => !isBlankText(sheet.text(r, c)));
    if (texts.length === 0) continue;
    writing++;
    if (texts.length !== 1) continue;
    const text = collapse(sheet.text(r, texts[0]));
    const kind = cellKind(text);
    if (!writesWords(text) || !['narrative', 'short'].includes(kind)) continue;
    placed++;
    periods.add(texts[0]);
    if (kind === 'narrative' || (text.split(' ').length >= 3 && startsWithVerb(text))) likeActions++;
  }
  return placed >= MIN_PLACED && placed >= ONE_PERIOD * writing && likeActions >= LIKE_ACTIONS * placed && periods.size >= 2;
}
