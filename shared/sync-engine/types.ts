/**
 * The sync engine's own records: a plan's rows as the engine sees them, the change log, receipts and the
 * per-plan summary. Storage keeps these; the engine never reads or writes storage itself.
 */
import type { PlanField } from '../types';
import type { Snapshot } from '../sync';

/** Who made a change, when, and which revision it landed in. `sub` is the stable subject id; `by` the display name. */
export interface Stamp {
  by: string;
  sub: string;
  at: string;
  rev: number;
}

/** Who is pushing, as the service knows them (the clock is read by the caller, never by the engine). */
export interface Author {
  by: string;
  sub: string;
  at: string;
}

/** A row of a plan: its values, who last set each, and its deletion (a tombstone never comes back). */
export interface EngineRow {
  id: string;
  fields: Partial<Record<PlanField, string>>;
  stamps: Partial<Record<PlanField, Stamp>>;
  deleted: Stamp | null;
  /** The last revision that changed this row (0: never stored). */
  rev: number;
}

/** One step of the change log: row id, field ('deleted' for a deletion) and the value it took. */
export type LogEntry = [id: string, field: PlanField | 'deleted', value: string];

/** One committed revision of the change log: one push's steps, by one author. */
export interface LogRecord {
  revision: number;
  /** Random per commit: tells a revision apart from another that reused its number after a storage rollback. */
  commit: string;
  pushId: string;
  by: string;
  sub: string;
  at: string;
  entries: LogEntry[];
}

/** A conflict as the receipt keeps it: a pointer to the value, never the value (a value may be 32,000 characters). */
export interface ConflictRef {
  /** Index of the change in the push. */
  change: number;
  field: string;
  reason: 'changed' | 'deleted';
  /** The revision that wrote the value (or the deletion) the change met; 0 when the field was never set. */
  rev: number;
}

/**
 * What a replayed pushId is answered from: pointers only. What was applied is the log record of `revision`
 * (when `changed`); each conflict's value is in the log revision it points at.
 */
export interface Receipt {
  pushId: string;
  /** Hash of the push's changes: the same pushId with other changes is refused, not answered from here. */
  fingerprint: string;
  revision: number;
  /** True when the push wrote the log record of `revision`. */
  changed: boolean;
  conflicts: ConflictRef[];
}

/**
 * What the region view needs of one action: [indicator, status, due text, HIAs]. HIAs ("2,6", worked out from the
 * row's HIA cell, indicator and wording when the summary is written) are absent from summaries written before them.
 * Add a position at the end to compare plans by something more (older summaries simply lack it).
 */
export type ActionSummary = [indicator: string, status: string, due: string, hias?: string];

/** The compact per-plan record the region view reads: kept in step with the plan by every commit. */
export interface PlanSummary {
  trust: string;
  revision: number;
  lastUpdate: string | null;
  /** id → the summary fields of every live (not deleted) action. */
  actions: Record<string, ActionSummary>;
  latestSnapshot: Snapshot | null;
}
