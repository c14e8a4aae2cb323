import { createHash, randomUUID } from 'node:crypto';
import { canonicalPush, toPlanRow, type Author, type PlanSummary } from '../../shared/sync-engine';
import type { Standard } from '../../shared/types';
import type { ChangesResponse, DiffResponse, PlanResponse, PushRequest, PushResponse, Snapshot, Trust } from '../../shared/sync';
import type { PlanKey, PlanStorage } from '../storage';
import { createPusher } from './push-plan';
import { readChanges } from './read-changes';
import { readState } from './read-state';
import { createSnapshot, diffSince, readSnapshot } from './snapshots';

/** What the routes ask of the service: each operation over the storage port, merging through the engine. */
export interface PlanStore {
  /** Answers once storage does. */
  ping(): Promise<void>;
  readPlan(plan: PlanKey): Promise<PlanResponse>;
  push(plan: PlanKey, request: PushRequest, who: Author): Promise<PushResponse>;
  /** `since`: '0' or the cursor of the previous answer. */
  changes(plan: PlanKey, since: string): Promise<ChangesResponse>;
  createSnapshot(plan: PlanKey, label: string, who: Author): Promise<Snapshot>;
  getSnapshot(plan: PlanKey, snapshotId: string): Promise<(Snapshot & { rows: PlanResponse['rows'] }) | null>;
  diff(plan: PlanKey, snapshotId: string): Promise<DiffResponse | null>;
  listSummaries(standard: Standard, period: string): Promise<PlanSummary[]>;
  getTrust(code: string): Promise<Trust | null>;
  listTrusts(): Promise<Trust[]>;
  putTrust(trust: Trust): Promise<void>;
}

export interface PlanStoreOptions {
  newId?: () => string;
  log?: (message: string, error: unknown) => void;
}

/**
 * The sync service's operations over any storage backend (see storage/port.ts).
 *
 * @example
 * const store = createPlanStore(createMemoryStorage({ seedTrusts: SEED_TRUSTS }));
 * await store.push({ trust: 'RXT', standard: 'WRES', period: '2023-24' }, request, { by: 'Ann', sub: 'u1', at });
 */
export function createPlanStore(storage: PlanStorage, options: PlanStoreOptions = {}): PlanStore {
  const newId = options.newId ?? randomUUID;
  const push = createPusher({ storage, newId, log: options.log });
  return {
    ping: () => storage.ping(),
    async readPlan(plan) {
      const { head, rows } = await readState(storage, plan);
      return {
        revision: head?.revision ?? 0,
        latestSnapshot: head?.latestSnapshot ?? null,
        rows: [...rows.values()].map(toPlanRow).sort((a, b) => (a.id < b.id ? -1 : 1)),
      };
    },
    push: (plan, request, author) => push(plan, { request, author, fingerprint: createHash('sha256').update(canonicalPush(request)).digest('base64url') }),
    changes: (plan, since) => readChanges(storage, plan, since),
    createSnapshot: (plan, label, who) => createSnapshot(storage, plan, label, who, newId),
    getSnapshot: (plan, id) => readSnapshot(storage, plan, id),
    diff: (plan, id) => diffSince(storage, plan, id),
    listSummaries: (standard, period) => storage.listSummaries(standard, period),
    getTrust: (code) => storage.getTrust(code),
    listTrusts: () => storage.listTrusts(),
    putTrust: (trust) => storage.putTrust(trust),
  };
}
