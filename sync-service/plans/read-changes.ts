import { changesOf, decodeCursor, encodeCursor, type LogRecord } from '../../shared/sync-engine';
import type { ChangesResponse } from '../../shared/sync';
import type { PlanKey, PlanStorage } from '../storage';
import { LOG_PAGE_CHARS } from './read-state';

/** `since` was neither 0 nor a cursor from this service: a 400 naming the parameter. */
export class BadCursor extends Error {}

/**
 * One page of the changes feed after a cursor. A cursor this store does not recognise — another epoch, a
 * revision beyond the head, or a revision whose commit id differs (storage rolled back, then the number
 * reused) — answers `reset: true` and starts again from the beginning, so the reader re-syncs instead of
 * silently missing changes.
 *
 * @example
 * await readChanges(storage, plan, '0'); // { revision, cursor, more, changes }
 */
export async function readChanges(storage: PlanStorage, plan: PlanKey, since: string, pageChars = LOG_PAGE_CHARS): Promise<ChangesResponse> {
  const cursor = decodeCursor(since);
  if (!cursor) throw new BadCursor(since);
  const head = await storage.readHead(plan);
  if (!head) {
    const known = cursor.revision === 0 && cursor.epoch === '';
    return { revision: 0, cursor: '0', more: false, ...(known ? {} : { reset: true }), changes: [] };
  }
  let reset = (cursor.epoch !== '' || cursor.revision > 0) && (cursor.epoch !== head.epoch || cursor.revision > head.revision);
  let page = { records: [] as LogRecord[], more: false };
  if (!reset) {
    // Read from the cursor's own revision: its commit id proves the store still holds the history it names.
    const from = Math.max(0, cursor.revision - 1);
    page = await storage.readLog(plan, from, head.revision, pageChars);
    if (cursor.revision > 0) {
      const [own, ...rest] = page.records;
      reset = own?.revision !== cursor.revision || own.commit !== cursor.commit;
      page = { records: rest, more: page.more };
      // The cursor's own revision filled the page alone: read on from after it, so a page is never empty but "more".
      if (!reset && !rest.length && page.more) page = await storage.readLog(plan, cursor.revision, head.revision, pageChars);
    }
  }
  const after = reset ? 0 : cursor.revision;
  if (reset) page = await storage.readLog(plan, 0, head.revision, pageChars);
  const last = page.records.at(-1);
  const next = last ? encodeCursor({ epoch: head.epoch, revision: last.revision, commit: last.commit }) : reset || after === 0 ? encodeCursor({ epoch: head.epoch, revision: 0, commit: '' }) : since;
  return { revision: head.revision, cursor: next, more: page.more, ...(reset ? { reset: true } : {}), changes: changesOf(page.records) };
}
