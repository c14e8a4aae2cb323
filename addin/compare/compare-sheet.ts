import { RAG_PALETTE } from '../../shared/rag';
import type { CompareResponse, CompareTrust, IndicatorCounts } from '../../shared/sync';
import type { Rag } from '../../shared/types';
import { columnLetter } from '../excel/a1';
import type { ChartSpec, ReportFill, ReportSheet } from '../excel/types';
import { hiaLabel } from './hia-label';
import { hasSharedPlan } from './describe-trust';

/** The sheet the comparison is written to (rewritten in place on refresh). */
export const COMPARE_SHEET = 'Region compare';
/** The service's bucket for actions whose indicator could not be read. */
export const UNASSIGNED = 'unassigned';
/** Chart colour of actions with no recognised status (NHS mid grey). */
export const NO_STATUS_COLOUR = '#768692';
const HEADER = { fill: '#E8EDEE', font: '#000000' };
const TITLE = { fill: null, font: '#000000', bold: true };
const BUCKETS = ['red', 'amber', 'green', 'blue', 'none'] as const;
const BUCKET_LABELS = ['Red', 'Amber', 'Green', 'Blue', 'No status'];
const WORST_FIRST: Rag[] = ['red', 'amber', 'green', 'blue'];
/** 1-based sheet row of the matrix header (title, explanation and a blank row above it). */
export const MATRIX_HEADER_ROW = 4;
/** Chart colours of the HIA coverage chart: trusts with actions (NHS blue), trusts with none (NHS pale grey). */
export const COVERED_COLOUR = '#005EB8';
export const GAP_COLOUR = '#AEB7BD';

export interface CompareLayout extends ReportSheet {
  /** 1-based rows of the matrix: header, first and last trust; `columns` are the trusts × indicators part. */
  matrix: { header: number; first: number; last: number; columns: string[] };
  /** The trusts × HIAs part beside it, on the same rows (absent when the service sent no HIAs): 0-based first column. */
  hiaMatrix: { first: number; columns: string[] } | null;
}

/**
 * An indicator cell in words, so colour never stands alone: "3 actions: 1 red, 2 green (1 overdue)".
 *
 * @example
 * describeCounts({ actions: 3, red: 1, amber: 0, green: 2, blue: 0, none: 0, overdue: 1 }); // '3 actions: 1 red, 2 green (1 overdue)'
 */
export function describeCounts(c: IndicatorCounts | undefined): string {
  if (!c || !c.actions) return 'No actions';
  const parts = BUCKETS.filter((b) => c[b]).map((b) => `${c[b]} ${b === 'none' ? 'no status' : b}`);
  return `${c.actions} action${c.actions === 1 ? '' : 's'}: ${parts.join(', ')}${c.overdue ? ` (${c.overdue} overdue)` : ''}`;
}

/** The worst RAG present (red before amber before green before blue); null when none has a status. */
export function worstRag(c: IndicatorCounts | undefined): Rag | null {
  return c ? WORST_FIRST.find((r) => c[r] > 0) ?? null : null;
}

const indicatorLabel = (data: CompareResponse, indicator: string) => (indicator === UNASSIGNED ? 'No indicator' : `${data.standard} ${indicator}`);
const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '');
const sum = (counts: (IndicatorCounts | undefined)[]) => {
  const total = { actions: 0, red: 0, amber: 0, green: 0, blue: 0, none: 0, overdue: 0 };
  for (const c of counts) if (c) for (const k of Object.keys(total) as (keyof IndicatorCounts)[]) total[k] += c[k];
  return total;
};

/**
 * Merges cells of one look into a multi-area address, joining runs of adjacent columns in a row.
 *
 * @example
 * areasOf([{ row: 5, column: 3 }, { row: 5, column: 4 }, { row: 7, column: 3 }]); // 'D5:E5,D7'
 */
export function areasOf(cells: { row: number; column: number }[]): string {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].row === sorted[i].row && sorted[j + 1].column === sorted[j].column + 1) j++;
    const start = `${columnLetter(sorted[i].column)}${sorted[i].row}`;
    parts.push(j > i ? `${start}:${columnLetter(sorted[j].column)}${sorted[i].row}` : start);
    i = j + 1;
  }
  return parts.join(',');
}

/** Cells of one look, gathered so each look is one format operation whatever the number of trusts. */
class Looks {
  private readonly looks = new Map<string, { fill: string | null; font: string; bold?: boolean; cells: { row: number; column: number }[] }>();
  paint(key: string, look: { fill: string | null; font: string; bold?: boolean }, row: number, column: number) {
    const entry = this.looks.get(key) ?? { ...look, cells: [] };
    entry.cells.push({ row, column });
    this.looks.set(key, entry);
  }
  header(row: number, from: number, width: number) {
    for (let c = from; c < from + width; c++) this.paint('header', { ...HEADER, bold: true }, row, c);
  }
  rag(rag: Rag | null, row: number, column: number) {
    if (rag) this.paint(rag, RAG_PALETTE[rag], row, column);
  }
  fills(): ReportFill[] {
    return [...this.looks.values()].map((l) => ({ address: areasOf(l.cells), fill: l.fill, font: l.font, ...(l.bold ? { bold: true } : {}) }));
  }
}

type Rows = (string | number | null)[][];

/** The trusts × HIAs columns of one trust (from `first`): each HIA's breakdown in words, then the HIAs with none. */
function hiaCells(data: CompareResponse, t: CompareTrust, noPlan: boolean, row: number, first: number, looks: Looks): string[] {
  const hias = data.hias ?? [];
  hias.forEach((h, k) => looks.rag(worstRag(t.byHia?.[h]), row, first + k));
  return [...hias.map((h) => describeCounts(t.byHia?.[h])), noPlan ? 'No plan shared yet' : (t.hiasWithNoAction ?? []).map((h) => `HIA ${h}`).join(', ') || 'None'];
}

/** Appends a titled numeric block below the sheet; returns its data range (labels included) and title row, 1-based. */
function addBlock(rows: Rows, looks: Looks, title: string, labels: string[], lines: { name: string; values: number[] }[]) {
  rows.push([], [title]);
  looks.paint('title', TITLE, rows.length, 0);
  const top = rows.length + 1;
  rows.push(labels);
  looks.header(top, 0, labels.length);
  for (const line of lines) rows.push([line.name, ...line.values]);
  return { titleRow: top - 1, range: `A${top}:${columnLetter(labels.length - 1)}${rows.length}`, count: lines.length };
}

/**
 * The chart blocks below the matrix: RAG per trust, RAG per indicator, and (when the service sent HIAs) the HIA
 * coverage of the region (trusts with and without actions per HIA), each with a stacked-bar chart beside its data.
 */
function addCharts(data: CompareResponse, indicators: string[], rows: Rows, looks: Looks): ChartSpec[] {
  const ragColours = [RAG_PALETTE.red.fill, RAG_PALETTE.amber.fill, RAG_PALETTE.green.fill, RAG_PALETTE.blue.fill, NO_STATUS_COLOUR];
  const ragLine = (name: string, counts: IndicatorCounts) => ({ name, values: BUCKETS.map((b) => counts[b]) });
  const blocks = [
    { name: 'RAG per trust', title: `Actions by RAG per trust — ${data.standard} ${data.period}`, colours: ragColours,
      block: addBlock(rows, looks, 'Chart data: actions by RAG, per trust', ['Trust', ...BUCKET_LABELS], data.trusts.map((t) => ragLine(t.name, sum(Object.values(t.byIndicator))))) },
    { name: 'RAG per indicator', title: `Actions by RAG per indicator, ${data.region} — ${data.standard} ${data.period}`, colours: ragColours,
      block: addBlock(rows, looks, `Chart data: actions by RAG, per indicator across ${data.region}`, ['Indicator', ...BUCKET_LABELS],
        indicators.map((i) => ragLine(indicatorLabel(data, i), sum(data.trusts.map((t) => t.byIndicator[i]))))) },
  ];
  if (data.hias?.length) {
    const covered = (h: string) => data.trusts.filter((t) => (t.byHia?.[h]?.actions ?? 0) > 0).length;
    blocks.push({ name: 'HIA coverage', title: `High impact action coverage across ${data.region}: trusts with actions — ${data.standard} ${data.period}`, colours: [COVERED_COLOUR, GAP_COLOUR],
      block: addBlock(rows, looks, `Chart data: trusts of ${data.region} with and without actions, per high impact action (EDI Improvement Plan)`, ['High impact action', 'Trusts with actions', 'Trusts with none'],
        data.hias.map((h) => ({ name: hiaLabel(h), values: [covered(h), data.trusts.length - covered(h)] }))) });
  }
  // Charts sit to the right of their data (column H on), below the matrix and each other so they never cover either.
  const chartColumn = columnLetter(BUCKETS.length + 2);
  const chartEnd = columnLetter(BUCKETS.length + 10);
  let nextTop = 0;
  return blocks.map(({ name, title, colours, block }) => {
    const top = Math.max(nextTop, block.titleRow);
    const bottom = top + Math.max(16, block.count + 6);
    nextTop = bottom + 2;
    return { name, title, dataRange: block.range, seriesColours: colours, position: `${chartColumn}${top}:${chartEnd}${bottom}` };
  });
}

/**
 * Lays the region comparison out as one sheet (pure: no Excel here).
 * - the matrix: one row per trust, one column per indicator saying the actions and their RAG breakdown
 *   in words ("3 actions: 1 red, 2 green"), filled with the worst RAG present; then overdue, indicators with
 *   no actions, last update and board approval;
 * - beside it, on the same rows, the trusts × high impact actions matrix (EDI Improvement Plan): one column per
 *   HIA in the same words and colours, then the HIAs each trust has no action against;
 * - below it, numeric blocks (RAG counts per trust; per indicator across the region; trusts with and without
 *   actions per HIA) and a stacked-bar chart over each.
 * Values from the service stay strings (written as text); counts are numbers (charts plot them).
 *
 * @example
 * const layout = compareSheet(response);
 * layout.rows[MATRIX_HEADER_ROW - 1]; // ['Trust', 'Name', 'Actions', 'WRES 1', …, 'Board approved', '', 'HIA 1: Board EDI objectives', …, 'HIAs with no actions']
 * await adapter.writeReport(COMPARE_SHEET, layout);
 */
export function compareSheet(data: CompareResponse): CompareLayout {
  const hasUnassigned = data.trusts.some((t) => (t.byIndicator[UNASSIGNED]?.actions ?? 0) > 0);
  const indicators = hasUnassigned ? [...data.indicators, UNASSIGNED] : data.indicators;
  const columns = ['Trust', 'Name', 'Actions', ...indicators.map((i) => indicatorLabel(data, i)), 'Overdue', 'Indicators with no actions', 'Last update', 'Board approved'];
  const hiaColumns = data.hias?.length ? [...data.hias.map(hiaLabel), 'HIAs with no actions'] : [];
  const hiaFirst = columns.length + 1;
  const rows: Rows = [
    [`Region ${data.region}: ${data.standard} ${data.period} action plans, as at ${data.asAt}`],
    [`Each indicator cell gives the number of actions and their RAG (overdue actions count as red); its fill is the worst RAG present.${hiaColumns.length ? ' The HIA columns count each action toward every high impact action of the EDI Improvement Plan it serves (from the plan\'s HIA column, or its indicator and wording).' : ''}`],
    [],
    hiaColumns.length ? [...columns, '', ...hiaColumns] : columns,
  ];
  const looks = new Looks();
  looks.header(MATRIX_HEADER_ROW, 0, columns.length);
  looks.header(MATRIX_HEADER_ROW, hiaFirst, hiaColumns.length);
  const overdueColumn = 3 + indicators.length;

  const trustRow = (t: CompareTrust, row: number) => {
    indicators.forEach((indicator, k) => looks.rag(worstRag(t.byIndicator[indicator]), row, 3 + k));
    if (t.overdue > 0) looks.rag('red', row, overdueColumn);
    const noPlan = !hasSharedPlan(t);
    return [
      t.trust, t.name, t.actionCount,
      ...indicators.map((i) => describeCounts(t.byIndicator[i])),
      t.overdue,
      noPlan ? 'No plan shared yet' : t.indicatorsWithNoAction.map((i) => indicatorLabel(data, i)).join(', ') || 'None',
      noPlan ? '' : day(t.lastUpdate),
      t.latestSnapshot ? `${day(t.latestSnapshot.createdAt)} (${t.latestSnapshot.label})` : 'Not yet',
      ...(hiaColumns.length ? ['', ...hiaCells(data, t, noPlan, row, hiaFirst, looks)] : []),
    ];
  };
  const first = rows.length + 1;
  data.trusts.forEach((t) => rows.push(trustRow(t, rows.length + 1)));
  if (data.trusts.length === 0) rows.push(['No trusts are listed in this region yet.']);
  const last = rows.length;
  const matrix = { header: MATRIX_HEADER_ROW, first, last: data.trusts.length ? last : first - 1, columns };
  const charts = data.trusts.length ? addCharts(data, indicators, rows, looks) : [];
  looks.paint('title', TITLE, 1, 0);
  const width = hiaColumns.length ? hiaFirst + hiaColumns.length : columns.length;
  return {
    rows, fills: looks.fills(), charts, autofit: `A${MATRIX_HEADER_ROW}:${columnLetter(width - 1)}${Math.max(matrix.last, MATRIX_HEADER_ROW)}`,
    matrix, hiaMatrix: hiaColumns.length ? { first: hiaFirst, columns: hiaColumns } : null,
  };
}
