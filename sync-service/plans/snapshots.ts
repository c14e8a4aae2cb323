import { changesOf, diffChanges, replay, toPlanRow } from '../../shared/sync-engine';
import type { DiffResponse, PlanResponse, Snapshot } from '../../shared/sync';
import { StorageConflict, StorageUnavailable, type PlanKey, type PlanStorage } from '../storage';
import { withRetry } from '../storage/retry';
import { readWholeLog } from './read-state';
import { settle } from './settle';

/**
 * Freezes the plan as it is now (e.g. board approval): a snapshot entity and the head's latest snapshot, in one
 * commit guarded by the head's ETag. The rows are not copied: they are the log replayed up to its revision.
 *
 * @example
 * await createSnapshot(storage, plan, 'Board approved 31 Oct 2023', { by: 'Ann', at }, randomUUID);
 */
export async function createSnapshot(storage: PlanStorage, plan: PlanKey, label: string, who: { by: string; at: string }, newId: () => string): Promise<Snapshot> {
  return withRetry(async () => {
    const head = await storage.readHead(plan);
    if (head && head.applied < head.revision) {
      await settle(storage, plan, head);
      throw new StorageConflict('settled');
    }
    const revision = head?.revision ?? 0;
    const snapshot: Snapshot = { snapshotId: newId(), label, revision, createdBy: who.by, createdAt: who.at };
    const summary = { ...(head?.summary ?? { trust: plan.trust, revision, lastUpdate: null, actions: {} }), latestSnapshot: snapshot };
    await storage.commit(plan, {
      expected: head,
      head: { revision, applied: revision, epoch: head?.epoch || newId(), updatedAt: head?.updatedAt ?? null, updatedBy: head?.updatedBy ?? null, latestSnapshot: snapshot, summary },
      records: [], receipts: [], rows: [], snapshot,
    });
    return snapshot;
  }, { attempts: 50, deadline: Date.now() + 9_000, baseMs: 5, maxMs: 250, retryable: (e) => e instanceof StorageConflict || e instanceof StorageUnavailable });
}

/**
 * A snapshot with its frozen rows: the change log replayed from the start up to the snapshot's revision.
 *
 * @example
 * await readSnapshot(storage, plan, id); // { snapshotId, label, revision, …, rows }
 */
export async function readSnapshot(storage: PlanStorage, plan: PlanKey, snapshotId: string): Promise<(Snapshot & { rows: PlanResponse['rows'] }) | null> {
  const snapshot = await storage.readSnapshot(plan, snapshotId);
  if (!snapshot) return null;
  const rows = replay(new Map(), changesOf(await readWholeLog(storage, plan, 0, snapshot.revision)));
  return { ...snapshot, rows: [...rows.values()].map(toPlanRow).sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

/**
 * What changed since a snapshot, each change with the value it replaced.
 *
 * @example
 * await diffSince(storage, plan, id); // { from, revision, changes: [{ id, field, before, after, by, at }] }
 */
export async function diffSince(storage: PlanStorage, plan: PlanKey, snapshotId: string): Promise<DiffResponse | null> {
  const [snapshot, head] = await Promise.all([storage.readSnapshot(plan, snapshotId), storage.readHead(plan)]);
  if (!snapshot || !head) return null;
  const log = changesOf(await readWholeLog(storage, plan, 0, head.revision));
  const before = log.filter((c) => c.revision <= snapshot.revision);
  const after = log.filter((c) => c.revision > snapshot.revision);
  return { from: snapshot, revision: head.revision, changes: diffChanges(replay(new Map(), before), after) };
}
