import { describe, expect, it } from 'vitest';
import { COMPARE_SHEET, compareSheet, MATRIX_HEADER_ROW } from '../../addin/compare/compare-sheet';
import { fetchComparison } from '../../addin/compare/compare-view';
import { parseA1 } from '../../addin/excel/a1';
import { createOfficeAdapter, splitAddress } from '../../addin/excel/office-adapter';
import { RAG_PALETTE } from '../../shared/rag';
import type { CompareResponse } from '../../shared/sync';
import { sampleComparison, trust } from '../support/compare-fixture';
import { FakeWorkbook } from '../support/fake-excel';

const manyTrusts = (n: number): CompareResponse => ({
  ...sampleComparison(),
  trusts: Array.from({ length: n }, (_, i) => trust(`T${i}`, `Trust ${i}`, { [String((i % 9) + 1)]: { red: i % 3, amber: 1, green: i % 2 } })),
});

async function build(data: CompareResponse, book = new FakeWorkbook(['Plan'])) {
  book.activeSheet.setValues([['WRES action plan'], ['Ref', 'Action']]);
  const adapter = createOfficeAdapter(book.excel);
  book.resetStats();
  await adapter.writeReport(COMPARE_SHEET, compareSheet(data));
  return { book, adapter, sheet: book.sheets.find((s) => s.name === COMPARE_SHEET)! };
}

describe('writeReport against the fake Excel', () => {
  it('builds the compare sheet in one Excel.run and 2 syncs: text as text, numbers as numbers, fills, charts', async () => {
    const data = sampleComparison();
    const layout = compareSheet(data);
    const { book, sheet } = await build(data);
    expect(book.stats.runs).toBe(1);
    expect(book.stats.syncs).toBe(2);
    expect(book.activeSheet).toBe(sheet);
    const header = layout.rows[MATRIX_HEADER_ROW - 1] as string[];
    const rp1 = layout.rows.findIndex((r) => r[0] === 'RP1');
    // A trust name that looks like a formula stays text.
    expect(sheet.peek(rp1, 1)?.value).toBe('=HYPERLINK("http://x","Northamptonshire")');
    expect(sheet.peek(rp1, 1)?.numberFormat).toBe('@');
    // Counts are numbers (charts plot them); the breakdown is text.
    expect(sheet.peek(rp1, header.indexOf('Actions'))).toMatchObject({ value: 3, numberFormat: 'General' });
    expect(sheet.peek(rp1, header.indexOf('WRES 1'))).toMatchObject({ value: '1 action: 1 green', numberFormat: '@', fill: RAG_PALETTE.green.fill, font: RAG_PALETTE.green.font });
    const rxt = layout.rows.findIndex((r) => r[0] === 'RXT');
    expect(sheet.peek(rxt, header.indexOf('WRES 1'))?.fill).toBe(RAG_PALETTE.red.fill);
    expect(sheet.peek(rxt, header.indexOf('WRES 3'))?.fill ?? null).toBeNull();
    expect(sheet.peek(MATRIX_HEADER_ROW - 1, 0)?.bold).toBe(true);
    // Format operations are bounded by looks: one per property per group.
    expect(book.stats.formatOps).toBeLessThanOrEqual(layout.fills.length * 3);

    expect(sheet.charts).toHaveLength(3);
    for (const [i, spec] of layout.charts.entries()) {
      const chart = sheet.charts[i];
      const [start, end] = spec.position.split(':');
      expect(chart).toMatchObject({ name: spec.name, type: 'BarStacked', seriesBy: 'Columns', dataRange: spec.dataRange, title: spec.title, legend: 'Bottom', position: { start, end } });
      expect(chart.seriesColours).toEqual(spec.seriesColours.map((c) => c.toUpperCase()));
      // The chart's data range holds labels in the first row and column and numbers inside.
      const a = parseA1(chart.dataRange);
      expect(sheet.peek(a.top, a.left + 1)?.value).toBe(spec.name === 'HIA coverage' ? 'Trusts with actions' : 'Red');
      for (let r = a.top + 1; r <= a.bottom; r++) for (let c = a.left + 1; c <= a.right; c++) expect(typeof sheet.peek(r, c)?.value).toBe('number');
    }
    expect(sheet.autofitted).toEqual([layout.autofit]);
    // The plan sheet is untouched.
    expect(book.sheets[0].peek(1, 1)?.value).toBe('Action');
  });

  it('refreshes in place: same sheet, contents, formats and charts replaced, one set of charts, 3 syncs', async () => {
    const { book, adapter, sheet } = await build(sampleComparison());
    const index = book.sheets.indexOf(sheet);
    const rxtRow = compareSheet(sampleComparison()).rows.findIndex((r) => r[0] === 'RXT');
    book.active = 0;
    book.resetStats();
    // RXT has left the comparison; RP1 is now the first row.
    const fewer = { ...sampleComparison(), trusts: sampleComparison().trusts.slice(1) };
    await adapter.writeReport(COMPARE_SHEET, compareSheet(fewer));
    expect(book.stats.runs).toBe(1);
    expect(book.stats.syncs).toBe(3);
    expect(book.sheets.filter((s) => s.name === COMPARE_SHEET)).toHaveLength(1);
    expect(book.sheets[index]).toBe(sheet);
    expect(book.activeSheet).toBe(sheet);
    expect(sheet.charts.map((c) => c.name)).toEqual(['RAG per trust', 'RAG per indicator', 'HIA coverage']);
    expect(sheet.peek(rxtRow, 0)?.value).toBe('RP1');
    // The old red cell of RXT's indicator 1 is gone with its fill.
    const header = compareSheet(fewer).rows[MATRIX_HEADER_ROW - 1] as string[];
    expect(sheet.peek(rxtRow, header.indexOf('WRES 1'))?.fill).toBe(RAG_PALETTE.green.fill);
    const stale = compareSheet(sampleComparison()).rows.length - 1;
    expect(sheet.peek(stale, 0)).toBeUndefined();
    // Refreshing again still leaves one set of charts.
    await adapter.writeReport(COMPARE_SHEET, compareSheet(fewer));
    expect(sheet.charts).toHaveLength(3);
  });

  it('uses the same number of syncs and format operations for 2 trusts or 60', async () => {
    const small = await build(manyTrusts(2));
    const large = await build(manyTrusts(60));
    expect(large.book.stats.syncs).toBe(small.book.stats.syncs);
    expect(large.book.stats.formatOps).toBe(small.book.stats.formatOps);
    expect(large.book.stats.maxPayloadBytes).toBeLessThan(5 * 1024 * 1024);
    const refreshSmall = { ...small.book.stats };
    small.book.resetStats();
    await small.adapter.writeReport(COMPARE_SHEET, compareSheet(manyTrusts(2)));
    large.book.resetStats();
    await large.adapter.writeReport(COMPARE_SHEET, compareSheet(manyTrusts(60)));
    expect(large.book.stats.syncs).toBe(small.book.stats.syncs);
    expect(refreshSmall.syncs).toBeLessThan(small.book.stats.syncs);
  });

  it('writes every formula-looking string as text, and only finite numbers as numbers', async () => {
    const payloads = ['=HYPERLINK("http://evil.example","x")', '+44 121 301 0000', '-2+3', '@SUM(1+1)', '\t=1+1', '12'];
    const book = new FakeWorkbook(['Plan']);
    await createOfficeAdapter(book.excel).writeReport('R', { rows: [payloads, [1, Number.NaN, null, 0]], fills: [], charts: [] });
    const sheet = book.sheets.find((s) => s.name === 'R')!;
    payloads.forEach((p, c) => expect(sheet.peek(0, c)).toMatchObject({ value: p, numberFormat: '@' }));
    expect(sheet.peek(1, 0)).toMatchObject({ value: 1, numberFormat: 'General' });
    expect(sheet.peek(1, 1)).toMatchObject({ value: '', numberFormat: '@' });
    expect(sheet.peek(1, 3)).toMatchObject({ value: 0, numberFormat: 'General' });
  });

  it('like Excel, fails the request when a chart is given more series colours than it has series', async () => {
    const book = new FakeWorkbook(['Plan']);
    const report = { rows: [['Trust', 'Red'], ['A', 1]], fills: [], charts: [{ name: 'x', title: 'x', dataRange: 'A1:B2', seriesColours: ['#D5281B', '#FFB81C'], position: 'D1:J10' }] };
    await expect(createOfficeAdapter(book.excel).writeReport('R', report)).rejects.toThrow(/ItemNotFound/);
  });

  it('splits a long multi-area address into getRanges calls under the cap', () => {
    const cells = Array.from({ length: 1000 }, (_, i) => `D${i + 1}`).join(',');
    const parts = splitAddress(cells);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= 2000)).toBe(true);
    expect(parts.join(',')).toBe(cells);
  });
});

describe('fetching the comparison with the pane sign-in', () => {
  const session = { serviceUrl: 'http://svc', tokens: { getToken: async () => 'tok' }, user: { name: 'Lee', role: 'regional-lead', trust: null, region: 'Y60' }, method: 'dev' as const };
  const answer = (status: number, body: unknown) => async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const q = { region: 'Y60', standard: 'WRES', period: '2023-24' };

  it('calls the compare endpoint with the bearer token', async () => {
    let seen: [string, RequestInit | undefined] | null = null;
    const data = await fetchComparison(session, q, (async (url: string, init?: RequestInit) => {
      seen = [url, init];
      return answer(200, sampleComparison())();
    }) as typeof fetch);
    expect(data.trusts).toHaveLength(2);
    expect(seen![0]).toBe('http://svc/v1/regions/Y60/compare?standard=WRES&period=2023-24');
    expect((seen![1]!.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('says failures in words', async () => {
    await expect(fetchComparison(session, q, answer(403, { error: { code: 'forbidden', message: 'x' } }) as typeof fetch)).rejects.toThrow('Only the regional lead of Y60 (or an admin) can compare its trusts. Sign in as a regional lead to compare the region.');
    await expect(fetchComparison(session, q, answer(400, { error: { code: 'bad-request', message: 'The request is not valid.', issues: [{ path: 'query.period', message: 'must look like 2023-24' }] } }) as typeof fetch))
      .rejects.toThrow('The service could not compare: The request is not valid. — period must look like 2023-24');
    await expect(fetchComparison(session, q, answer(401, {}) as typeof fetch)).rejects.toThrow(/sign-in has expired/);
    await expect(fetchComparison(session, q, answer(503, {}) as typeof fetch)).rejects.toThrow('The sync service could not compare now (503). Try again in a moment.');
    await expect(fetchComparison(session, q, answer(200, { nope: true }) as typeof fetch)).rejects.toThrow(/cannot read/);
    await expect(fetchComparison(session, q, (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch)).rejects.toThrow('Cannot reach the sync service at http://svc (offline?).');
    await expect(fetchComparison({ ...session, tokens: { getToken: async () => { throw new Error('expired'); } } }, q, answer(200, {}) as typeof fetch)).rejects.toThrow(/Sign in again/);
  });
});
