import { RAG_PALETTE } from '../../shared/rag';
import type { CompareResponse, CompareTrust, IndicatorCounts } from '../../shared/sync';
import type { Rag } from '../../shared/types';
import { columnLetter } from '../excel/a1';
import type { ChartSpec, ReportFill, ReportSheet } from '../excel/types';

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

export interface CompareLayout extends ReportSheet {
  /** 1-based rows of the matrix: header, first and last trust. */
  matrix: { header: number; first: number; last: number; columns: string[] };
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

/**
 * Lays the region comparison out as one sheet (pure: no Excel here).
 * - the matrix: one row per trust, one column per indicator saying the actions and their RAG breakdown
 *   in words ("3 actions: 1 red, 2 green"), filled with the worst RAG present; then overdue, indicators with
 *   no actions, last update and board approval;
 * - below it, two numeric blocks (RAG counts per trust; per indicator across the region) and a
 *   stacked-bar chart over each, in RAG colours.
 * Values from the service stay strings (written as text); counts are numbers (charts plot them).
 *
 * @example
 * const layout = compareSheet(response);
 * layout.rows[MATRIX_HEADER_ROW - 1]; // ['Trust', 'Name', 'Actions', 'WRES 1', …, 'Overdue', 'Indicators with no actions', 'Last update', 'Board approved']
 * await adapter.writeReport(COMPARE_SHEET, layout);
 */
export function compareSheet(data: CompareResponse): CompareLayout {
  const hasUnassigned = data.trusts.some((t) => (t.byIndicator[UNASSIGNED]?.actions ?? 0) > 0);
  const indicators = hasUnassigned ? [...data.indicators, UNASSIGNED] : data.indicators;
  const columns = ['Trust', 'Name', 'Actions', ...indicators.map((i) => indicatorLabel(data, i)), 'Overdue', 'Indicators with no actions', 'Last update', 'Board approved'];
  const rows: (string | number | null)[][] = [
    [`Region ${data.region}: ${data.standard} ${data.period} action plans, as at ${data.asAt}`],
    ['Each indicator cell gives the number of actions and their RAG (overdue actions count as red); its fill is the worst RAG present.'],
    [],
    columns,
  ];
  const looks = new Map<string, { fill: string | null; font: string; bold?: boolean; cells: { row: number; column: number }[] }>();
  const paint = (key: string, look: { fill: string | null; font: string; bold?: boolean }, row: number, column: number) => {
    const entry = looks.get(key) ?? { ...look, cells: [] };
    entry.cells.push({ row, column });
    looks.set(key, entry);
  };
  const header = (row: number, width: number) => {
    for (let c = 0; c < width; c++) paint('header', { ...HEADER, bold: true }, row, c);
  };
  header(MATRIX_HEADER_ROW, columns.length);
  const overdueColumn = 3 + indicators.length;

  const trustRow = (t: CompareTrust, row: number) => {
    indicators.forEach((indicator, k) => {
      const rag = worstRag(t.byIndicator[indicator]);
      if (rag) paint(rag, RAG_PALETTE[rag], row, 3 + k);
    });
    if (t.overdue > 0) paint('red', RAG_PALETTE.red, row, overdueColumn);
    const noPlan = t.revision === 0 && t.actionCount === 0;
    return [
      t.trust, t.name, t.actionCount,
      ...indicators.map((i) => describeCounts(t.byIndicator[i])),
      t.overdue,
      noPlan ? 'No plan shared yet' : t.indicatorsWithNoAction.map((i) => indicatorLabel(data, i)).join(', ') || 'None',
      noPlan ? '' : day(t.lastUpdate),
      t.latestSnapshot ? `${day(t.latestSnapshot.createdAt)} (${t.latestSnapshot.label})` : 'Not yet',
    ];
  };
  const first = rows.length + 1;
  data.trusts.forEach((t) => rows.push(trustRow(t, rows.length + 1)));
  if (data.trusts.length === 0) rows.push(['No trusts are listed in this region yet.']);
  const last = rows.length;
  const matrix = { header: MATRIX_HEADER_ROW, first, last: data.trusts.length ? last : first - 1, columns };

  const charts: ChartSpec[] = [];
  if (data.trusts.length) {
    const seriesColours = [RAG_PALETTE.red.fill, RAG_PALETTE.amber.fill, RAG_PALETTE.green.fill, RAG_PALETTE.blue.fill, NO_STATUS_COLOUR];
    /** Writes a titled numeric block; returns its data range (labels included), 1-based rows. */
    const block = (title: string, label: string, lines: { name: string; counts: IndicatorCounts }[]) => {
      rows.push([]);
      rows.push([title]);
      paint('title', TITLE, rows.length, 0);
      const top = rows.length + 1;
      rows.push([label, ...BUCKET_LABELS]);
      header(top, 1 + BUCKETS.length);
      for (const line of lines) rows.push([line.name, ...BUCKETS.map((b) => line.counts[b])]);
      return { titleRow: top - 1, range: `A${top}:${columnLetter(BUCKETS.length)}${rows.length}`, count: lines.length };
    };
    const perTrust = block('Chart data: actions by RAG, per trust', 'Trust', data.trusts.map((t) => ({ name: t.name, counts: sum(Object.values(t.byIndicator)) })));
    const perIndicator = block(`Chart data: actions by RAG, per indicator across ${data.region}`, 'Indicator',
      indicators.map((i) => ({ name: indicatorLabel(data, i), counts: sum(data.trusts.map((t) => t.byIndicator[i])) })));
    // Charts sit to the right of their data (column H on), below the matrix so they never cover it.
    const chartColumn = columnLetter(BUCKETS.length + 2);
    const chartEnd = columnLetter(BUCKETS.length + 10);
    const height = (n: number) => Math.max(16, n + 6);
    const firstTop = perTrust.titleRow;
    const firstBottom = firstTop + height(perTrust.count);
    const secondTop = Math.max(firstBottom + 2, perIndicator.titleRow);
    charts.push(
      { name: 'RAG per trust', title: `Actions by RAG per trust — ${data.standard} ${data.period}`, dataRange: perTrust.range, seriesColours, position: `${chartColumn}${firstTop}:${chartEnd}${firstBottom}` },
      { name: 'RAG per indicator', title: `Actions by RAG per indicator, ${data.region} — ${data.standard} ${data.period}`, dataRange: perIndicator.range, seriesColours, position: `${chartColumn}${secondTop}:${chartEnd}${secondTop + height(perIndicator.count)}` },
    );
  }
  paint('title', TITLE, 1, 0);

  const fills: ReportFill[] = [...looks.values()].map((l) => ({ address: areasOf(l.cells), fill: l.fill, font: l.font, ...(l.bold ? { bold: true } : {}) }));
  return { rows, fills, charts, autofit: `A${MATRIX_HEADER_ROW}:${columnLetter(columns.length - 1)}${Math.max(matrix.last, MATRIX_HEADER_ROW)}`, matrix };
}
