/**
 * The storage port: everything the sync service asks of storage, and nothing more. Two implementations:
 * `memory-storage.ts` (tests and dev) and `table-storage.ts` (@azure/data-tables: Azure Table Storage,
 * Cosmos DB for Table, Azurite). `tests/sync-service/storage-contract.test.ts` runs one suite over both.
 *
 * The merge, the log's meaning, receipts and summaries are the engine's (`shared/sync-engine`); the
 * orchestration is `sync-service/plans/`. A backend only keeps records and honours the head's ETag.
 */
import type { Standard } from '../../shared/types';
import type { Snapshot, Trust } from '../../shared/sync';
import type { EngineRow, LogRecord, PlanSummary, Receipt } from '../../shared/sync-engine';

/** One plan: a trust's action plan for one standard and one period. */
export interface PlanKey {
  trust: string;
  standard: Standard;
  period: string;
}

/** The plan's head: its revision and everything that must change atomically with it. */
export interface Head {
  revision: number;
  /** Rows hold every revision up to here; later ones are in the log only (a large push's rows still being written). */
  applied: number;
  /** Random, set when the head is first written: a cursor from another epoch means storage lost history. */
  epoch: string;
  updatedAt: string | null;
  updatedBy: string | null;
  latestSnapshot: Snapshot | null;
  /** The region view's record of this plan, committed with every revision so it is never stale. */
  summary: PlanSummary;
  /** Opaque version of the head; a commit names the one it read. */
  etag: string;
}

export interface StoredRow extends EngineRow {
  etag: string;
}

/** A row to write, guarded by the ETag it was read with (null: it must not exist yet). */
export interface RowWrite {
  row: EngineRow;
  etag: string | null;
}

/**
 * One atomic step of a plan: the head moves from `expected` to `head` and the records, receipts and
 * snapshot appear with it, or nothing does (StorageConflict). Rows are written in the same transaction
 * when the backend can fit them (then `head.applied` may equal `head.revision`); otherwise the caller sets
 * `head.applied` below the revision and writes the rows afterwards with `writeRows`.
 */
export interface Commit {
  /** The head as read (its ETag guards the commit); null when the plan has none yet. */
  expected: Head | null;
  /**
   * The head after the commit, with `applied` as it will be when the rows go in with it. A backend that cannot
   * fit the rows keeps `applied` as it was in `expected` (0 for a new plan). Null: receipts only, head untouched.
   */
  head: Omit<Head, 'etag'> | null;
  records: LogRecord[];
  receipts: Receipt[];
  rows: RowWrite[];
  snapshot?: Snapshot;
}

export interface CommitResult {
  /** The head's new ETag. */
  etag: string;
  rowsWritten: boolean;
  /** Each written row's new ETag (when the rows went in with the commit). */
  rowEtags: Map<string, string>;
}

export interface LogPage {
  records: LogRecord[];
  /** True when records after the last one (up to `through`) were left for the next page. */
  more: boolean;
}

export interface PlanStorage {
  /** Answers once storage does (bounded by a timeout). */
  ping(): Promise<void>;
  /** The head, or null when the plan was never written. Reading never creates anything. */
  readHead(plan: PlanKey): Promise<Head | null>;
  /** Rows by id (all rows of the plan when `ids` is omitted); ids never stored are absent. */
  readRows(plan: PlanKey, ids?: readonly string[]): Promise<Map<string, StoredRow>>;
  /** Committed log records with after < revision ≤ through, in order, about `maxChars` of values at most (always at least one record). */
  readLog(plan: PlanKey, after: number, through: number, maxChars?: number): Promise<LogPage>;
  readReceipt(plan: PlanKey, pushId: string): Promise<Receipt | null>;
  /**
   * Commits atomically, or throws StorageConflict when the head is no longer `expected` or a receipt or
   * row to create already exists. Whether the rows went in is told by `rowsWritten`.
   */
  commit(plan: PlanKey, commit: Commit): Promise<CommitResult>;
  /** Writes rows outside a commit, each guarded by its ETag; returns the ids whose guard failed. */
  writeRows(plan: PlanKey, rows: RowWrite[]): Promise<string[]>;
  /** Moves `head.applied` forward if the head is still at `etag` (StorageConflict otherwise). */
  setApplied(plan: PlanKey, applied: number, etag: string): Promise<void>;
  readSnapshot(plan: PlanKey, snapshotId: string): Promise<Snapshot | null>;
  /** Every plan's summary for one standard and period (one query: the region view). */
  listSummaries(standard: Standard, period: string): Promise<PlanSummary[]>;
  getTrust(code: string): Promise<Trust | null>;
  listTrusts(): Promise<Trust[]>;
  putTrust(trust: Trust): Promise<void>;
}

/** The head moved, or something to create already exists: re-read and try again (or answer a replay). */
export class StorageConflict extends Error {
  constructor(message = 'storage conflict') {
    super(message);
    this.name = 'StorageConflict';
  }
}

/** Storage did not answer in time, or answered that it cannot now: worth retrying, with back-off. */
export class StorageUnavailable extends Error {
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = 'StorageUnavailable';
  }
}
