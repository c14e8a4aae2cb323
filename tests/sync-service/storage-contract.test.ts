/**
 * The storage port's contract, one suite over every backend (tinybase style): memory, and Table Storage
 * against a real Azurite. A new backend joins the describe.each and must pass all of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay, type EngineRow, type LogRecord, type PlanSummary, type Receipt } from '../../shared/sync-engine';
import { createMemoryStorage, createTableStorage, StorageConflict, type Commit, type Head, type PlanKey, type PlanStorage } from '../../sync-service/storage';
import { SEED_TRUSTS } from '../../sync-service/trust-directory';
import { startAzurite, type EmbeddedAzurite } from '../support/azurite';

let azurite: EmbeddedAzurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

let plans = 0;
const newPlan = (trust = 'RXT'): PlanKey => ({ trust, standard: 'WRES', period: `${2200 + plans++}-01` });
const at = '2023-10-31T09:00:00.000Z';
const rowOf = (id: string, rev: number, fields: Record<string, string>): EngineRow =>
  replay(new Map(), Object.entries(fields).map(([field, value]) => ({ revision: rev, id, field, value, by: 'Ann', sub: 'u-ann', at }))).get(id)!;
const record = (revision: number, entries: [string, string, string][]): LogRecord => ({ revision, commit: `c${revision}-${Math.random()}`, pushId: `p${revision}`, by: 'Ann', sub: 'u-ann', at, entries: entries as LogRecord['entries'] });
const summaryOf = (trust: string, revision: number, actions: PlanSummary['actions'] = {}): PlanSummary => ({ trust, revision, lastUpdate: at, latestSnapshot: null, actions });
const receipt = (pushId: string, revision: number): Receipt => ({ pushId, fingerprint: 'f', revision, changed: true, conflicts: [] });

/** A commit of one revision that writes `rows` (all new). */
function commitOf(plan: PlanKey, expected: Head | null, revision: number, rows: EngineRow[], extra: Partial<Commit> = {}): Commit {
  return {
    expected,
    head: { revision, applied: revision, epoch: expected?.epoch || 'epoch-1', updatedAt: at, updatedBy: 'Ann', latestSnapshot: null, summary: summaryOf(plan.trust, revision, Object.fromEntries(rows.map((r) => [r.id, [r.fields.indicator ?? '', '', '']]))) },
    records: [record(revision, rows.flatMap((r) => Object.entries(r.fields).map(([f, v]) => [r.id, f, v] as [string, string, string])))],
    receipts: [receipt(`push-${revision}`, revision)],
    rows: rows.map((row) => ({ row, etag: null })),
    ...extra,
  };
}

const backends: [string, () => PlanStorage][] = [
  ['memory', () => createMemoryStorage({ seedTrusts: SEED_TRUSTS, commitRowLimit: 96 })],
  ['Table Storage (Azurite)', () => createTableStorage({ connectionString: azurite.connectionString, tablePrefix: `contract${plans}`, seedTrusts: SEED_TRUSTS })],
];

describe.each(backends)('the storage port on %s', (_name, make) => {
  let storage: PlanStorage;
  beforeAll(() => {
    storage = make();
  });

  it('reads nothing, and creates nothing, for a plan never written', async () => {
    const plan = newPlan();
    expect(await storage.readHead(plan)).toBeNull();
    expect((await storage.readRows(plan)).size).toBe(0);
    expect(await storage.readLog(plan, 0, 10)).toEqual({ records: [], more: false });
    expect(await storage.readReceipt(plan, 'nope')).toBeNull();
    expect(await storage.readHead(plan)).toBeNull();
  });

  it('commits head, log, receipt and rows together, and refuses a commit from a head that moved', async () => {
    const plan = newPlan();
    const first = await storage.commit(plan, commitOf(plan, null, 1, [rowOf('a1', 1, { lead: 'Ann', indicator: '3' })]));
    expect(first.rowsWritten).toBe(true);
    const head = (await storage.readHead(plan))!;
    expect(head).toMatchObject({ revision: 1, applied: 1, epoch: 'epoch-1', summary: { revision: 1, actions: { a1: ['3', '', ''] } } });
    await expect(storage.commit(plan, commitOf(plan, null, 1, [rowOf('b1', 1, { lead: 'x' })]))).rejects.toBeInstanceOf(StorageConflict);
    const rows = await storage.readRows(plan);
    await storage.commit(plan, commitOf(plan, head, 2, [], { rows: [{ row: rowOf('a1', 2, { lead: 'Bob' }), etag: rows.get('a1')!.etag }] }));
    // The same head again: stale now. Nothing of this commit may show.
    await expect(storage.commit(plan, commitOf(plan, head, 2, [rowOf('c1', 2, { lead: 'Cat' })], { receipts: [receipt('late', 2)] }))).rejects.toBeInstanceOf(StorageConflict);
    expect(await storage.readReceipt(plan, 'late')).toBeNull();
    expect((await storage.readRows(plan)).has('c1')).toBe(false);
    expect((await storage.readRows(plan, ['a1'])).get('a1')!.fields.lead).toBe('Bob');
    expect((await storage.readLog(plan, 0, 2)).records.map((r) => r.revision)).toEqual([1, 2]);
  });

  it('refuses a second receipt for one pushId, and a row write from a stale ETag', async () => {
    const plan = newPlan();
    await storage.commit(plan, commitOf(plan, null, 1, [rowOf('a1', 1, { lead: 'Ann' })]));
    await expect(storage.commit(plan, { expected: null, head: null, records: [], receipts: [receipt('push-1', 1)], rows: [] })).rejects.toBeInstanceOf(StorageConflict);
    await storage.commit(plan, { expected: null, head: null, records: [], receipts: [receipt('only-a-receipt', 1)], rows: [] });
    expect(await storage.readReceipt(plan, 'only-a-receipt')).toMatchObject({ revision: 1, changed: true });
    const stale = (await storage.readRows(plan)).get('a1')!.etag;
    expect(await storage.writeRows(plan, [{ row: rowOf('a1', 2, { lead: 'Bob' }), etag: stale }])).toEqual([]);
    expect(await storage.writeRows(plan, [{ row: rowOf('a1', 3, { lead: 'Cat' }), etag: stale }])).toEqual(['a1']);
    expect((await storage.readRows(plan)).get('a1')!.fields.lead).toBe('Bob');
  });

  it('leaves rows that do not fit one commit to writeRows, with applied behind until setApplied', async () => {
    const plan = newPlan();
    const rows = Array.from({ length: 150 }, (_, i) => rowOf(`r${i}`, 1, { action: `Action ${i}`, lead: 'Head of EDI' }));
    const done = await storage.commit(plan, commitOf(plan, null, 1, rows));
    expect(done.rowsWritten).toBe(false);
    expect(await storage.readHead(plan)).toMatchObject({ revision: 1, applied: 0 });
    expect(await storage.writeRows(plan, rows.map((row) => ({ row, etag: null })))).toEqual([]);
    await storage.setApplied(plan, 1, done.etag);
    expect(await storage.readHead(plan)).toMatchObject({ revision: 1, applied: 1 });
    expect((await storage.readRows(plan)).size).toBe(150);
    expect((await storage.readLog(plan, 0, 1)).records[0].entries).toHaveLength(300);
  });

  it('pages the log by size, a whole revision at a time', async () => {
    const plan = newPlan();
    let head: Head | null = null;
    for (let rev = 1; rev <= 6; rev++) {
      await storage.commit(plan, commitOf(plan, head, rev, [rowOf(`r${rev}`, rev, { progress: `${rev} ${'p'.repeat(40_000)}` })]));
      head = await storage.readHead(plan);
    }
    const seen: number[] = [];
    let after = 0;
    for (let page = 0; page < 10; page++) {
      const { records, more } = await storage.readLog(plan, after, 6, 100_000);
      expect(records.length).toBeGreaterThan(0);
      seen.push(...records.map((r) => r.revision));
      after = records.at(-1)!.revision;
      if (!more) break;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await storage.readLog(plan, 0, 6, 100_000)).more).toBe(true);
  });

  it('keeps any Unicode exactly: line separators, emoji, accents, long CJK, in rows, log and summary', async () => {
    const plan = newPlan();
    const texts = {
      action: 'First line\u2028second\u2029third',
      progress: '中文字符'.repeat(8_000),
      outcome: 'Zoë 🙂 تقرير é'.repeat(2_700).slice(0, 32_000).replace(/[\ud800-\udbff]$/, ''),
      indicator: '🙂\u2028',
    };
    const row = rowOf('u1', 1, texts);
    await storage.commit(plan, commitOf(plan, null, 1, [row]));
    expect((await storage.readRows(plan)).get('u1')!.fields).toEqual(texts);
    expect(Object.fromEntries((await storage.readLog(plan, 0, 1)).records[0].entries.map(([, f, v]) => [f, v]))).toEqual(texts);
    expect((await storage.readHead(plan))!.summary.actions.u1[0]).toBe(texts.indicator);
  });

  it('lists every plan\'s summary of a standard and period, and keeps snapshots', async () => {
    const base = newPlan();
    for (const trust of ['RXT', 'RP1']) {
      const plan = { ...base, trust };
      await storage.commit(plan, commitOf(plan, null, 1, [rowOf(`${trust}-1`, 1, { indicator: '1' })]));
    }
    const summaries = await storage.listSummaries(base.standard, base.period);
    expect(summaries.map((s) => s.trust).sort()).toEqual(['RP1', 'RXT']);
    const head = (await storage.readHead(base))!;
    const snapshot = { snapshotId: '0b8a4b1e-95c1-4a8e-9f37-2f0c8a4d2c11', label: 'Board approved', revision: 1, createdBy: 'Ann', createdAt: at };
    await storage.commit(base, { expected: head, head: { ...head, latestSnapshot: snapshot }, records: [], receipts: [], rows: [], snapshot });
    expect(await storage.readSnapshot(base, snapshot.snapshotId)).toEqual(snapshot);
    expect((await storage.readHead(base))!.latestSnapshot).toEqual(snapshot);
  });
});
