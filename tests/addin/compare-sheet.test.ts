import { describe, expect, it } from 'vitest';
import { areasOf, compareSheet, COVERED_COLOUR, describeCounts, GAP_COLOUR, MATRIX_HEADER_ROW, NO_STATUS_COLOUR, worstRag } from '../../addin/compare/compare-sheet';
import { parseA1 } from '../../addin/excel/a1';
import { RAG_PALETTE } from '../../shared/rag';
import { counts, sampleComparison, trust, WRES } from '../support/compare-fixture';

/** The 1-based (row, column) cells a multi-area address covers. */
function cellsOf(address: string): string[] {
  return address.split(',').flatMap((part) => {
    const a = parseA1(part);
    const out: string[] = [];
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push(`${r + 1},${c}`);
    return out;
  });
}

describe('the region compare sheet layout', () => {
  const layout = compareSheet(sampleComparison());
  const header = layout.rows[MATRIX_HEADER_ROW - 1] as string[];
  const rowOf = (code: string) => layout.rows.findIndex((r) => r[0] === code) + 1;
  const col = (name: string) => header.indexOf(name);

  it('lays out trusts × indicators with overdue, gaps, last update and board approval', () => {
    expect(header.slice(0, layout.matrix.columns.length)).toEqual(['Trust', 'Name', 'Actions', ...WRES.map((i) => `WRES ${i}`), 'No indicator', 'Overdue', 'Indicators with no actions', 'Last update', 'Board approved']);
    const rxt = layout.rows[rowOf('RXT') - 1];
    expect(rxt[col('Actions')]).toBe(7);
    expect(rxt[col('WRES 1')]).toBe('3 actions: 1 red, 2 green (1 overdue)');
    expect(rxt[col('WRES 3')]).toBe('No actions');
    expect(rxt[col('WRES 9')]).toBe('1 action: 1 no status');
    expect(rxt[col('Overdue')]).toBe(1);
    expect(rxt[col('Indicators with no actions')]).toBe('WRES 3, WRES 4, WRES 6, WRES 7, WRES 8');
    expect(rxt[col('Last update')]).toBe('2024-01-05');
    expect(rxt[col('Board approved')]).toBe('2023-11-30 (Board approved 2023-11-30)');
    const rp1 = layout.rows[rowOf('RP1') - 1];
    // Service text is kept as it is: the adapter writes it as text.
    expect(rp1[col('Name')]).toBe('=HYPERLINK("http://x","Northamptonshire")');
    expect(rp1[col('No indicator')]).toBe('1 action: 1 amber');
    expect(rp1[col('Board approved')]).toBe('Not yet');
    expect(layout.matrix).toMatchObject({ header: MATRIX_HEADER_ROW, first: MATRIX_HEADER_ROW + 1, last: MATRIX_HEADER_ROW + 2 });
  });

  it('fills each indicator cell with its worst RAG, one group per look, and says the breakdown in words', () => {
    const fillAt = new Map<string, string | null>();
    for (const f of layout.fills) for (const cell of cellsOf(f.address)) fillAt.set(cell, f.fill);
    const rxt = rowOf('RXT');
    expect(fillAt.get(`${rxt},${col('WRES 1')}`)).toBe(RAG_PALETTE.red.fill);
    expect(fillAt.get(`${rxt},${col('WRES 2')}`)).toBe(RAG_PALETTE.amber.fill);
    expect(fillAt.get(`${rxt},${col('WRES 5')}`)).toBe(RAG_PALETTE.blue.fill);
    expect(fillAt.has(`${rxt},${col('WRES 3')}`)).toBe(false);
    expect(fillAt.has(`${rxt},${col('WRES 9')}`)).toBe(false); // no status: no colour
    expect(fillAt.get(`${rxt},${col('Overdue')}`)).toBe(RAG_PALETTE.red.fill);
    expect(fillAt.get(`${rowOf('RP1')},${col('WRES 1')}`)).toBe(RAG_PALETTE.green.fill);
    // Operations are bounded by looks (RAG colours, header, titles), not by trusts.
    const looks = layout.fills.map((f) => `${f.fill}|${f.font}|${f.bold ?? false}`);
    expect(new Set(looks).size).toBe(looks.length);
    expect(layout.fills.length).toBeLessThanOrEqual(6);
    // Every coloured indicator cell has words in it.
    for (const f of layout.fills.filter((x) => Object.values(RAG_PALETTE).some((p) => p.fill === x.fill))) {
      for (const cell of cellsOf(f.address)) {
        const [r, c] = cell.split(',').map(Number);
        expect(String(layout.rows[r - 1][c])).not.toBe('');
      }
    }
  });

  it('writes numeric chart blocks below the matrix and a stacked-bar chart over each', () => {
    expect(layout.charts.map((c) => c.name)).toEqual(['RAG per trust', 'RAG per indicator', 'HIA coverage']);
    const [perTrust, perIndicator] = layout.charts.map((c) => parseA1(c.dataRange));
    expect(perTrust.top).toBeGreaterThan(layout.matrix.last);
    expect(layout.rows[perTrust.top]).toEqual(['Trust', 'Red', 'Amber', 'Green', 'Blue', 'No status']);
    expect(layout.rows[perTrust.top + 1]).toEqual(['Birmingham and Solihull Mental Health NHS Foundation Trust', 1, 1, 2, 2, 1]);
    expect(perTrust.bottom - perTrust.top).toBe(2);
    expect(layout.rows[perIndicator.top + 1]).toEqual(['WRES 1', 1, 0, 3, 0, 0]);
    expect(layout.rows[perIndicator.bottom]).toEqual(['No indicator', 0, 1, 0, 0, 0]);
    for (const chart of layout.charts) {
      const a = parseA1(chart.dataRange);
      expect(a.right - a.left).toBe(chart.seriesColours.length);
      for (let r = a.top + 1; r <= a.bottom; r++) for (let c = a.left + 1; c <= a.right; c++) expect(typeof layout.rows[r][c]).toBe('number');
      expect(chart.seriesColours).toEqual(chart.name === 'HIA coverage' ? [COVERED_COLOUR, GAP_COLOUR] : [RAG_PALETTE.red.fill, RAG_PALETTE.amber.fill, RAG_PALETTE.green.fill, RAG_PALETTE.blue.fill, NO_STATUS_COLOUR]);
      // Beside the data, never over it or the matrix.
      const at = parseA1(chart.position);
      expect(at.left).toBeGreaterThan(a.right);
      expect(at.top).toBeGreaterThan(layout.matrix.last);
    }
    const [p1, p2, p3] = layout.charts.map((c) => parseA1(c.position));
    expect(p2.top).toBeGreaterThan(p1.bottom);
    expect(p3.top).toBeGreaterThan(p2.bottom);
  });

  it('says plainly when the region has no trusts, and draws no chart', () => {
    const empty = compareSheet({ ...sampleComparison(), trusts: [] });
    expect(empty.rows[MATRIX_HEADER_ROW][0]).toBe('No trusts are listed in this region yet.');
    expect(empty.charts).toEqual([]);
  });

  it('marks a trust with no plan shared', () => {
    const none = trust('RXY', 'Kent', {}, { revision: 0, lastUpdate: null });
    const sheet = compareSheet({ ...sampleComparison(), trusts: [none] });
    const row = sheet.rows[MATRIX_HEADER_ROW];
    const width = sheet.matrix.columns.length;
    expect(row.slice(width - 3, width)).toEqual(['No plan shared yet', '', 'Not yet']);
    expect(row[row.length - 1]).toBe('No plan shared yet'); // HIAs with no actions
  });

  it('describes counts and merges runs of cells', () => {
    expect(describeCounts(undefined)).toBe('No actions');
    expect(describeCounts(counts({ amber: 2, blue: 1 }))).toBe('3 actions: 2 amber, 1 blue');
    expect(worstRag(counts({ green: 1, amber: 1 }))).toBe('amber');
    expect(worstRag(counts({ none: 2 }))).toBeNull();
    expect(areasOf([{ row: 5, column: 3 }, { row: 5, column: 4 }, { row: 7, column: 3 }, { row: 5, column: 6 }])).toBe('D5:E5,G5,D7');
  });
});
