import { changesOf, replay, type LogRecord } from '../../shared/sync-engine';
import type { Head, PlanKey, PlanStorage, StoredRow } from '../storage';

/** How much of the log one read takes at a time (characters of values, about). */
export const LOG_PAGE_CHARS = 1_000_000;

/**
 * The committed log from `after` up to `through`, every page of it.
 *
 * @example
 * const records = await readWholeLog(storage, plan, 0, head.revision);
 */
export async function readWholeLog(storage: PlanStorage, plan: PlanKey, after: number, through: number): Promise<LogRecord[]> {
  const out: LogRecord[] = [];
  let from = after;
  while (from < through) {
    const page = await storage.readLog(plan, from, through, LOG_PAGE_CHARS);
    if (!page.records.length) break;
    out.push(...page.records);
    from = page.records.at(-1)!.revision;
    if (!page.more) break;
  }
  return out;
}

/**
 * The plan's rows as of its head, without writing anything: stored rows, with any committed revision not yet
 * applied to them (a large push still being written, or one interrupted) replayed from the log in memory.
 *
 * @example
 * const { head, rows } = await readState(storage, plan); // rows: Map id → row, every revision in
 */
export async function readState(storage: PlanStorage, plan: PlanKey, ids?: readonly string[]): Promise<{ head: Head | null; rows: Map<string, StoredRow> }> {
  const [head, rows] = await Promise.all([storage.readHead(plan), storage.readRows(plan, ids)]);
  if (!head || head.applied >= head.revision) return { head, rows };
  const records = await readWholeLog(storage, plan, head.applied, head.revision);
  const wanted = ids ? new Set(ids) : null;
  for (const row of replay(rows, changesOf(records)).values()) {
    if (!wanted || wanted.has(row.id)) rows.set(row.id, { ...row, etag: rows.get(row.id)?.etag ?? '' });
  }
  return { head, rows };
}
