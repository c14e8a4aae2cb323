import { randomUUID } from 'node:crypto';
import { odata, TableClient, type TableEntity, type TransactionAction } from '@azure/data-tables';
import { PLAN_FIELDS, type PlanField, type Standard } from '../../shared/types';
import { hiasOfRow } from '../../shared/hia';
import { mergeChange, type StoredRow } from '../../shared/merge';
import type {
  Applied, ChangeEntry, ChangesResponse, Conflict, DiffResponse, PlanResponse, PlanRow, PushRequest, PushResponse, Snapshot, Trust,
} from '../../shared/sync';
import type { PlanKey, PlanStore, PlanSummary, Who } from './types';

type Entity = TableEntity<Record<string, unknown>>;

/** Table Storage allows 100 operations per transaction; leave room for nothing else in a batch. */
const MAX_BATCH_OPS = 100;
/** A transaction's payload is capped at 4 MiB; stay well under it (UTF-16 sizes, JSON overhead). */
const MAX_BATCH_BYTES = 3 * 1024 * 1024;
/** A string property holds 64 KiB; big JSON is split over several properties. */
const CHUNK_CHARS = 30_000;
/** Concurrent pushes on one plan race on the head's ETag; retry the read-merge-commit this often. */
const MAX_COMMIT_ATTEMPTS = 25;

const pad = (n: number) => String(n).padStart(10, '0');
const statusOf = (e: unknown) => (e as { statusCode?: number }).statusCode;
const busyError = () =>
  Object.assign(new Error('The plan is being changed by many people at once; try again in a moment.'), { statusCode: 503 });
const isRace = (e: unknown) => statusOf(e) === 412 || statusOf(e) === 409;

/** Splits a JSON document over properties p0…pN so no single property passes the 64 KiB cap. */
function toChunks(prefix: string, value: unknown): Record<string, string | number> {
  const text = JSON.stringify(value);
  const out: Record<string, string | number> = {};
  let i = 0;
  for (let at = 0; at < text.length || i === 0; i++) {
    let end = Math.min(text.length, at + CHUNK_CHARS);
    // Never cut between the two halves of a surrogate pair (emoji): a lone half does not survive the wire.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    out[`${prefix}${i}`] = text.slice(at, end);
    at = end;
  }
  out[`${prefix}n`] = i;
  return out;
}

function fromChunks<T>(entity: Entity, prefix: string, fallback: T): T {
  const n = Number(entity[`${prefix}n`] ?? 0);
  if (!n) return fallback;
  let text = '';
  for (let i = 0; i < n; i++) text += String(entity[`${prefix}${i}`] ?? '');
  return JSON.parse(text) as T;
}

/** One change-log step: row id, field ('deleted' for a deletion), new value, value before (null = none). */
type LogEntry = [string, string, string | null, string | null];
/** JSON characters per change-log entity: 14 properties of CHUNK_CHARS, under the 1 MiB entity cap even in UTF-16. */
const LOG_PART_CHARS = 14 * CHUNK_CHARS;

/** Splits a push's log into parts that each fit one entity, keeping order. */
function logParts(log: LogEntry[]): LogEntry[][] {
  const parts: LogEntry[][] = [[]];
  let size = 2;
  for (const entry of log) {
    const n = JSON.stringify(entry).length + 1;
    if (size + n > LOG_PART_CHARS && parts[parts.length - 1].length) {
      parts.push([]);
      size = 2;
    }
    parts[parts.length - 1].push(entry);
    size += n;
  }
  return parts;
}

const approxBytes = (e: Entity) => {
  let size = 200;
  for (const [k, v] of Object.entries(e)) size += k.length * 2 + (typeof v === 'string' ? v.length * 2 : 16);
  return size;
};

/**
 * Splits items into groups that each fit one entity-group transaction: at most MAX_BATCH_OPS items and
 * MAX_BATCH_BYTES (by `entityOf`), order kept. An item too big on its own still gets a group of its own.
 */
function toBatches<T>(items: T[], entityOf: (item: T) => Entity): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = approxBytes(entityOf(item));
    if (batch.length >= MAX_BATCH_OPS || (batch.length && bytes + size > MAX_BATCH_BYTES)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(item);
    bytes += size;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

interface Head {
  revision: number;
  applied: number;
  updatedAt: string | null;
  updatedBy: string | null;
  latestSnapshot: Snapshot | null;
  etag: string;
}

export interface TableStoreOptions {
  connectionString?: string;
  /** Endpoint + credential (managed identity in Azure) instead of a connection string. */
  endpoint?: string;
  credential?: ConstructorParameters<typeof TableClient>[2];
  tablePrefix?: string;
  /** Trusts seeded into an empty directory. */
  seedTrusts?: Trust[];
}

/**
 * The PlanStore on Azure Table Storage (or Cosmos DB for Table; Azurite locally).
 *
 * Layout, one partition per plan (`TRUST:STANDARD:PERIOD`): a `head` entity (revision counter, ETag-guarded),
 * `row:<id>` entities (current values, derived), `chg:<rev>:<pushId>:<seq>` change-log entries (the audit trail
 * and what clients pull), `rev:<rev>` commit markers, `push:<pushId>` receipts and `snap:<id>` snapshots.
 * A push writes its change entries first (invisible: no commit marker yet), then commits head + marker +
 * receipt in ONE transaction guarded by the head's ETag. Rows are then applied from the log; if that is
 * interrupted, the next reader or writer replays the committed log (`applied` < `revision`). So a push of
 * any size is all-or-nothing, and a retried pushId is answered from its receipt.
 *
 * @example
 * const store = await createTableStore({ connectionString });
 * await store.push({ trust: 'RXT', standard: 'WRES', period: '2023-24' }, request, { by: 'alice', at });
 */
export async function createTableStore(options: TableStoreOptions): Promise<PlanStore> {
  const prefix = options.tablePrefix ?? 'equality';
  const client = (name: string) =>
    options.connectionString
      ? TableClient.fromConnectionString(options.connectionString, `${prefix}${name}`, { allowInsecureConnection: true })
      : new TableClient(options.endpoint!, `${prefix}${name}`, options.credential as never);
  const plans = client('plans');
  const trusts = client('trusts');
  const summaries = client('summaries');
  let ready = false;

  async function ensureTables() {
    if (ready) return;
    await Promise.all([plans.createTable(), trusts.createTable(), summaries.createTable()]);
    ready = true;
    if (options.seedTrusts?.length) {
      for (const t of options.seedTrusts) {
        await trusts.createEntity({ partitionKey: 'trust', rowKey: t.code, name: t.name, region: t.region }).catch((e) => {
          if (statusOf(e) !== 409) throw e;
        });
      }
    }
  }

  const pk = (p: PlanKey) => `${p.trust}:${p.standard}:${p.period}`;

  async function getEntity(table: TableClient, partitionKey: string, rowKey: string): Promise<Entity | null> {
    try {
      return (await table.getEntity(partitionKey, rowKey)) as Entity;
    } catch (e) {
      if (statusOf(e) === 404) return null;
      throw e;
    }
  }

  async function list(table: TableClient, filter: string): Promise<Entity[]> {
    const out: Entity[] = [];
    for await (const e of table.listEntities({ queryOptions: { filter } })) out.push(e as Entity);
    return out;
  }

  const rangeFilter = (partitionKey: string, from: string, to: string) =>
    odata`PartitionKey eq ${partitionKey} and RowKey ge ${from} and RowKey lt ${to}`;

  async function readHead(p: PlanKey): Promise<Head> {
    await ensureTables();
    let e = await getEntity(plans, pk(p), 'head');
    if (!e) {
      await plans.createEntity({ partitionKey: pk(p), rowKey: 'head', revision: 0, applied: 0 }).catch((err) => {
        if (statusOf(err) !== 409) throw err;
      });
      e = (await getEntity(plans, pk(p), 'head'))!;
    }
    return {
      revision: Number(e.revision ?? 0),
      applied: Number(e.applied ?? 0),
      updatedAt: (e.updatedAt as string) ?? null,
      updatedBy: (e.updatedBy as string) ?? null,
      latestSnapshot: e.latestSnapshot ? (JSON.parse(e.latestSnapshot as string) as Snapshot) : null,
      etag: e.etag as string,
    };
  }

  /** Writes entities in transactions of ≤100 operations and ≤ MAX_BATCH_BYTES, a few at a time. */
  async function submitBatches(actions: TransactionAction[]) {
    const batches = toBatches(actions, (a) => a[1] as Entity);
    // Log entries are invisible until the commit marker exists, so their order does not matter.
    for (let i = 0; i < batches.length; i += 4) await Promise.all(batches.slice(i, i + 4).map((b) => plans.submitTransaction(b)));
  }

  const rowFromEntity = (e: Entity): StoredRow & { rev: number; updatedBy: string; updatedAt: string; etag: string } => {
    const fields: StoredRow['fields'] = {};
    const meta: StoredRow['meta'] = {};
    for (const f of PLAN_FIELDS) {
      if (typeof e[`f_${f}`] === 'string') fields[f] = e[`f_${f}`] as string;
      if (typeof e[`b_${f}`] === 'string') meta[f] = { by: e[`b_${f}`] as string, at: e[`a_${f}`] as string };
    }
    return {
      id: (e.rowKey as string).slice(4),
      fields,
      meta,
      deleted: e.deleted === true,
      deletedBy: (e.deletedBy as string) ?? undefined,
      deletedAt: (e.deletedAt as string) ?? undefined,
      rev: Number(e.rev ?? 0),
      updatedBy: (e.updatedBy as string) ?? '',
      updatedAt: (e.updatedAt as string) ?? '',
      etag: e.etag as string,
    };
  };

  const rowToEntity = (partitionKey: string, row: StoredRow, rev: number, who: Who): Entity => {
    const e: Entity = { partitionKey, rowKey: `row:${row.id}`, rev, updatedBy: who.by, updatedAt: who.at, deleted: row.deleted };
    for (const f of PLAN_FIELDS) {
      if (row.fields[f] !== undefined) e[`f_${f}`] = row.fields[f];
      if (row.meta[f]) {
        e[`b_${f}`] = row.meta[f]!.by;
        e[`a_${f}`] = row.meta[f]!.at;
      }
    }
    if (row.deletedBy) e.deletedBy = row.deletedBy;
    if (row.deletedAt) e.deletedAt = row.deletedAt;
    return e;
  };

  async function readRows(p: PlanKey) {
    const rows = await list(plans, rangeFilter(pk(p), 'row:', 'row;'));
    return new Map(rows.map((e) => [(e.rowKey as string).slice(4), rowFromEntity(e)]));
  }

  /** Committed change entries with from < revision <= to, in order (orphans of lost races filtered out). */
  async function committedChanges(p: PlanKey, from: number, to: number) {
    if (to <= from) return [];
    const [markers, entries] = await Promise.all([
      list(plans, rangeFilter(pk(p), `rev:${pad(from + 1)}`, `rev:${pad(to)};`)),
      list(plans, rangeFilter(pk(p), `chg:${pad(from + 1)}`, `chg:${pad(to)};`)),
    ]);
    // Only the attempt that committed a revision counts: a lost race (or a duplicate delivery of the same
    // push racing itself) may have left entries under the same revision with another write id.
    const winner = new Map(markers.map((m) => [Number((m.rowKey as string).slice(4)), (m.writeId ?? m.pushId) as string]));
    return entries
      .filter((e) => winner.get(Number(e.revision)) === (e.writeId ?? e.pushId))
      .sort((a, b) => ((a.rowKey as string) < (b.rowKey as string) ? -1 : 1))
      .flatMap((e) => fromChunks<LogEntry[]>(e, 'e', []).map(([id, field, value, before]) => ({
        revision: Number(e.revision),
        id,
        field,
        value,
        before,
        by: e.by as string,
        at: e.at as string,
      })));
  }

  /**
   * Writes rows from in-memory results, each guarded by the ETag it was read with: a row someone else
   * already moved on is left alone. Rows go in 100-operation transactions; a batch that hits a race is
   * retried row by row so only the raced rows are skipped.
   */
  async function applyRows(p: PlanKey, rows: { row: StoredRow; rev: number; who: Who; etag: string | null }[]) {
    // Each row's entity is built once: for sizing the batches and for writing it.
    const writes = rows.map((r) => ({ ...r, entity: rowToEntity(pk(p), r.row, r.rev, r.who) }));
    const one = async ({ row, rev, etag, entity }: (typeof writes)[number]) => {
      let guard = etag;
      for (let attempt = 0; attempt < MAX_COMMIT_ATTEMPTS; attempt++) {
        try {
          if (guard) await plans.updateEntity(entity, 'Replace', { etag: guard });
          else await plans.createEntity(entity);
          return;
        } catch (e) {
          if (!isRace(e)) throw e;
        }
        // Someone wrote the row since we read it. Our row holds every committed change up to `rev`, so
        // only a row already at `rev` or later may stand; an older revision applied late must not win.
        const stored = await getEntity(plans, pk(p), `row:${row.id}`);
        if (stored && Number(stored.rev ?? 0) >= rev) return;
        guard = stored ? (stored.etag as string) : null;
      }
    };
    await Promise.all(toBatches(writes, (w) => w.entity).map(async (b) => {
      if (b.length === 1) return one(b[0]);
      try {
        await plans.submitTransaction(b.map(({ etag, entity }): TransactionAction => (etag ? ['update', entity, 'Replace', { etag }] : ['create', entity])));
      } catch (e) {
        if (!isRace(e)) throw e;
        for (const r of b) await one(r);
      }
    }));
  }

  async function markApplied(p: PlanKey, target: number, knownEtag?: string) {
    if (knownEtag) {
      try {
        await plans.updateEntity({ partitionKey: pk(p), rowKey: 'head', applied: target }, 'Merge', { etag: knownEtag });
        return;
      } catch (e) {
        if (!isRace(e)) throw e;
      }
    }
    for (let i = 0; i < 5; i++) {
      const head = await readHead(p);
      if (head.applied >= target) return;
      try {
        await plans.updateEntity({ partitionKey: pk(p), rowKey: 'head', applied: target }, 'Merge', { etag: head.etag });
        return;
      } catch (e) {
        if (!isRace(e)) throw e;
      }
    }
  }

  /** Replays committed revisions whose rows were not written (a pusher stopped between commit and apply). */
  async function catchUp(p: PlanKey, head: Head) {
    if (head.applied >= head.revision) return;
    const changes = await committedChanges(p, head.applied, head.revision);
    const rows = await readRows(p);
    const touched = new Map<string, { row: StoredRow; rev: number; who: Who; etag: string | null }>();
    for (const c of changes) {
      // A slow catch-up may read rows another writer has already moved past: never replay what they hold.
      if (c.revision <= (rows.get(c.id)?.rev ?? 0)) continue;
      const existing = touched.get(c.id) ?? (rows.has(c.id) ? { row: structuredClone(rows.get(c.id)!), rev: 0, who: c, etag: rows.get(c.id)!.etag } : { row: { id: c.id, fields: {}, meta: {}, deleted: false }, rev: 0, who: c, etag: null });
      if (c.field === 'deleted') {
        existing.row.deleted = true;
        existing.row.deletedBy = c.by;
        existing.row.deletedAt = c.at;
      } else {
        existing.row.fields[c.field as PlanField] = c.value ?? '';
        existing.row.meta[c.field as PlanField] = { by: c.by, at: c.at };
      }
      existing.rev = c.revision;
      existing.who = { by: c.by, at: c.at };
      touched.set(c.id, existing);
    }
    await applyRows(p, [...touched.values()]);
    await markApplied(p, head.revision);
  }

  /**
   * The head with every committed revision applied to the rows. Loops because another push may commit
   * while we catch up: merging against rows that lack a committed revision would raise false conflicts
   * and, worse, write a row missing that revision.
   */
  async function freshHead(p: PlanKey): Promise<Head> {
    let head = await readHead(p);
    for (let attempt = 0; head.applied < head.revision; attempt++) {
      if (attempt >= MAX_COMMIT_ATTEMPTS) throw busyError();
      await catchUp(p, head);
      head = await readHead(p);
    }
    return head;
  }

  /** Keeps the plan's one-entity summary for the region view; `known` is the plan as at `known.revision` when the caller has it. */
  async function writeSummary(p: PlanKey, known?: { revision: number; updatedAt: string; latestSnapshot: Snapshot | null; rows: Iterable<StoredRow> }) {
    const head = known ?? (await freshHead(p));
    const rows = known ? known.rows : (await readRows(p)).values();
    const actions: PlanSummary['actions'] = {};
    for (const r of rows) if (!r.deleted) actions[r.id] = [r.fields.indicator ?? '', r.fields.status ?? '', r.fields.due ?? '', hiasOfRow(r.fields, p.standard)];
    const entity: Entity = {
      partitionKey: `${p.standard}:${p.period}`,
      rowKey: p.trust,
      revision: head.revision,
      lastUpdate: head.updatedAt ?? '',
      latestSnapshot: head.latestSnapshot ? JSON.stringify(head.latestSnapshot) : '',
      ...toChunks('s', actions),
    };
    for (let i = 0; i < 5; i++) {
      const existing = await getEntity(summaries, entity.partitionKey as string, p.trust);
      if (existing && Number(existing.revision) > head.revision) return;
      try {
        if (existing) await summaries.updateEntity(entity, 'Replace', { etag: existing.etag as string });
        else await summaries.createEntity(entity);
        return;
      } catch (e) {
        if (!isRace(e)) throw e;
      }
    }
  }

  const toPlanRow = (r: ReturnType<typeof rowFromEntity>): PlanRow => ({
    id: r.id,
    fields: Object.fromEntries(PLAN_FIELDS.map((f) => [f, r.fields[f] ?? ''])),
    rev: r.rev,
    updatedBy: r.updatedBy,
    updatedAt: r.updatedAt,
    ...(r.deleted ? { deleted: true } : {}),
  });

  async function readReceipt(p: PlanKey, pushId: string): Promise<PushResponse | null> {
    const e = await getEntity(plans, pk(p), `push:${pushId}`);
    return e ? { ...fromChunks<PushResponse>(e, 'r', { revision: 0, applied: [], conflicts: [] }), replayed: true } : null;
  }

  const store: PlanStore = {
    async ping() {
      await ensureTables();
      await getEntity(trusts, 'trust', '_ping');
    },

    async readPlan(p) {
      const head = await freshHead(p);
      const rows = await readRows(p);
      return {
        revision: head.revision,
        latestSnapshot: head.latestSnapshot,
        rows: [...rows.values()].map(toPlanRow).sort((a, b) => (a.id < b.id ? -1 : 1)),
      };
    },

    async push(p, request, who) {
      for (let attempt = 0; attempt < MAX_COMMIT_ATTEMPTS; attempt++) {
        const head = await freshHead(p);
        const [replay, rows] = await Promise.all([readReceipt(p, request.pushId), readRows(p)]);
        if (replay) return replay;

        const working = new Map<string, { row: StoredRow; etag: string | null }>();
        const applied: Applied[] = [];
        const conflicts: Conflict[] = [];
        /** The push's change log, compact: [rowId, field, value, before] (null = no value). */
        const log: LogEntry[] = [];
        const revision = head.revision + 1;
        // Unique per attempt, so two deliveries of one push racing each other never share log entries.
        const writeId = randomUUID();
        for (const change of request.changes) {
          const current = working.get(change.id) ?? (rows.has(change.id) ? { row: rows.get(change.id)!, etag: rows.get(change.id)!.etag } : { row: null as unknown as StoredRow, etag: null });
          const result = mergeChange(current.row ?? null, change, who);
          conflicts.push(...result.conflicts);
          if (result.row) working.set(change.id, { row: result.row, etag: current.etag });
          const record = (field: string, value: string | null, before: string | null) => log.push([change.id, field, value, before]);
          for (const f of result.applied) record(f, result.row!.fields[f] ?? '', current.row?.fields[f] ?? (current.row ? '' : null));
          if (result.deleted) record('deleted', 'true', null);
          if (result.applied.length || result.deleted) applied.push({ id: change.id, fields: result.applied, ...(result.deleted ? { deleted: true } : {}) });
        }

        if (log.length === 0) {
          // Nothing changed the plan, but the answer (and its conflicts) is still recorded for replays and audit.
          const response: PushResponse = { revision: head.revision, applied, conflicts };
          try {
            await plans.createEntity({ partitionKey: pk(p), rowKey: `push:${request.pushId}`, revision: head.revision, by: who.by, at: who.at, ...toChunks('r', response) });
            return response;
          } catch (e) {
            if (statusOf(e) === 409) continue;
            throw e;
          }
        }

        const response: PushResponse = { revision, applied, conflicts };
        // The log goes in a few large entities (one per ~800 KB of JSON), not one per field: a 500-row push
        // is one or two entities instead of thousands, and usually rides in the commit transaction itself.
        const entries = logParts(log).map((part, i): Entity => ({
          partitionKey: pk(p), rowKey: `chg:${pad(revision)}:${writeId}:${String(i).padStart(4, '0')}`,
          revision, pushId: request.pushId, writeId, by: who.by, at: who.at, ...toChunks('e', part),
        }));
        const commit: TransactionAction[] = [
          ['update', { partitionKey: pk(p), rowKey: 'head', revision, applied: head.applied, updatedAt: who.at, updatedBy: who.by }, 'Merge', { etag: head.etag }],
          ['create', { partitionKey: pk(p), rowKey: `rev:${pad(revision)}`, pushId: request.pushId, writeId, by: who.by, at: who.at }],
          ['create', { partitionKey: pk(p), rowKey: `push:${request.pushId}`, revision, by: who.by, at: who.at, ...toChunks('r', response) }],
        ];
        const inline = commit.reduce((n, a) => n + approxBytes(a[1] as Entity), 0) + entries.reduce((n, e) => n + approxBytes(e), 0) <= MAX_BATCH_BYTES;
        // A log too large for one transaction is written first; without its commit marker it stays invisible.
        if (inline) commit.push(...entries.map((e) => ['create', e] as TransactionAction));
        else await submitBatches(entries.map((e) => ['upsert', e, 'Replace'] as TransactionAction));
        let headEtag: string | undefined;
        try {
          const committed = await plans.submitTransaction(commit);
          headEtag = committed.subResponses.find((r) => r.rowKey === 'head')?.etag;
        } catch (e) {
          if (!isRace(e)) throw e;
          // Lost the race: our log entries were never committed (no marker), so they are invisible; tidy them.
          if (!inline) await Promise.all(entries.map((en) => plans.deleteEntity(pk(p), en.rowKey as string).catch(() => undefined)));
          await new Promise((r) => setTimeout(r, Math.random() * 10 * (attempt + 1)));
          continue;
        }
        // The plan as at this revision is what we read plus what we merged: no need to read it back.
        const current = new Map<string, StoredRow>(rows);
        for (const [id, { row }] of working) current.set(id, row);
        // Rows then the applied mark, and the region summary (another table), go side by side.
        await Promise.all([
          applyRows(p, [...working.values()].map(({ row, etag }) => ({ row, etag, rev: revision, who }))).then(() => markApplied(p, revision, headEtag)),
          writeSummary(p, { revision, updatedAt: who.at, latestSnapshot: head.latestSnapshot, rows: current.values() }),
        ]);
        return response;
      }
      throw busyError();
    },

    async changes(p, since) {
      const head = await freshHead(p);
      const list = await committedChanges(p, Math.max(0, since), head.revision);
      return {
        revision: head.revision,
        changes: list.map(({ revision, id, field, value, by, at }): ChangeEntry => ({ revision, id, field, value, by, at })),
      };
    },

    async createSnapshot(p, label, who) {
      for (let i = 0; i < MAX_COMMIT_ATTEMPTS; i++) {
        const head = await freshHead(p);
        const snapshot: Snapshot = { snapshotId: randomUUID(), label, revision: head.revision, createdBy: who.by, createdAt: who.at };
        try {
          await plans.submitTransaction([
            ['create', { partitionKey: pk(p), rowKey: `snap:${snapshot.snapshotId}`, label, revision: head.revision, createdBy: who.by, createdAt: who.at }],
            ['update', { partitionKey: pk(p), rowKey: 'head', latestSnapshot: JSON.stringify(snapshot) }, 'Merge', { etag: head.etag }],
          ]);
        } catch (e) {
          if (isRace(e)) continue;
          throw e;
        }
        await writeSummary(p);
        return snapshot;
      }
      throw Object.assign(new Error('busy'), { statusCode: 503 });
    },

    async getSnapshot(p, snapshotId) {
      await ensureTables();
      const e = await getEntity(plans, pk(p), `snap:${snapshotId}`);
      if (!e) return null;
      const snapshot: Snapshot = { snapshotId, label: e.label as string, revision: Number(e.revision), createdBy: e.createdBy as string, createdAt: e.createdAt as string };
      // Rebuild the frozen rows from the audit trail up to the snapshot's revision: nothing is copied, nothing drifts.
      const log = await committedChanges(p, 0, snapshot.revision);
      const rows = new Map<string, PlanRow>();
      for (const c of log) {
        const row = rows.get(c.id) ?? { id: c.id, fields: Object.fromEntries(PLAN_FIELDS.map((f) => [f, ''])), rev: 0, updatedBy: '', updatedAt: '' };
        if (c.field === 'deleted') row.deleted = true;
        else row.fields[c.field] = c.value ?? '';
        row.rev = c.revision;
        row.updatedBy = c.by;
        row.updatedAt = c.at;
        rows.set(c.id, row);
      }
      return { ...snapshot, rows: [...rows.values()].sort((a, b) => (a.id < b.id ? -1 : 1)) };
    },

    async diff(p, snapshotId) {
      const snap = await store.getSnapshot(p, snapshotId);
      if (!snap) return null;
      const head = await freshHead(p);
      const log = await committedChanges(p, snap.revision, head.revision);
      const { rows: _rows, ...from } = snap;
      return {
        from,
        revision: head.revision,
        changes: log.map((c) => ({ id: c.id, field: c.field, before: c.before, after: c.value, by: c.by, at: c.at })),
      };
    },

    async listSummaries(standard: Standard, period: string) {
      await ensureTables();
      const entities = await list(summaries, odata`PartitionKey eq ${`${standard}:${period}`}`);
      return entities.map((e) => ({
        trust: e.rowKey as string,
        revision: Number(e.revision ?? 0),
        lastUpdate: (e.lastUpdate as string) || null,
        actions: fromChunks(e, 's', {}),
        latestSnapshot: e.latestSnapshot ? (JSON.parse(e.latestSnapshot as string) as Snapshot) : null,
      }));
    },

    async getTrust(code) {
      await ensureTables();
      const e = await getEntity(trusts, 'trust', code);
      return e ? { code, name: e.name as string, region: e.region as string } : null;
    },

    async listTrusts() {
      await ensureTables();
      const all = await list(trusts, odata`PartitionKey eq ${'trust'}`);
      return all.map((e) => ({ code: e.rowKey as string, name: e.name as string, region: e.region as string }));
    },

    async putTrust(t) {
      await ensureTables();
      await trusts.upsertEntity({ partitionKey: 'trust', rowKey: t.code, name: t.name, region: t.region }, 'Replace');
    },
  };
  return store;
}

