import type { Standard } from '../../shared/types';
import type { Snapshot, Trust } from '../../shared/sync';
import { copyRow, createDict, type LogRecord, type Receipt } from '../../shared/sync-engine';
import { StorageConflict, type Commit, type Head, type LogPage, type PlanKey, type PlanStorage, type RowWrite, type StoredRow } from './port';

interface MemoryPlan {
  head: Head | null;
  rows: Map<string, StoredRow>;
  log: Map<number, LogRecord>;
  receipts: Map<string, Receipt>;
  snapshots: Map<string, Snapshot>;
}

export interface MemoryStorageOptions {
  seedTrusts?: Trust[];
  /** Rows a commit can carry (as a Table Storage transaction's 100 entities would); more are written after. */
  commitRowLimit?: number;
}

/** Copies so no caller shares this store's objects; maps keyed by ids stay prototype-free. */
const cloneHead = <H extends Omit<Head, 'etag'>>(head: H): Omit<Head, 'etag'> => {
  const copy = structuredClone(head) as Omit<Head, 'etag'> & { etag?: string };
  delete copy.etag;
  return { ...copy, summary: { ...copy.summary, actions: createDict(copy.summary.actions) } };
};

const sizeOf = (record: LogRecord) => record.entries.reduce((n, [id, f, v]) => n + id.length + f.length + v.length + 8, 64);

/**
 * The storage port in memory: for unit tests and local development only (nothing survives the process).
 * Same contract as the Table Storage backend, including ETags and all-or-nothing commits.
 *
 * @example
 * const storage = createMemoryStorage({ seedTrusts: SEED_TRUSTS });
 */
export function createMemoryStorage(options: MemoryStorageOptions = {}): PlanStorage {
  const plans = new Map<string, MemoryPlan>();
  const trusts = new Map((options.seedTrusts ?? []).map((t) => [t.code, structuredClone(t)]));
  let version = 0;
  const etag = () => `m${++version}`;
  const keyOf = (p: PlanKey) => `${p.standard}:${p.period}:${p.trust}`;
  const planOf = (p: PlanKey, create = false): MemoryPlan | undefined => {
    let plan = plans.get(keyOf(p));
    if (!plan && create) plans.set(keyOf(p), (plan = { head: null, rows: new Map(), log: new Map(), receipts: new Map(), snapshots: new Map() }));
    return plan;
  };
  const guardRow = (plan: MemoryPlan, w: RowWrite) => (w.etag === null ? !plan.rows.has(w.row.id) : plan.rows.get(w.row.id)?.etag === w.etag);

  return {
    async ping() {},
    async readHead(p) {
      const head = planOf(p)?.head;
      return head ? { ...cloneHead(head), etag: head.etag } : null;
    },
    async readRows(p, ids) {
      const rows = planOf(p)?.rows ?? new Map<string, StoredRow>();
      const wanted = ids ?? [...rows.keys()];
      return new Map(wanted.filter((id) => rows.has(id)).map((id) => [id, { ...copyRow(rows.get(id)!), etag: rows.get(id)!.etag }]));
    },
    async readLog(p, after, through, maxChars = 1_000_000): Promise<LogPage> {
      const log = planOf(p)?.log ?? new Map<number, LogRecord>();
      const records: LogRecord[] = [];
      let chars = 0;
      for (let rev = after + 1; rev <= through; rev++) {
        const record = log.get(rev);
        if (!record) continue;
        if (records.length && chars + sizeOf(record) > maxChars) return { records, more: true };
        records.push(structuredClone(record));
        chars += sizeOf(record);
      }
      return { records, more: false };
    },
    async readReceipt(p, pushId) {
      return structuredClone(planOf(p)?.receipts.get(pushId) ?? null);
    },
    async commit(p, commit: Commit) {
      const plan = planOf(p, true)!;
      if (commit.receipts.some((r) => plan.receipts.has(r.pushId))) throw new StorageConflict('a receipt exists');
      if (!commit.head) {
        for (const r of commit.receipts) plan.receipts.set(r.pushId, structuredClone(r));
        return { etag: plan.head?.etag ?? '', rowsWritten: false, rowEtags: new Map() };
      }
      const headOk = commit.expected === null ? plan.head === null : plan.head?.etag === commit.expected.etag;
      if (!headOk) throw new StorageConflict('the head moved');
      if (commit.records.some((r) => plan.log.has(r.revision))) throw new StorageConflict('a revision exists');
      const rowsFit = commit.rows.length <= (options.commitRowLimit ?? Infinity);
      if (rowsFit && !commit.rows.every((w) => guardRow(plan, w))) throw new StorageConflict('a row moved');
      const tag = etag();
      const applied = rowsFit ? commit.head.applied : (commit.expected?.applied ?? 0);
      plan.head = { ...cloneHead(commit.head), applied, etag: tag };
      for (const r of commit.records) plan.log.set(r.revision, structuredClone(r));
      for (const r of commit.receipts) plan.receipts.set(r.pushId, structuredClone(r));
      const rowEtags = new Map<string, string>();
      if (rowsFit) {
        for (const w of commit.rows) {
          const rowTag = etag();
          plan.rows.set(w.row.id, { ...copyRow(w.row), etag: rowTag });
          rowEtags.set(w.row.id, rowTag);
        }
      }
      if (commit.snapshot) plan.snapshots.set(commit.snapshot.snapshotId, structuredClone(commit.snapshot));
      return { etag: tag, rowsWritten: rowsFit, rowEtags };
    },
    async writeRows(p, rows) {
      const plan = planOf(p, true)!;
      const failed: string[] = [];
      for (const w of rows) {
        if (guardRow(plan, w)) plan.rows.set(w.row.id, { ...copyRow(w.row), etag: etag() });
        else failed.push(w.row.id);
      }
      return failed;
    },
    async setApplied(p, applied, tag) {
      const plan = planOf(p);
      if (!plan?.head || plan.head.etag !== tag) throw new StorageConflict('the head moved');
      plan.head = { ...plan.head, applied, etag: etag() };
    },
    async readSnapshot(p, id) {
      return structuredClone(planOf(p)?.snapshots.get(id) ?? null);
    },
    async listSummaries(standard: Standard, period: string) {
      return [...plans.entries()].filter(([k, v]) => k.startsWith(`${standard}:${period}:`) && v.head).map(([, v]) => cloneHead(v.head!).summary);
    },
    async getTrust(code) {
      return structuredClone(trusts.get(code) ?? null);
    },
    async listTrusts() {
      return [...trusts.values()].map((t) => structuredClone(t));
    },
    async putTrust(t) {
      trusts.set(t.code, structuredClone(t));
    },
  };
}
