import type { Standard } from '../../shared/types';
import type {
  ChangesResponse, DiffResponse, PlanResponse, PushRequest, PushResponse, Snapshot, Trust,
} from '../../shared/sync';

/** One plan: a trust's action plan for one standard and one period. */
export interface PlanKey {
  trust: string;
  standard: Standard;
  period: string;
}

export interface Who {
  by: string;
  at: string;
}

/** The compact per-plan record the region view reads: one entity per plan, kept up to date on push. */
export interface PlanSummary {
  trust: string;
  revision: number;
  lastUpdate: string | null;
  /**
   * id → [indicator, status, due text, HIAs] of every live (not deleted) action. HIAs ("2,6", worked out from the
   * row's HIA cell, indicator and wording when the summary is written) are absent from summaries written before them.
   */
  actions: Record<string, [string, string, string, string?]>;
  latestSnapshot: Snapshot | null;
}

/**
 * The whole storage surface of the service. One implementation (Azure Table Storage / Cosmos DB for
 * Table via @azure/data-tables, Azurite locally); the integration tests run against it for real.
 */
export interface PlanStore {
  /** Creates tables if needed; answers only when storage does. */
  ping(): Promise<void>;
  readPlan(plan: PlanKey): Promise<PlanResponse>;
  push(plan: PlanKey, request: PushRequest, who: Who): Promise<PushResponse>;
  changes(plan: PlanKey, since: number): Promise<ChangesResponse>;
  createSnapshot(plan: PlanKey, label: string, who: Who): Promise<Snapshot>;
  getSnapshot(plan: PlanKey, snapshotId: string): Promise<(Snapshot & { rows: PlanResponse['rows'] }) | null>;
  diff(plan: PlanKey, snapshotId: string): Promise<DiffResponse | null>;
  listSummaries(standard: Standard, period: string): Promise<PlanSummary[]>;
  getTrust(code: string): Promise<Trust | null>;
  listTrusts(): Promise<Trust[]>;
  putTrust(trust: Trust): Promise<void>;
}
