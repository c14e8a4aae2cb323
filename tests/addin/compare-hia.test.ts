import { describe, expect, it } from 'vitest';
import { compareSheet, COVERED_COLOUR, GAP_COLOUR, MATRIX_HEADER_ROW } from '../../addin/compare/compare-sheet';
import { columnLetter, parseA1 } from '../../addin/excel/a1';
import { RAG_PALETTE } from '../../shared/rag';
import { counts, sampleComparison, trust } from '../support/compare-fixture';

/** The fill of one cell (0-based row and column) in a layout's fill groups. */
function fillOf(layout: ReturnType<typeof compareSheet>, row: number, column: number): string | null {
  for (const f of layout.fills) {
    for (const part of f.address.split(',')) {
      const a = parseA1(part);
      if (row >= a.top && row <= a.bottom && column >= a.left && column <= a.right) return f.fill;
    }
  }
  return null;
}

describe('the region compare sheet: trusts × high impact actions', () => {
  const data = sampleComparison();
  // RP1 has a pay gap action (HIA 3) as well as its indicator ones.
  data.trusts[1] = trust('RP1', 'Northamptonshire', { 1: { green: 1 }, 2: { green: 1 } }, {
    byHia: { 1: counts({}), 2: counts({ green: 2 }), 3: counts({ amber: 1 }), 4: counts({}), 5: counts({}), 6: counts({}) },
  });
  data.trusts[1].hiasWithNoAction = ['1', '4', '5', '6'];
  const layout = compareSheet(data);
  const header = layout.rows[MATRIX_HEADER_ROW - 1] as string[];
  const rowOf = (code: string) => layout.rows.findIndex((r) => r[0] === code);

  it('puts the HIA matrix beside the indicator one, on the same rows, after a blank column', () => {
    const width = layout.matrix.columns.length;
    expect(header[width]).toBe('');
    expect(header.slice(width + 1)).toEqual([
      'HIA 1: Board EDI objectives', 'HIA 2: Recruitment & talent', 'HIA 3: Pay gaps', 'HIA 4: Health inequalities',
      'HIA 5: International recruits', 'HIA 6: Bullying & harassment', 'HIAs with no actions',
    ]);
    expect(layout.hiaMatrix).toEqual({ first: width + 1, columns: header.slice(width + 1) });
    expect(layout.autofit).toBe(`A${MATRIX_HEADER_ROW}:${columnLetter(header.length - 1)}${layout.matrix.last}`);
  });

  it('says each trust\'s actions per HIA in words, fills them with the worst RAG, and lists its gaps', () => {
    const col = (name: string) => header.indexOf(name);
    const rxt = layout.rows[rowOf('RXT')];
    // RXT: indicators 1, 2 and 9 (HIA 2) hold 1 red, 1 amber, 2 green, 1 with no status; indicator 5 (HIA 6) 2 blue.
    expect(rxt[col('HIA 2: Recruitment & talent')]).toBe('5 actions: 1 red, 1 amber, 2 green, 1 no status (1 overdue)');
    expect(rxt[col('HIA 6: Bullying & harassment')]).toBe('2 actions: 2 blue');
    expect(rxt[col('HIA 3: Pay gaps')]).toBe('No actions');
    expect(rxt[col('HIAs with no actions')]).toBe('HIA 1, HIA 3, HIA 4, HIA 5');
    expect(fillOf(layout, rowOf('RXT'), col('HIA 2: Recruitment & talent'))).toBe(RAG_PALETTE.red.fill);
    expect(fillOf(layout, rowOf('RXT'), col('HIA 6: Bullying & harassment'))).toBe(RAG_PALETTE.blue.fill);
    expect(fillOf(layout, rowOf('RXT'), col('HIA 3: Pay gaps'))).toBeNull();
    const rp1 = layout.rows[rowOf('RP1')];
    expect(rp1[col('HIA 3: Pay gaps')]).toBe('1 action: 1 amber');
    expect(fillOf(layout, rowOf('RP1'), col('HIA 3: Pay gaps'))).toBe(RAG_PALETTE.amber.fill);
    expect(rp1[col('HIAs with no actions')]).toBe('HIA 1, HIA 4, HIA 5, HIA 6');
    // The HIA header cells are bold like the rest of the header; no new looks per trust.
    expect(fillOf(layout, MATRIX_HEADER_ROW - 1, col('HIA 1: Board EDI objectives'))).toBe('#E8EDEE');
    expect(fillOf(layout, MATRIX_HEADER_ROW - 1, layout.matrix.columns.length)).toBeNull();
    expect(layout.fills.length).toBeLessThanOrEqual(6);
  });

  it('charts the region\'s HIA coverage: per HIA, how many trusts have actions and how many have none', () => {
    const chart = layout.charts.find((c) => c.name === 'HIA coverage')!;
    expect(chart.seriesColours).toEqual([COVERED_COLOUR, GAP_COLOUR]);
    const a = parseA1(chart.dataRange);
    expect(layout.rows.slice(a.top, a.bottom + 1)).toEqual([
      ['High impact action', 'Trusts with actions', 'Trusts with none'],
      ['HIA 1: Board EDI objectives', 0, 2],
      ['HIA 2: Recruitment & talent', 2, 0],
      ['HIA 3: Pay gaps', 1, 1],
      ['HIA 4: Health inequalities', 0, 2],
      ['HIA 5: International recruits', 0, 2],
      ['HIA 6: Bullying & harassment', 1, 1],
    ]);
    expect(layout.rows[a.top - 1][0]).toMatch(/^Chart data: trusts of Y60 with and without actions, per high impact action/);
    expect(parseA1(chart.position).left).toBeGreaterThan(a.right);
  });

  it('leaves the HIA part out when an older service sends no HIAs', () => {
    const old = sampleComparison() as Partial<ReturnType<typeof sampleComparison>>;
    delete old.hias;
    const plain = compareSheet(old as ReturnType<typeof sampleComparison>);
    expect(plain.rows[MATRIX_HEADER_ROW - 1]).toEqual(plain.matrix.columns);
    expect(plain.hiaMatrix).toBeNull();
    expect(plain.charts.map((c) => c.name)).toEqual(['RAG per trust', 'RAG per indicator']);
  });
});
