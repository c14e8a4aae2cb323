import { changesOf, replay } from '../../shared/sync-engine';
import { StorageConflict, type Head, type PlanKey, type PlanStorage } from '../storage';
import { readWholeLog } from './read-state';

/**
 * Writes the rows of committed revisions that are only in the log (a large push whose rows were still being
 * written when it stopped), then moves `applied` up to the revision. Pushes call it before merging; reads
 * never do (they replay in memory instead, and write nothing).
 *
 * @example
 * if (head.applied < head.revision) await settle(storage, plan, head);
 */
export async function settle(storage: PlanStorage, plan: PlanKey, head: Head): Promise<void> {
  const records = await readWholeLog(storage, plan, head.applied, head.revision);
  const ids = [...new Set(records.flatMap((r) => r.entries.map(([id]) => id)))];
  for (let round = 0, pending = ids; pending.length && round < 5; round++) {
    const rows = await storage.readRows(plan, pending);
    // A row already at or past a step skips it (replay's rule), so a late or doubled writer never goes backwards.
    const replayed = [...replay(rows, changesOf(records)).values()].filter((r) => r.rev > (rows.get(r.id)?.rev ?? 0));
    pending = await storage.writeRows(plan, replayed.map((row) => ({ row, etag: rows.get(row.id)?.etag ?? null })));
  }
  try {
    await storage.setApplied(plan, head.revision, head.etag);
  } catch (error) {
    // Someone moved the head meanwhile: they settle too before merging, so nothing is lost.
    if (!(error instanceof StorageConflict)) throw error;
  }
}
