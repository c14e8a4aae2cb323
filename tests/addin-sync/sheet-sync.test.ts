/**
 * The pane's sync bookkeeping over the Office adapter and the fake Excel, against the real service and
 * Azurite: what the user does to the sheet (sort, insert, delete, copy rows) becomes the right changes,
 * and what others did comes back into the right cells.
 */
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficeAdapter } from '../../addin/excel/office-adapter';
import { applyPull, rowsOfReport, SyncClient, type SyncState } from '../../addin/sync';
import { checkSheet } from '../../addin/taskpane/check-sheet';
import type { CellValue } from '../../shared/types';
import { createApp } from '../../sync-service/app';
import { signDevToken } from '../../sync-service/auth';
import { loadConfig } from '../../sync-service/config';
import { createTableStore } from '../../sync-service/store';
import { SEED_TRUSTS } from '../../sync-service/trust-directory';
import { startAzurite, type EmbeddedAzurite } from '../support/azurite';
import { FakeWorkbook } from '../support/fake-excel';

const SECRET = 'sheet-sync-tests-secret-0123456789';
const AS_AT = new Date(Date.UTC(2024, 0 /* Jan */, 31));
let azurite: EmbeddedAzurite;
let server: ServerType;
let baseUrl = '';
let plans = 0;

beforeAll(async () => {
  azurite = await startAzurite();
  const store = await createTableStore({ connectionString: azurite.connectionString, tablePrefix: 'sheet', seedTrusts: SEED_TRUSTS });
  const app = createApp({ config: loadConfig({ SYNC_DEV_SECRET: SECRET }), store, log: () => undefined });
  baseUrl = await new Promise<string>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve(`http://127.0.0.1:${info.port}`));
  });
}, 120_000);
afterAll(async () => {
  await new Promise<void>((r) => (server ? (server as unknown as { close(cb: () => void): void }).close(() => r()) : r()));
  await azurite?.stop();
});

const PLAN: CellValue[][] = [
  ['WRES action plan 2023/24'],
  ['Indicator', 'Action', 'Lead', 'Timescale', 'Status'],
  ['1', 'Reverse mentoring for the board', 'CPO', 'Mar-24', 'In Progress'],
  ['2', 'Diverse interview panels', 'Head of Resourcing', 'Q3 23/24', 'Completed'],
  ['3', 'Review disciplinary cases by ethnicity', 'ER lead', 'Dec-23', 'Not Started'],
  [],
  ['Notes: reviewed by the People Committee'],
];

/** One editor: a workbook in the fake Excel, the pane's adapter and sync client, state kept in the workbook. */
async function editor(sub: string, planUrl: string, book = new FakeWorkbook(['Plan'])) {
  if (book.activeSheet.cells.size === 0) book.activeSheet.setValues(PLAN);
  const adapter = createOfficeAdapter(book.excel);
  const token = await signDevToken(SECRET, { sub, name: sub, trust: 'RXT', role: 'editor' });
  const client = await new SyncClient({
    planUrl,
    tokens: { getToken: async () => token },
    store: { read: () => adapter.readState<SyncState>('sync'), write: (s) => adapter.writeState('sync', s) },
  }).load();
  const check = async () => (await checkSheet(adapter, { asAt: AS_AT })).report;
  return {
    book, adapter, client, check,
    /** What the Push button does. */
    async push() {
      await client.record(rowsOfReport(await check()));
      return client.push();
    },
    /** What Get others' changes does. */
    async pull() {
      const report = await check();
      const result = await client.pull(rowsOfReport(report));
      await applyPull(adapter, report, result);
      return result;
    },
    value: (address: string) => {
      const m = /^([A-Z])(\d+)$/.exec(address)!;
      return book.activeSheet.peek(Number(m[2]) - 1, m[1].charCodeAt(0) - 65)?.value ?? '';
    },
  };
}
const newPlan = () => `${baseUrl}/v1/trusts/RXT/plans/WRES/${4000 + plans++}-01`;
/** A second editor working on a copy of the first one's workbook (same ids), as with a shared file. */
function copyOf(book: FakeWorkbook) {
  const copy = new FakeWorkbook(['Plan']);
  for (const [k, cell] of book.activeSheet.cells) copy.activeSheet.cells.set(k, { ...cell });
  copy.activeSheet.hiddenColumns = new Set(book.activeSheet.hiddenColumns);
  return copy;
}
const rowValues = (book: FakeWorkbook, r: number) => Array.from({ length: 6 }, (_, c) => book.activeSheet.peek(r, c)?.value ?? '');

describe('sync bookkeeping through the Excel adapter', () => {
  it('lands others\' edits on the right rows after a sort, by id', async () => {
    const url = newPlan();
    const ann = await editor('ann', url);
    await ann.push();
    const bob = await editor('bob', url, copyOf(ann.book));
    await bob.pull();
    // Ann sorts the plan by lead (Z→A): whole rows move, ids with them.
    const rows = [2, 3, 4].map((r) => rowValues(ann.book, r)).sort((a, b) => String(b[2]).localeCompare(String(a[2])));
    ann.book.activeSheet.setValues(rows, 2, 0);
    expect(await ann.push()).toEqual([]); // a sort is no change
    // Bob changes the status of "Diverse interview panels".
    bob.book.activeSheet.setValues([['Overdue']], 3, 4);
    await bob.push();
    await ann.pull();
    const report = await ann.check();
    const panels = report.actions.find((a) => a.action === 'Diverse interview panels')!;
    expect(panels.row).not.toBe(4); // it moved
    expect(ann.value(`E${panels.row}`)).toBe('Overdue');
  });

  it('pushes a row inserted mid-plan as a new action, and a deleted row as a deletion', async () => {
    const url = newPlan();
    const ann = await editor('ann', url);
    await ann.push();
    const sheet = ann.book.activeSheet;
    // Insert a row above row 4 (Excel shifts the rest down) and type a new action into it.
    await ann.adapter.insertRows(4, 1);
    sheet.setValues([['2', 'Positive action leadership programme', 'OD lead', 'Sep-24', 'Not Started']], 3, 0);
    // Delete "Review disciplinary cases…" (now row 6).
    await ann.adapter.deleteRows([6]);
    await ann.push();
    const plan = await (await fetch(url, { headers: { authorization: `Bearer ${await signDevToken(SECRET, { sub: 'x', trust: 'RXT', role: 'viewer' })}` } })).json();
    const live = plan.rows.filter((r: { deleted?: boolean }) => !r.deleted).map((r: { fields: { action: string } }) => r.fields.action).sort();
    expect(live).toEqual(['Diverse interview panels', 'Positive action leadership programme', 'Reverse mentoring for the board']);
    expect(plan.rows.filter((r: { deleted?: boolean }) => r.deleted).map((r: { fields: { action: string } }) => r.fields.action)).toEqual(['Review disciplinary cases by ethnicity']);
  });

  it('gives a copied row its own id, pushing it as new and leaving the original untouched', async () => {
    const url = newPlan();
    const ann = await editor('ann', url);
    await ann.push();
    const original = rowValues(ann.book, 2);
    ann.book.activeSheet.setValues([[...original.slice(0, 2), 'Deputy CPO', ...original.slice(3)]], 5, 0); // pasted below, id and all
    const [result] = await ann.push();
    expect(result.applied).toHaveLength(1);
    expect(result.applied[0].id).not.toBe(original[5]);
    const report = await ann.check();
    expect(new Set(report.actions.map((a) => a.id)).size).toBe(4);
    expect(ann.value('C3')).toBe('CPO');
  });

  it('keeps a form\'s actions the same actions on the service when its user checks again and again', async () => {
    const url = newPlan();
    const book = new FakeWorkbook(['Plan']);
    // A plan kept as a form: a block of 'Label | value' rows per action.
    book.activeSheet.setValues([
      ['WRES action plan 2023/24'],
      [],
      ['Action 1', 'Reverse mentoring for the board'], ['Owner', 'CPO'], ['By when', 'Mar-24'], ['RAG', 'Amber'],
      [],
      ['Action 2', 'Diverse interview panels'], ['Owner', 'Head of Resourcing'], ['By when', 'Q3 23/24'], ['RAG', 'Green'],
    ]);
    const ann = await editor('ann', url, book);
    const [first] = await ann.push();
    expect(first.applied).toHaveLength(2);
    // She checks twice more (Validate & colour after each look at the plan), then pushes: nothing is new.
    await ann.check();
    await ann.check();
    expect(await ann.push()).toEqual([]);
    const plan = await (await fetch(url, { headers: { authorization: `Bearer ${await signDevToken(SECRET, { sub: 'x', trust: 'RXT', role: 'viewer' })}` } })).json();
    expect(plan.rows.map((r: { fields: { action: string } }) => r.fields.action).sort()).toEqual(['Diverse interview panels', 'Reverse mentoring for the board']);
  });

  it('appends others\' new actions inside the plan, above the notes, as text, and does not push them back', async () => {
    const url = newPlan();
    const ann = await editor('ann', url);
    await ann.push();
    const bob = await editor('bob', url, copyOf(ann.book));
    await bob.pull();
    // Bob adds an action with formula-looking text; Ann pulls it.
    bob.book.activeSheet.setValues([['4', '=HYPERLINK("http://x","click")', '+44 lead', 'Apr-24', 'Not Started']], 5, 0);
    await bob.push();
    const result = await ann.pull();
    expect(result.updates.length).toBeGreaterThan(0);
    expect(ann.value('B6')).toBe('=HYPERLINK("http://x","click")'); // text, not #FORMULA(...)
    expect(ann.value('C6')).toBe('+44 lead');
    expect(ann.value('A8')).toBe('Notes: reviewed by the People Committee'); // moved down, kept
    const report = await ann.check();
    expect(report.actions).toHaveLength(4);
    expect(await ann.push()).toEqual([]); // nothing to send back
  });
});
