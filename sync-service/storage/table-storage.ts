import { odata, TableClient, type TransactionAction } from '@azure/data-tables';
import type { Trust } from '../../shared/sync';
import type { LogRecord } from '../../shared/sync-engine';
import { StorageConflict, StorageUnavailable, type Commit, type CommitResult, type Head, type LogPage, type PlanKey, type PlanStorage, type RowWrite, type StoredRow } from './port';
import { call, DEFAULT_LIMITS, read, type CallLimits } from './table-calls';
import { fitsOneBatch, toBatches } from './table-batches';
import { packJson, unpackJson } from './table-codec';
import {
  headEntities, headFromEntities, INLINE_LOG_CHARS, logEntities, recordFromEntities, rowEntity, rowFromEntity, snapshotEntity, snapshotFromEntity,
  splitHeadEtag, type Entity,
} from './table-entities';
import { keys, partitionOf, prefixFilter, rangeFilter } from './table-keys';

export interface TableStorageOptions {
  connectionString?: string;
  /** Endpoint + credential (managed identity in Azure) instead of a connection string. */
  endpoint?: string;
  credential?: ConstructorParameters<typeof TableClient>[2];
  tablePrefix?: string;
  /** Trusts put into an empty directory. */
  seedTrusts?: Trust[];
  limits?: Partial<CallLimits>;
}

/**
 * The storage port on Azure Table Storage or Cosmos DB for Table (Azurite locally), through @azure/data-tables.
 * Layout: table-keys.ts. Every write is a transaction (Azurite corrupts large multibyte values on its
 * single-entity path), every request has a timeout, and the SDK's own retries are off (table-calls.ts).
 *
 * @example
 * const storage = createTableStorage({ connectionString, seedTrusts: SEED_TRUSTS });
 */
export function createTableStorage(options: TableStorageOptions): PlanStorage {
  const limits: CallLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const prefix = options.tablePrefix ?? 'equality';
  const clientOptions = { allowInsecureConnection: true, retryOptions: { maxRetries: 0 } };
  const client = (name: string) => options.connectionString
    ? TableClient.fromConnectionString(options.connectionString, `${prefix}${name}`, clientOptions)
    : new TableClient(options.endpoint!, `${prefix}${name}`, options.credential as never, { retryOptions: { maxRetries: 0 } });
  const plans = client('sync');
  const trusts = client('trusts');
  let ready: Promise<void> | null = null;

  /** Creates the tables (and seeds the directory) once; a failure is tried again by the next caller. */
  const ensure = () => (ready ??= (async () => {
    await Promise.all([plans, trusts].map((t) => call((abortSignal) => t.createTable({ abortSignal }), limits)));
    for (const t of options.seedTrusts ?? []) {
      await call((abortSignal) => trusts.submitTransaction([['upsert', { partitionKey: 'trust', rowKey: t.code, name: t.name, region: t.region }, 'Merge']], { abortSignal }), limits);
    }
  })().catch((error) => {
    ready = null;
    throw error;
  }));

  async function list(table: TableClient, filter: string): Promise<Entity[]> {
    await ensure();
    return read(async (abortSignal) => {
      const out: Entity[] = [];
      for await (const e of table.listEntities({ queryOptions: { filter }, abortSignal })) out.push(e as Entity);
      return out;
    }, limits);
  }
  async function getOne(table: TableClient, partitionKey: string, rowKey: string): Promise<Entity | null> {
    await ensure();
    return read(async (abortSignal) => {
      try {
        return (await table.getEntity(partitionKey, rowKey, { abortSignal })) as Entity;
      } catch (e) {
        if ((e as { statusCode?: number }).statusCode === 404) return null;
        throw e;
      }
    }, limits);
  }
  const submit = (actions: TransactionAction[], table = plans) => call((abortSignal) => table.submitTransaction(actions, { abortSignal }), limits, limits.timeoutMs * 2);

  async function readRecords(p: PlanKey, indexes: Entity[]): Promise<LogRecord[]> {
    const pk = partitionOf(p);
    return Promise.all(indexes.map(async (index) => {
      const parts = Number(index.parts ?? 0) ? await list(plans, prefixFilter(pk, keys.logPart(p.trust, String(index.commit), 0).slice(0, -4))) : [];
      return recordFromEntities(index, parts);
    }));
  }

  const storage: PlanStorage = {
    async ping() {
      await ensure();
      await getOne(trusts, 'trust', '~ping');
    },

    async readHead(p) {
      // A point read (fast everywhere); the rare summary too big for the head adds one range read.
      const head = await getOne(plans, partitionOf(p), keys.head(p.trust));
      if (!head) return null;
      const parts = Number(head.parts ?? 0) ? await list(plans, rangeFilter(partitionOf(p), keys.summaryPart(p.trust, 1), `${keys.head(p.trust).slice(0, -1)};`)) : [];
      return headFromEntities([head, ...parts]);
    },

    async readRows(p, ids) {
      const pk = partitionOf(p);
      // One or a few rows by point reads; more (or all) by one range query over the plan's rows.
      const entities = ids && ids.length <= 3
        ? (await Promise.all(ids.map((id) => getOne(plans, pk, keys.row(p.trust, id))))).filter((e): e is Entity => e !== null)
        : await list(plans, prefixFilter(pk, keys.row(p.trust, '')));
      const wanted = ids ? new Set(ids) : null;
      const rows = new Map<string, StoredRow>();
      for (const e of entities) {
        const row = rowFromEntity(p.trust, e);
        if (!wanted || wanted.has(row.id)) rows.set(row.id, row);
      }
      return rows;
    },

    async readLog(p, after, through, maxChars = 1_000_000): Promise<LogPage> {
      if (through <= after) return { records: [], more: false };
      await ensure();
      const filter = rangeFilter(partitionOf(p), keys.log(p.trust, after + 1), keys.log(p.trust, through + 1));
      const indexes: Entity[] = [];
      let chars = 0;
      const pages = read(async (abortSignal) => {
        for await (const page of plans.listEntities({ queryOptions: { filter }, abortSignal }).byPage({ maxPageSize: 100 })) {
          for (const e of page) {
            // Large revisions count by their parts' size, read below; a page holds at least one revision.
            const size = Number(e.parts ?? 0) ? Number(e.parts) * 400_000 : Number(e.jc ?? 0) * 30_000;
            if (indexes.length && chars + size > maxChars) return true;
            indexes.push(e as Entity);
            chars += size;
          }
        }
        return false;
      }, limits);
      const stoppedEarly = await pages;
      const records = await readRecords(p, indexes);
      return { records, more: stoppedEarly && (records.at(-1)?.revision ?? after) < through };
    },

    async readReceipt(p, pushId) {
      const e = await getOne(plans, partitionOf(p), keys.receipt(p.trust, pushId));
      return e ? unpackJson(e) : null;
    },

    async commit(p, commit) {
      await ensure();
      return commitTo(p, commit);
    },

    async writeRows(p, rows) {
      await ensure();
      return writeRowsTo(p, rows);
    },

    async setApplied(p, applied, etag) {
      await ensure();
      const { etag: real } = splitHeadEtag(etag);
      await submit([['update', { partitionKey: partitionOf(p), rowKey: keys.head(p.trust), applied }, 'Merge', { etag: real }]]);
    },

    async readSnapshot(p, id) {
      const e = await getOne(plans, partitionOf(p), keys.snapshot(p.trust, id));
      return e ? snapshotFromEntity(e) : null;
    },

    async listSummaries(standard, period) {
      const entities = await list(plans, prefixFilter(partitionOf({ standard, period }), '~plan:'));
      const byTrust = new Map<string, Entity[]>();
      for (const e of entities) {
        const trust = (e.rowKey as string).split(':')[1];
        byTrust.set(trust, [...(byTrust.get(trust) ?? []), e]);
      }
      return [...byTrust.values()].map((group) => headFromEntities(group).summary);
    },

    async getTrust(code) {
      const e = await getOne(trusts, 'trust', code);
      return e ? { code, name: e.name as string, region: e.region as string } : null;
    },
    async listTrusts() {
      const all = await list(trusts, odata`PartitionKey eq ${'trust'}`);
      return all.map((e) => ({ code: e.rowKey as string, name: e.name as string, region: e.region as string }));
    },
    async putTrust(t) {
      await ensure();
      await submit([['upsert', { partitionKey: 'trust', rowKey: t.code, name: t.name, region: t.region }, 'Replace']], trusts);
    },
  };

  /** The commit transaction: head (ETag-guarded), summary parts, log, receipts, snapshot, and rows when they fit. */
  async function commitTo(p: PlanKey, c: Commit): Promise<CommitResult> {
    const pk = partitionOf(p);
    const old = c.expected ? splitHeadEtag(c.expected.etag) : { parts: 0, etag: '' };
    const actions: TransactionAction[] = [];
    for (const r of c.receipts) actions.push(['create', { partitionKey: pk, rowKey: keys.receipt(p.trust, r.pushId), ...packJson(r) }]);
    if (!c.head) {
      await submit(actions);
      return { etag: c.expected?.etag ?? '', rowsWritten: false, rowEtags: new Map() };
    }
    if (c.snapshot) actions.push(['create', snapshotEntity(pk, p.trust, c.snapshot)]);
    const logs = c.records.map((r) => logEntities(pk, p.trust, r, r.entries.reduce((n, e) => n + e[2].length + e[0].length + 16, 0) <= INLINE_LOG_CHARS));
    for (const { index } of logs) actions.push(['create', index]);
    const parts = logs.flatMap((l) => l.parts);
    const headActions = (applied: number): TransactionAction[] => {
      const [head, ...summaryParts] = headEntities(pk, p.trust, { ...c.head!, applied });
      const out: TransactionAction[] = [c.expected ? ['update', head, 'Replace', { etag: old.etag }] : ['create', head]];
      for (const part of summaryParts) out.push(['upsert', part, 'Replace']);
      for (let n = summaryParts.length + 1; n <= old.parts; n++) out.push(['delete', { partitionKey: pk, rowKey: keys.summaryPart(p.trust, n) }]);
      return out;
    };
    // A large revision's steps ride in the commit when they fit; otherwise they go first, under its commit id:
    // nothing points at them until the index commits.
    const partsInline = fitsOneBatch([...headActions(c.head.applied), ...actions, ...parts.map((e): TransactionAction => ['create', e])]);
    if (partsInline) actions.push(...parts.map((e): TransactionAction => ['create', e]));
    else for (const batch of toBatches(parts.map((e) => ['upsert', e, 'Replace']))) await submit(batch);
    const rows: TransactionAction[] = c.rows.map(({ row, etag }) => (etag ? ['update', rowEntity(pk, p.trust, row), 'Replace', { etag }] : ['create', rowEntity(pk, p.trust, row)]));
    const withRows = [...headActions(c.head.applied), ...actions, ...rows];
    const rowsWritten = fitsOneBatch(withRows);
    const batch = rowsWritten ? withRows : [...headActions(c.expected?.applied ?? 0), ...actions];
    try {
      const result = await submit(batch);
      // Sub-responses come in the order of the actions (the SDK names the RowKey of creates only).
      const etagOf = (rowKey: string) => result.subResponses[batch.findIndex((a) => (a[1] as Entity).rowKey === rowKey)]?.etag;
      const tag = etagOf(keys.head(p.trust));
      if (!tag) throw new StorageUnavailable('storage did not return the head\'s new ETag');
      const rowEtags = new Map<string, string>();
      if (rowsWritten) for (const { row } of c.rows) rowEtags.set(row.id, etagOf(keys.row(p.trust, row.id)) ?? '');
      for (const [id, etag] of rowEtags) if (!etag) rowEtags.delete(id);
      return { etag: `${batch.filter((a) => a[0] === 'upsert' && String((a[1] as Entity).rowKey).startsWith('~plan:')).length}|${tag}`, rowsWritten, rowEtags };
    } catch (error) {
      if (error instanceof StorageConflict && parts.length && !partsInline) void Promise.all(parts.map((e) => submit([['delete', e]]).catch(() => undefined)));
      throw error;
    }
  }

  /** Rows outside a commit: in transactions of up to 100; a transaction that meets a moved row is retried row by row. */
  async function writeRowsTo(p: PlanKey, rows: RowWrite[]): Promise<string[]> {
    const pk = partitionOf(p);
    const action = ({ row, etag }: RowWrite): TransactionAction => (etag ? ['update', rowEntity(pk, p.trust, row), 'Replace', { etag }] : ['create', rowEntity(pk, p.trust, row)]);
    const failed: string[] = [];
    const byKey = new Map(rows.map((w) => [keys.row(p.trust, w.row.id), w]));
    await Promise.all(toBatches(rows.map(action)).map(async (batch) => {
      try {
        await submit(batch);
      } catch (error) {
        if (!(error instanceof StorageConflict)) throw error;
        for (const one of batch) {
          await submit([one]).catch((e) => {
            if (!(e instanceof StorageConflict)) throw e;
            failed.push(byKey.get((one[1] as Entity).rowKey as string)!.row.id);
          });
        }
      }
    }));
    return failed;
  }

  return storage;
}

export type { Head };
